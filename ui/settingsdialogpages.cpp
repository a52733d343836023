// The pages of SettingsDialog: one group of switches each.
#include "settingsdialog.h"

#include "snicertificateseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Mailscope {

namespace {

QComboBox* modeBox(QWidget* parent, const QList<std::pair<QString, int>>& items)
{
    auto* box = new QComboBox(parent);
    for (const auto& [text, value] : items)
        box->addItem(text, value);
    box->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return box;
}

QWidget* fileRow(QLineEdit* edit, const QString& title, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* browse = new QPushButton(QObject::tr("Browse…"), row);
    QObject::connect(browse, &QPushButton::clicked, row, [edit, title, row] {
        const QString file = QFileDialog::getOpenFileName(
            row, title, edit->text(), QObject::tr("PEM files (*.pem *.crt *.key);;All files (*)"));
        if (!file.isEmpty())
            edit->setText(file);
    });
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

} // namespace

QSpinBox* SettingsDialog::spinBox(int maximum, const QString& suffix, const QString& specialZero)
{
    auto* box = new QSpinBox(this);
    box->setRange(0, maximum);
    box->setSuffix(suffix);
    box->setSpecialValueText(specialZero);
    box->setAccelerated(true);
    box->setMinimumWidth(140);
    box->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return box;
}

QWidget* SettingsDialog::createListenersPage()
{
    auto* page = new QWidget(this);
    m_listeners = new QListWidget(page);
    m_listeners->setObjectName(QStringLiteral("listeners"));
    m_listeners->setToolTip(
        tr("smtp://HOST:PORT, lmtp://HOST:PORT, smtps:// or lmtps:// for TLS from the first byte; "
           "add ?proxy when a PROXY header comes first. Port 0 picks a free one."));
    auto* add = new QPushButton(tr("&Add"), page);
    auto* remove = new QPushButton(tr("&Remove"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        auto* item = new QListWidgetItem(QStringLiteral("smtp://127.0.0.1:0"), m_listeners);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_listeners->setCurrentItem(item);
        m_listeners->editItem(item);
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_listeners->currentItem(); });
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_listeners, 1);
    listRow->addLayout(buttons);

    m_hostName = new QLineEdit(page);
    m_hostName->setPlaceholderText(tr("this machine's host name"));
    m_banner = new QLineEdit(page);
    m_reverseDns = new QCheckBox(tr("Look up client host names (reverse DNS)"), page);
    m_xclient = new QCheckBox(tr("Accept XCLIENT (a proxy in front names the real client)"), page);
    m_xforward = new QCheckBox(tr("Accept XFORWARD (a content filter names the real client)"), page);

    auto* form = new QFormLayout(page);
    form->addRow(new QLabel(tr("Listeners (double-click to edit):"), page));
    form->addRow(listRow);
    form->addRow(tr("&Host name:"), m_hostName);
    form->addRow(tr("&Greeting text:"), m_banner);
    form->addRow(m_reverseDns);
    form->addRow(m_xclient);
    form->addRow(m_xforward);
    return page;
}

QWidget* SettingsDialog::createExtensionsPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->addRow(new QLabel(tr("<i>Hidden</i>: the extension works but is left out of the EHLO reply, "
                               "to see how a client copes."),
        page));
    for (int i = 0; i < ExtensionCount; ++i) {
        const auto extension = static_cast<Extension>(i);
        QComboBox* box = modeBox(page,
            { { tr("On"), int(ExtensionMode::On) }, { tr("Hidden"), int(ExtensionMode::Hidden) },
                { tr("Off"), int(ExtensionMode::Off) } });
        box->setObjectName(QStringLiteral("extension_") + extensionKey(extension));
        m_extensions.insert(extension, box);
        form->addRow(extensionKey(extension).toUpper() + QLatin1Char(':'), box);
    }
    m_disabledCommands = new QLineEdit(page);
    m_disabledCommands->setPlaceholderText(tr("e.g. EXPN, VRFY"));
    m_disabledCommands->setToolTip(tr("Commands answered with 502, separated by commas"));
    form->addRow(tr("&Disabled commands:"), m_disabledCommands);
    return page;
}

