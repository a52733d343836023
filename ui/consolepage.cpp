#include "consolepage.h"

#include "consoledialogs.h"
#include "historylineedit.h"
#include "transcriptview.h"

#include "client/consoleconnection.h"
#include "smtp/smtpserver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace Mailscope {

namespace {

// A listener on every address is reached on the loopback one.
QString reachableHost(const QString& host)
{
    if (host == QLatin1String("0.0.0.0") || host == QLatin1String("*") || host.isEmpty())
        return QStringLiteral("127.0.0.1");
    if (host == QLatin1String("::"))
        return QStringLiteral("::1");
    return host;
}

} // namespace

ConsolePage::ConsolePage(SmtpServer* server, QWidget* parent)
    : QWidget(parent)
    , m_server(server)
    , m_connection(new ConsoleConnection(this))
    , m_host(new QLineEdit(QStringLiteral("127.0.0.1"), this))
    , m_port(new QSpinBox(this))
    , m_listeners(new QToolButton(this))
    , m_listenerMenu(new QMenu(this))
    , m_security(new QComboBox(this))
    , m_acceptAny(new QCheckBox(tr("Accept any certificate"), this))
    , m_connect(new QPushButton(this))
    , m_title(new QLabel(this))
    , m_transcript(new TranscriptView(this))
    , m_input(new HistoryLineEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
{
    m_transcript->setPlaceholderText(
        tr("Connect to a server, then type SMTP commands below: each line you send and each reply "
           "the server gives appears here with its time."));
    m_input->setFont(m_transcript->font());
    m_input->setPlaceholderText(tr("A command, e.g. EHLO localhost — Enter sends it, Up and Down recall earlier ones"));
    m_input->setObjectName(QStringLiteral("consoleInput"));
    connect(m_input, &QLineEdit::returnPressed, this, &ConsolePage::sendInput);
    m_send->setObjectName(QStringLiteral("consoleSend"));
    connect(m_send, &QPushButton::clicked, this, &ConsolePage::sendInput);

    auto* copy = new QPushButton(tr("&Copy"), this);
    copy->setToolTip(tr("Copy the whole transcript"));
    connect(copy, &QPushButton::clicked, this, &ConsolePage::copyTranscript);
    auto* save = new QPushButton(tr("&Save…"), this);
    save->setToolTip(tr("Save the transcript as a text file"));
    connect(save, &QPushButton::clicked, this, &ConsolePage::saveTranscript);
    auto* clear = new QPushButton(tr("C&lear"), this);
    clear->setToolTip(tr("Empty the transcript (the connection stays)"));
    // setLines, not clear(): the view keeps its lines to redraw them, and they must go too.
    connect(clear, &QPushButton::clicked, this, [this] { m_transcript->setLines({}); });
    auto* titleBar = new QHBoxLayout;
    titleBar->addWidget(m_title, 1);
    titleBar->addWidget(copy);
    titleBar->addWidget(save);
    titleBar->addWidget(clear);

    auto* inputBar = new QHBoxLayout;
    auto* prompt = new QLabel(QStringLiteral("C\u25B6"), this);
    prompt->setFont(m_transcript->font());
    inputBar->addWidget(prompt);
    inputBar->addWidget(m_input, 1);
    inputBar->addWidget(m_send);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->addWidget(createConnectionBar());
    layout->addLayout(titleBar);
    layout->addWidget(m_transcript, 1);
    layout->addLayout(inputBar);
    layout->addWidget(createCommandBar());

    connect(m_connection, &ConsoleConnection::transcriptLine, this, [this](const TranscriptLine& line) {
        m_transcript->appendLine(line);
        if (line.direction == TranscriptLine::Direction::Client)
            rememberAddresses(line.text);
    });
    connect(m_connection, &ConsoleConnection::stateChanged, this, &ConsolePage::updateState);
    connect(m_connection, &ConsoleConnection::encrypted, this, &ConsolePage::updateState);
    updateState();
}

void ConsolePage::useListener(const ListenerConfig& listener)
{
    m_host->setText(reachableHost(listener.host));
    m_port->setValue(listener.port);
    m_security->setCurrentIndex(m_security->findData(
        int(listener.implicitTls ? ConsoleOptions::Security::ImplicitTls : ConsoleOptions::Security::None)));
    m_acceptAny->setChecked(true);
    m_prefilled = true;
}

void ConsolePage::fillListenerMenu()
{
    m_listenerMenu->clear();
    const QList<SmtpServer::ListenerStatus> listeners = m_server->listeners();
    for (const SmtpServer::ListenerStatus& status : listeners) {
        const ListenerConfig config = status.config;
        m_listenerMenu->addAction(config.url(), this, [this, config] { useListener(config); });
    }
    if (listeners.isEmpty())
        m_listenerMenu->addAction(tr("Mailscope is not listening"))->setEnabled(false);
}

void ConsolePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_prefilled && !m_server->listeners().isEmpty())
        useListener(m_server->listeners().first().config);
    if (m_connection->state() == ConsoleConnection::State::Connected)
        m_input->setFocus();
    else
        m_connect->setFocus();
}

