#include "destinationwidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>

namespace Mailscope {

namespace {

constexpr int OtherServer = -1;

using Security = ClientOptions::Security;

// A listener on every address is reached through the loopback address of its family.
QString reachableHost(const QString& host)
{
    const QHostAddress address(host);
    if (address == QHostAddress::AnyIPv6)
        return QStringLiteral("::1");
    if (host.isEmpty() || address == QHostAddress::AnyIPv4 || address == QHostAddress::Any)
        return QStringLiteral("127.0.0.1");
    return host;
}

} // namespace

DestinationWidget::DestinationWidget(QWidget* parent)
    : QWidget(parent)
    , m_target(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_acceptBadCertificate(new QCheckBox(tr("Accept a certificate that does not verify"), this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
{
    m_target->setObjectName(QStringLiteral("destinationTarget"));
    m_host->setObjectName(QStringLiteral("destinationHost"));
    m_host->setPlaceholderText(tr("mail.example.com"));
    m_port->setObjectName(QStringLiteral("destinationPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(25);
    m_security->setObjectName(QStringLiteral("destinationSecurity"));
    m_security->addItem(tr("None"), int(Security::None));
    m_security->addItem(tr("STARTTLS when offered"), int(Security::StartTlsIfOffered));
    m_security->addItem(tr("STARTTLS required"), int(Security::StartTls));
    m_security->addItem(tr("TLS from the start (SMTPS)"), int(Security::ImplicitTls));
    m_security->setCurrentIndex(1);
    m_user->setObjectName(QStringLiteral("destinationUser"));
    m_user->setPlaceholderText(tr("no authentication"));
    m_password->setObjectName(QStringLiteral("destinationPassword"));
    m_password->setEchoMode(QLineEdit::Password);

    // The usual port follows the TLS choice while the port is still another usual one.
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_host->isEnabled())
            return;
        const bool implicit = m_security->currentData().toInt() == int(Security::ImplicitTls);
        if (implicit && (m_port->value() == 25 || m_port->value() == 587))
            m_port->setValue(465);
        else if (!implicit && m_port->value() == 465)
            m_port->setValue(587);
    });
    connect(m_target, &QComboBox::currentIndexChanged, this, &DestinationWidget::updateFields);

    auto* address = new QHBoxLayout;
    address->setContentsMargins(0, 0, 0, 0);
    address->addWidget(m_host, 1);
    address->addWidget(m_port);
    auto* addressLabel = new QLabel(tr("&Host and port:"), this);
    addressLabel->setBuddy(m_host);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Send &to:"), m_target);
    form->addRow(addressLabel, address);
    form->addRow(tr("&Security:"), m_security);
    form->addRow(QString(), m_acceptBadCertificate);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    setListeners({});
}

void DestinationWidget::setListeners(const QList<ListenerConfig>& listeners)
{
    // Another server stays chosen only when it was a choice, not the one item there was.
    const bool wasOther = m_target->count() > 1 && m_target->currentData().toInt() == OtherServer;
    m_listeners.clear();
    m_target->blockSignals(true);
    m_target->clear();
    for (const ListenerConfig& l : listeners) {
        if (l.proxyProtocol)
            continue; // expects a PROXY header first: not for a client talking straight to it
        m_target->addItem(tr("Mailscope — %1").arg(l.url()), int(m_listeners.size()));
        m_listeners << l;
    }
    m_target->addItem(tr("Another server"), OtherServer);
    m_target->setCurrentIndex(wasOther || m_restoredOtherServer ? m_target->count() - 1 : 0);
    m_target->blockSignals(false);
    updateFields();
}

void DestinationWidget::updateFields()
{
    const int listener = m_target->currentData().toInt();
    const bool other = listener == OtherServer;
    if (m_showingOther && !other)
        m_other = { m_host->text(), m_port->value(), Security(m_security->currentData().toInt()),
            m_acceptBadCertificate->isChecked() };
    m_host->setEnabled(other);
    m_port->setEnabled(other);
    m_security->setEnabled(other);
    m_acceptBadCertificate->setEnabled(other);
    if (other) {
        // Never Mailscope's own address left in the fields by mistake.
        if (!m_showingOther)
            showOtherServer(m_other);
        m_showingOther = true;
        return;
    }
    m_showingOther = false;
    // Mailscope's own listener: its address, and its self-signed certificate accepted.
    const ListenerConfig& l = m_listeners.at(listener);
    m_host->setText(reachableHost(l.host));
    m_port->setValue(l.port);
    m_security->setCurrentIndex(
        m_security->findData(int(l.implicitTls ? Security::ImplicitTls : Security::StartTlsIfOffered)));
    m_acceptBadCertificate->setChecked(true);
}

void DestinationWidget::showOtherServer(const ServerFields& server)
{
    // The security first: its change would move a usual port along.
    m_security->setCurrentIndex(qMax(0, m_security->findData(int(server.security))));
    m_host->setText(server.host);
    m_port->setValue(server.port);
    m_acceptBadCertificate->setChecked(server.acceptBadCertificate);
}

bool DestinationWidget::isMailscope() const
{
    return m_target->currentData().toInt() != OtherServer;
}

QString DestinationWidget::describe() const
{
    if (isMailscope())
        return m_target->currentText();
    const QString host = m_host->text().trimmed();
    return QStringLiteral("%1:%2").arg(host.contains(u':') ? u'[' + host + u']' : host).arg(m_port->value());
}

bool DestinationWidget::readOptions(ClientOptions* options, QString* error) const
{
    const QString host = m_host->text().trimmed();
    if (host.isEmpty() || host.contains(u' ')) {
        *error = tr("Enter the server's host name or address.");
        return false;
    }
    options->host = host;
    options->port = quint16(m_port->value());
    options->security = Security(m_security->currentData().toInt());
    options->acceptBadCertificates = m_acceptBadCertificate->isChecked();
    const int listener = m_target->currentData().toInt();
    options->lmtp = listener != OtherServer && m_listeners.at(listener).protocol == Protocol::Lmtp;
    options->user = m_user->text().trimmed();
    options->password = m_password->text();
    if (!options->user.isEmpty() && options->password.isEmpty()) {
        *error = tr("Enter the password for %1, or clear the user to send without authentication.")
                     .arg(options->user);
        return false;
    }
    return true;
}

void DestinationWidget::chooseServer(const QString& host, quint16 port)
{
    m_target->setCurrentIndex(m_target->count() - 1);
    m_host->setText(host);
    m_port->setValue(port);
}

void DestinationWidget::restore(const QString& group)
{
    QSettings settings;
    settings.beginGroup(group);
    m_other.host = settings.value(QStringLiteral("host")).toString();
    m_other.port = settings.value(QStringLiteral("port"), 25).toInt();
    m_other.security = Security(
        settings.value(QStringLiteral("security"), int(Security::StartTlsIfOffered)).toInt());
    m_other.acceptBadCertificate = settings.value(QStringLiteral("acceptBadCertificate")).toBool();
    m_restoredOtherServer = settings.value(QStringLiteral("target")).toString() == QLatin1String("server");
    if (m_restoredOtherServer)
        m_target->setCurrentIndex(m_target->count() - 1);
    if (m_showingOther)
        showOtherServer(m_other);
    m_user->setText(settings.value(QStringLiteral("user")).toString());
}

void DestinationWidget::save(const QString& group) const
{
    QSettings settings;
    settings.beginGroup(group);
    const bool other = !isMailscope();
    settings.setValue(QStringLiteral("target"), other ? QStringLiteral("server") : QStringLiteral("mailscope"));
    const ServerFields server = other ? ServerFields { m_host->text().trimmed(), m_port->value(),
                                           Security(m_security->currentData().toInt()),
                                           m_acceptBadCertificate->isChecked() }
                                     : m_other;
    settings.setValue(QStringLiteral("host"), server.host);
    settings.setValue(QStringLiteral("port"), server.port);
    settings.setValue(QStringLiteral("security"), int(server.security));
    settings.setValue(QStringLiteral("acceptBadCertificate"), server.acceptBadCertificate);
    settings.setValue(QStringLiteral("user"), m_user->text().trimmed());
}

} // namespace Mailscope