QWidget* SettingsDialog::createTlsPage()
{
    auto* page = new QWidget(this);
    m_startTls = modeBox(page,
        { { tr("Off"), int(StartTlsMode::Off) }, { tr("Offered"), int(StartTlsMode::Offer) },
            { tr("Hidden (works, not advertised)"), int(StartTlsMode::Hidden) },
            { tr("Required before MAIL and AUTH"), int(StartTlsMode::Require) } });
    m_startTls->setObjectName(QStringLiteral("startTls"));
    m_certificate = new QLineEdit(page);
    m_certificate->setPlaceholderText(tr("none: a self-signed certificate is made and kept"));
    m_key = new QLineEdit(page);
    m_key->setPlaceholderText(tr("none: the key is in the certificate file"));
    m_tlsMinimum = new QComboBox(page);
    m_tlsMinimum->addItems(
        { QStringLiteral("1.0"), QStringLiteral("1.1"), QStringLiteral("1.2"), QStringLiteral("1.3") });
    m_tlsMinimum->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_requestClientCertificate
        = new QCheckBox(tr("Ask clients for a certificate (recorded, not judged)"), page);
    m_handshakeTimeout = spinBox(3600, tr(" s"));
    m_handshakeTimeout->setMinimum(1);
    m_sniCertificates = new SniCertificatesEditor(page);

    auto* form = new QFormLayout(page);
    form->addRow(tr("&STARTTLS:"), m_startTls);
    form->addRow(tr("&Certificate (PEM):"), fileRow(m_certificate, tr("Certificate"), page));
    form->addRow(tr("&Key (PEM):"), fileRow(m_key, tr("Key"), page));
    form->addRow(tr("&Minimum TLS version:"), m_tlsMinimum);
    form->addRow(tr("&Handshake timeout:"), m_handshakeTimeout);
    form->addRow(m_requestClientCertificate);
    form->addRow(new QLabel(tr("Certificates by the name the client asks for (SNI):"), page));
    form->addRow(m_sniCertificates);
    form->addRow(new QLabel(tr("Listeners named smtps:// or lmtps:// speak TLS from the first byte."), page));
    return page;
}

QWidget* SettingsDialog::createAuthPage()
{
    auto* page = new QWidget(this);
    m_authMode = modeBox(page,
        { { tr("Off"), int(AuthMode::Off) }, { tr("Optional"), int(AuthMode::Optional) },
            { tr("Required before MAIL"), int(AuthMode::Required) } });
    m_authMode->setObjectName(QStringLiteral("authMode"));
    auto* mechanisms = new QHBoxLayout;
    for (SaslMechanism mechanism : AllSaslMechanisms) {
        const QString name = QString::fromLatin1(saslMechanismName(mechanism));
        auto* box = new QCheckBox(name, page);
        box->setObjectName(QStringLiteral("mechanism_") + name);
        m_mechanisms.insert(mechanism, box);
        mechanisms->addWidget(box);
    }
    mechanisms->addStretch();
    m_users = new QPlainTextEdit(page);
    m_users->setPlaceholderText(
        tr("One user a line as name:password.\nNone: every name and password is accepted."));
    m_users->setTabChangesFocus(true);
    m_allowInsecure = new QCheckBox(tr("Allow AUTH without TLS (RFC 4954 would refuse it with 538)"), page);
    m_revealPasswords = new QCheckBox(tr("Show passwords and tokens in transcripts"), page);
    m_maxAuthFailures = spinBox(1000, QString());
    m_maxAuthFailures->setMinimum(1);

    auto* form = new QFormLayout(page);
    form->addRow(tr("&AUTH:"), m_authMode);
    form->addRow(tr("Mechanisms:"), mechanisms);
    form->addRow(tr("&Users:"), m_users);
    form->addRow(m_allowInsecure);
    form->addRow(m_revealPasswords);
    form->addRow(tr("&Failures before 421:"), m_maxAuthFailures);
    return page;
}

QWidget* SettingsDialog::createLimitsPage()
{
    auto* page = new QWidget(this);
    m_maxMessageSize = spinBox(4 * 1024 * 1024, tr(" KiB"), tr("no limit"));
    m_maxMessageSize->setToolTip(tr("Advertised with SIZE (RFC 1870); larger messages get 552"));
    m_maxRecipients = spinBox(1000000, QString());
    m_maxRecipients->setMinimum(1);
    m_maxClients = spinBox(100000, QString(), tr("unlimited"));
    m_maxBadCommands = spinBox(1000, QString());
    m_maxBadCommands->setMinimum(1);
    m_idleTimeout = spinBox(86400, tr(" s"));
    m_idleTimeout->setMinimum(1);
    m_stopGrace = spinBox(3600, tr(" s"));
    m_strictLineEndings = new QCheckBox(tr("Reject bodies with bare CR or LF (554 5.6.0)"), page);

    auto* form = new QFormLayout(page);
    form->addRow(tr("Largest &message:"), m_maxMessageSize);
    form->addRow(tr("Most &recipients per message:"), m_maxRecipients);
    form->addRow(tr("Most &clients at once:"), m_maxClients);
    form->addRow(tr("&Bad commands before 421:"), m_maxBadCommands);
    form->addRow(tr("&Idle timeout:"), m_idleTimeout);
    form->addRow(tr("&Grace when stopping:"), m_stopGrace);
    form->addRow(m_strictLineEndings);
    return page;
}

} // namespace Mailscope