void ConsolePage::toggleConnection()
{
    if (m_connection->state() != ConsoleConnection::State::Disconnected) {
        m_connection->disconnectFromServer();
        return;
    }
    ConsoleOptions options;
    options.host = m_host->text().trimmed();
    options.port = quint16(m_port->value());
    options.security = ConsoleOptions::Security(m_security->currentData().toInt());
    options.acceptBadCertificates = m_acceptAny->isChecked();
    m_connection->connectToServer(options);
}

void ConsolePage::sendInput()
{
    const QString line = m_input->text();
    if (m_connection->state() != ConsoleConnection::State::Connected)
        return;
    m_input->remember(line);
    m_input->clear();
    m_connection->sendLine(line.toUtf8());
}

void ConsolePage::sendCommand(const QString& line)
{
    m_input->remember(line);
    m_connection->sendLine(line.toUtf8());
    m_input->setFocus();
}

void ConsolePage::insertCommand(const QString& verb, const QString& address)
{
    m_input->setText(verb + QLatin1Char('<') + address + QLatin1Char('>'));
    m_input->setFocus();
    m_input->setSelection(int(verb.size()) + 1, int(address.size()));
}

void ConsolePage::rememberAddresses(const QByteArray& line)
{
    static const QRegularExpression path(
        QStringLiteral("^(MAIL FROM|RCPT TO):\\s*<([^>]*)>"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = path.match(QString::fromUtf8(line));
    if (!match.hasMatch())
        return;
    (match.captured(1).startsWith(QLatin1Char('M'), Qt::CaseInsensitive) ? m_sender : m_recipient)
        = match.captured(2);
}

void ConsolePage::openAuthHelper()
{
    auto* dialog = new ConsoleAuthDialog(m_connection->offeredAuthMechanisms(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_connection->authenticate(dialog->mechanism(), dialog->user(), dialog->password());
        m_input->setFocus();
    });
    dialog->open();
}

void ConsolePage::openMessageHelper()
{
    auto* dialog = new ConsoleMessageDialog(m_sender, m_recipient, m_connection->lastReplyCode() == 354, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_connection->sendMessageContent(dialog->content().toUtf8());
        m_input->setFocus();
    });
    dialog->open();
}

void ConsolePage::updateState()
{
    const ConsoleConnection::State state = m_connection->state();
    const bool connected = state == ConsoleConnection::State::Connected;
    const bool idle = state == ConsoleConnection::State::Disconnected;
    m_connect->setText(idle ? tr("Co&nnect") : tr("&Disconnect"));
    for (QWidget* w : { static_cast<QWidget*>(m_host), static_cast<QWidget*>(m_port),
             static_cast<QWidget*>(m_listeners), static_cast<QWidget*>(m_security), static_cast<QWidget*>(m_acceptAny) })
        w->setEnabled(idle);
    m_input->setEnabled(connected);
    m_send->setEnabled(connected);
    for (QPushButton* button : std::as_const(m_commandButtons))
        button->setEnabled(connected);
    m_startTls->setEnabled(connected && !m_connection->isEncrypted());
    const QString where = QStringLiteral("%1:%2").arg(m_connection->options().host).arg(m_connection->options().port);
    m_title->setText(idle         ? tr("Not connected")
            : !connected          ? tr("Connecting to %1…").arg(where)
            : m_connection->isEncrypted() ? tr("Connected to %1, TLS").arg(where)
                                  : tr("Connected to %1, plain text").arg(where));
    if (connected && isVisible())
        m_input->setFocus();
}

void ConsolePage::copyTranscript() { m_transcript->copyTranscript(); }

void ConsolePage::saveTranscript() { m_transcript->saveTranscript(tr("console.txt")); }

} // namespace Mailscope
