// The console page's two rows of controls: where to connect, and the command buttons.
#include "consolepage.h"

#include "client/consoleconnection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

namespace Mailscope {

QWidget* ConsolePage::createConnectionBar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_host->setObjectName(QStringLiteral("consoleHost"));
    m_host->setMinimumWidth(160);
    m_host->setMaximumWidth(320);
    m_port->setObjectName(QStringLiteral("consolePort"));
    m_port->setRange(1, 65535);
    m_port->setValue(1025);
    m_listeners->setText(tr("Mailscope"));
    m_listeners->setToolTip(tr("Connect to one of Mailscope's own listeners"));
    m_listeners->setPopupMode(QToolButton::InstantPopup);
    m_listeners->setMenu(m_listenerMenu);
    connect(m_listenerMenu, &QMenu::aboutToShow, this, &ConsolePage::fillListenerMenu);
    m_security->addItem(tr("Plain (STARTTLS on request)"), int(ConsoleOptions::Security::None));
    m_security->addItem(tr("TLS from the first byte"), int(ConsoleOptions::Security::ImplicitTls));
    m_security->setObjectName(QStringLiteral("consoleSecurity"));
    m_acceptAny->setObjectName(QStringLiteral("consoleAcceptAny"));
    m_acceptAny->setToolTip(tr("Go on with a certificate that does not verify (self-signed, expired, another "
                               "name); the transcript still names what is wrong with it. Mailscope's own "
                               "certificate is self-signed unless you gave it one."));
    m_connect->setObjectName(QStringLiteral("consoleConnect"));
    m_connect->setDefault(false);
    connect(m_connect, &QPushButton::clicked, this, &ConsolePage::toggleConnection);
    auto* hostLabel = new QLabel(tr("&Host:"), bar);
    hostLabel->setBuddy(m_host);
    auto* portLabel = new QLabel(tr("&Port:"), bar);
    portLabel->setBuddy(m_port);
    row->addWidget(hostLabel);
    row->addWidget(m_host, 2);
    row->addWidget(portLabel);
    row->addWidget(m_port);
    row->addWidget(m_listeners);
    row->addSpacing(8);
    row->addWidget(m_security);
    row->addWidget(m_acceptAny);
    row->addStretch(1);
    row->addWidget(m_connect);
    return bar;
}

QPushButton* ConsolePage::commandButton(
    const QString& text, const QString& toolTip, const std::function<void()>& action)
{
    auto* button = new QPushButton(text, this);
    button->setToolTip(toolTip);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, action);
    m_commandButtons << button;
    return button;
}

QWidget* ConsolePage::createCommandBar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(commandButton(tr("EHLO"), tr("Send EHLO localhost"), [this] { sendCommand(QStringLiteral("EHLO localhost")); }));
    row->addWidget(commandButton(tr("MAIL FROM…"), tr("Put MAIL FROM into the input line, the address selected"),
        [this] { insertCommand(QStringLiteral("MAIL FROM:"), m_sender.isEmpty() ? QStringLiteral("sender@example.com") : m_sender); }));
    row->addWidget(commandButton(tr("RCPT TO…"), tr("Put RCPT TO into the input line, the address selected"),
        [this] { insertCommand(QStringLiteral("RCPT TO:"), m_recipient.isEmpty() ? QStringLiteral("recipient@example.com") : m_recipient); }));
    row->addWidget(commandButton(tr("DATA"), tr("Send DATA"), [this] { sendCommand(QStringLiteral("DATA")); }));
    auto* message = commandButton(tr("Message…"), tr("Type a message and send it with dot-stuffing and the final “.” (after DATA)"),
        [this] { openMessageHelper(); });
    message->setObjectName(QStringLiteral("consoleMessage"));
    row->addWidget(message);
    row->addWidget(commandButton(tr("RSET"), tr("Send RSET"), [this] { sendCommand(QStringLiteral("RSET")); }));
    row->addWidget(commandButton(tr("QUIT"), tr("Send QUIT"), [this] { sendCommand(QStringLiteral("QUIT")); }));
    row->addSpacing(16);
    m_startTls = commandButton(tr("STARTTLS"), tr("Send STARTTLS and start the TLS handshake when the server answers 220"),
        [this] { m_connection->requestStartTls(); });
    m_startTls->setObjectName(QStringLiteral("consoleStartTls"));
    row->addWidget(m_startTls);
    auto* auth = commandButton(tr("AUTH…"), tr("Authenticate: the helper encodes user and password and answers the challenges"),
        [this] { openAuthHelper(); });
    auth->setObjectName(QStringLiteral("consoleAuth"));
    row->addWidget(auth);
    row->addStretch(1);
    return bar;
}

} // namespace Mailscope
