#include "settingsdialog.h"

#include "relaypage.h"
#include "rulespage.h"
#include "snicertificateseditor.h"
#include "themecolours.h"
#include "windowsettingspage.h"

#include "smtp/smtpserver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Mailscope {

namespace {

void selectData(QComboBox* box, int value)
{
    box->setCurrentIndex(qMax(0, box->findData(value)));
}

} // namespace

SettingsDialog::SettingsDialog(SmtpServer* server, const QString& settingsPath,
    const QList<ListenerConfig>& configuredListeners, QWidget* parent)
    : QDialog(parent)
    , m_server(server)
    , m_settingsPath(settingsPath)
    , m_configuredListeners(configuredListeners)
    , m_tabs(new QTabWidget(this))
    , m_error(new QLabel(this))
    , m_windowPage(new WindowSettingsPage(this))
{
    setWindowTitle(tr("Settings"));
    m_tabs->addTab(createListenersPage(), tr("&Listeners"));
    m_tabs->addTab(createExtensionsPage(), tr("&Extensions"));
    m_tabs->addTab(createTlsPage(), tr("&TLS"));
    m_tabs->addTab(createAuthPage(), tr("&Authentication"));
    m_tabs->addTab(createLimitsPage(), tr("Li&mits"));
    m_rules = new RulesPage(this);
    m_tabs->addTab(m_rules, tr("&Rules"));
    m_relay = new RelayPage(this);
    m_tabs->addTab(m_relay, tr("Rela&y"));
    m_tabs->addTab(m_windowPage, tr("&Window"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1").arg(ThemeColours::error(palette()).name()));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    auto* saved = new QLabel(tr("Changes apply to running sessions at their next command; saved to %1")
                                 .arg(QDir::toNativeSeparators(settingsPath)),
        this);
    saved->setWordWrap(true);
    saved->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(saved);
    layout->addWidget(buttons);
    load(server->settings());
    resize(760, 560);
}

void SettingsDialog::load(const ServerSettings& s)
{
    m_listeners->clear();
    for (const ListenerConfig& l : s.listeners) {
        auto* item = new QListWidgetItem(l.url(), m_listeners);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_hostName->setText(s.hostName);
    m_banner->setText(s.banner);
    m_reverseDns->setChecked(s.reverseDns);
    m_xclient->setChecked(s.xclient);
    m_xforward->setChecked(s.xforward);
    for (auto it = m_extensions.cbegin(); it != m_extensions.cend(); ++it)
        selectData(it.value(), int(s.mode(it.key())));
    m_disabledCommands->setText(s.disabledCommands.join(QStringLiteral(", ")));
    selectData(m_startTls, int(s.tls.startTls));
    m_certificate->setText(s.tls.certificateFile);
    m_key->setText(s.tls.keyFile);
    m_tlsMinimum->setCurrentText(s.tls.minimumVersion);
    m_requestClientCertificate->setChecked(s.tls.requestClientCertificate);
    m_handshakeTimeout->setValue(s.tls.handshakeTimeoutSeconds);
    m_sniCertificates->setCertificates(s.tls.sniCertificates);
    selectData(m_authMode, int(s.auth.mode));
    for (auto it = m_mechanisms.cbegin(); it != m_mechanisms.cend(); ++it)
        it.value()->setChecked(s.auth.mechanisms.contains(it.key()));
    QStringList users;
    for (const AuthUser& u : s.auth.users)
        users << u.name + QLatin1Char(':') + u.password;
    m_users->setPlainText(users.join(QLatin1Char('\n')));
    m_allowInsecure->setChecked(s.auth.allowInsecure);
    m_revealPasswords->setChecked(s.auth.revealPasswords);
    m_maxAuthFailures->setValue(s.auth.maxFailures);
    m_maxMessageSize->setValue(int(qMin<qint64>(s.maxMessageSize / 1024, m_maxMessageSize->maximum())));
    m_maxRecipients->setValue(s.maxRecipients);
    m_maxClients->setValue(s.maxClients);
    m_maxBadCommands->setValue(s.maxBadCommands);
    m_idleTimeout->setValue(s.idleTimeoutSeconds);
    m_stopGrace->setValue(s.stopGraceSeconds);
    m_strictLineEndings->setChecked(s.strictLineEndings);
    m_rules->setRules(s.rules);
    m_relay->setRelay(s.relay);
}

bool SettingsDialog::readSettings(ServerSettings* settings, QString* error) const
{
    // Start from what runs, so what the dialog does not show (the store …) is kept.
    ServerSettings s = m_server->settings();
    s.listeners.clear();
    for (int i = 0; i < m_listeners->count(); ++i) {
        const QString url = m_listeners->item(i)->text().trimmed();
        if (url.isEmpty())
            continue;
        ListenerConfig listener;
        if (!parseListenerUrl(url, &listener, error))
            return false;
        s.listeners << listener;
    }
    if (s.listeners.isEmpty()) {
        *error = tr("At least one listener is needed.");
        return false;
    }
    s.hostName = m_hostName->text().trimmed();
    s.banner = m_banner->text();
    s.reverseDns = m_reverseDns->isChecked();
    s.xclient = m_xclient->isChecked();
    s.xforward = m_xforward->isChecked();
    for (auto it = m_extensions.cbegin(); it != m_extensions.cend(); ++it)
        s.setMode(it.key(), static_cast<ExtensionMode>(it.value()->currentData().toInt()));
    s.disabledCommands.clear();
    for (const QString& verb : m_disabledCommands->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!verb.trimmed().isEmpty())
            s.disabledCommands << verb.trimmed().toUpper();
    s.tls.startTls = static_cast<StartTlsMode>(m_startTls->currentData().toInt());
    s.tls.certificateFile = m_certificate->text().trimmed();
    s.tls.keyFile = m_key->text().trimmed();
    s.tls.minimumVersion = m_tlsMinimum->currentText();
    s.tls.requestClientCertificate = m_requestClientCertificate->isChecked();
    s.tls.handshakeTimeoutSeconds = m_handshakeTimeout->value();
    if (!m_sniCertificates->readCertificates(&s.tls.sniCertificates, error))
        return false;
    s.auth.mode = static_cast<AuthMode>(m_authMode->currentData().toInt());
    s.auth.mechanisms.clear();
    for (SaslMechanism mechanism : AllSaslMechanisms)
        if (m_mechanisms.value(mechanism)->isChecked())
            s.auth.mechanisms << mechanism;
    s.auth.users.clear();
    for (const QString& line : m_users->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            *error = tr("A user is written name:password, not \"%1\".").arg(line);
            return false;
        }
        s.auth.users << AuthUser { line.left(colon).trimmed(), line.mid(colon + 1) };
    }
    s.auth.allowInsecure = m_allowInsecure->isChecked();
    s.auth.revealPasswords = m_revealPasswords->isChecked();
    s.auth.maxFailures = m_maxAuthFailures->value();
    s.maxMessageSize = qint64(m_maxMessageSize->value()) * 1024;
    s.maxRecipients = m_maxRecipients->value();
    s.maxClients = m_maxClients->value();
    s.maxBadCommands = m_maxBadCommands->value();
    s.idleTimeoutSeconds = m_idleTimeout->value();
    s.stopGraceSeconds = m_stopGrace->value();
    s.strictLineEndings = m_strictLineEndings->isChecked();
    s.rules = m_rules->rules();
    if (!m_relay->readRelay(&s.relay, error))
        return false;
    QList<ListenerConfig> ownListeners = s.listeners;
    for (const SmtpServer::ListenerStatus& bound : m_server->listeners())
        ownListeners << bound.config; // the real port of one asked for as 0
    if (relaysToItself(s.relay, ownListeners)) {
        *error = tr("The relay %1 is one of Mailscope's own listeners: relayed messages would be captured "
                    "and relayed again without end.")
                     .arg(s.relay.url());
        return false;
    }
    *settings = s;
    return true;
}

bool SettingsDialog::apply()
{
    m_windowPage->save(); // the window's choices cannot be refused
    ServerSettings settings;
    QString error;
    bool ok = readSettings(&settings, &error);
    const bool listenersChosen = settings.listeners != m_server->settings().listeners;
    ServerSettings saved = settings;
    if (!listenersChosen && !m_configuredListeners.isEmpty())
        saved.listeners = m_configuredListeners;
    if (ok && !m_server->setSettings(settings, &error)) {
        ok = false;
        error = tr("The server refused the settings: %1").arg(error);
    }
    if (ok) {
        if (listenersChosen)
            m_configuredListeners = settings.listeners;
        QDir().mkpath(QFileInfo(m_settingsPath).absolutePath());
        if (!saved.save(m_settingsPath, &error)) {
            ok = false;
            error = tr("Applied, but not saved: %1").arg(error);
        }
    }
    m_error->setText(error);
    m_error->setVisible(!ok);
    Q_EMIT applied();
    return ok;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace Mailscope
