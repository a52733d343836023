#include "client/smtpclient.h"

#include <QRegularExpression>
#include <QSslCipher>
#include <QSslSocket>

namespace Mailscope {

namespace {

using Step = DeliveryResult::Step;

// RFC 5321 4.5.2: a line starting with "." gets another one.
QByteArray dotStuffed(const QByteArray &content)
{
    QByteArray out;
    out.reserve(content.size() + content.size() / 64 + 5);
    qsizetype start = 0;
    while (start < content.size()) {
        qsizetype end = content.indexOf('\n', start);
        end = end < 0 ? content.size() : end + 1;
        if (content.at(start) == '.')
            out += '.';
        out += QByteArrayView(content).sliced(start, end - start);
        start = end;
    }
    if (!out.isEmpty() && !out.endsWith("\r\n"))
        out += "\r\n";
    return out + ".\r\n";
}

QByteArray angle(const QString &address) { return '<' + address.toUtf8() + '>'; }

bool isAscii(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() > 127)
            return false;
    return true;
}

} // namespace

QByteArray ClientReply::text() const { return lines.join(' '); }

bool DeliveryResult::allAccepted() const
{
    if (!ok())
        return false;
    for (const RecipientResult &r : recipients)
        if (!r.accepted)
            return false;
    return true;
}

QString deliveryStepName(DeliveryResult::Step step)
{
    static const char *const names[] = { "none", "connect", "greeting", "hello", "starttls", "auth",
        "sender", "recipient", "data", "done" };
    return QLatin1String(names[int(step)]);
}

SmtpClient::SmtpClient(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(m_socket->state() == QAbstractSocket::ConnectedState ? m_phase : Step::Connect,
             QStringLiteral("no reply within %1 s").arg(m_options.timeoutSeconds));
    });
}

SmtpClient::~SmtpClient() = default;

void SmtpClient::send(const ClientOptions &options, const QList<OutgoingMessage> &messages)
{
    m_options = options;
    m_messages = messages;
    m_results = QList<DeliveryResult>(qMax<qsizetype>(1, messages.size()));
    m_index = 0;
    connectToServer();
}

void SmtpClient::open(const ClientOptions &options)
{
    m_options = options;
    m_keepOpen = true;
    m_index = 0;
    connectToServer();
}

void SmtpClient::deliver(const OutgoingMessage &message)
{
    Q_ASSERT(m_keepOpen && !m_finished);
    m_messages.append(message);
    m_results.append(DeliveryResult());
    if (!m_idle)
        return; // still greeting, or busy: its turn comes
    m_idle = false;
    if (!m_needsReset)
        return sendMessage();
    m_phase = Step::MailFrom;
    command("RSET", [this](const ClientReply &) { sendMessage(); });
}

void SmtpClient::quit()
{
    if (m_finished)
        return;
    m_keepOpen = false;
    if (m_idle) {
        m_idle = false;
        done();
    }
}

void SmtpClient::connectToServer()
{
    const ClientOptions &options = m_options;
    m_socket = new QSslSocket(this);
    if (options.acceptBadCertificates)
        m_socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    m_socket->setPeerVerifyName(options.host);
    connect(m_socket, &QIODevice::readyRead, this, &SmtpClient::readSocket);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (m_finished)
            return;
        const Step step = !m_socket->isEncrypted() && (m_options.security == ClientOptions::Security::ImplicitTls || m_tlsDone)
            ? Step::StartTls
            : m_handlers.isEmpty() || m_buffer.isEmpty() ? Step::Connect : Step::Greeting;
        fail(error == QAbstractSocket::RemoteHostClosedError ? Step::Connect : step, m_socket->errorString());
    });
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            note("TLS: " + e.errorString().toUtf8());
        if (m_options.acceptBadCertificates)
            m_socket->ignoreSslErrors();
    });
    expect([this](const ClientReply &greeting) {
        if (greeting.code != 220)
            return fail(Step::Greeting, QStringLiteral("the server refused the connection"), greeting);
        hello();
    });
    m_timeout.start(options.timeoutSeconds * 1000);
    if (options.security == ClientOptions::Security::ImplicitTls) {
        m_tlsDone = true;
        m_socket->connectToHostEncrypted(options.host, options.port);
    } else {
        m_socket->connectToHost(options.host, options.port);
    }
}

void SmtpClient::note(const QByteArray &text)
{
    Q_EMIT transcriptLine({ QDateTime::currentDateTimeUtc(), TranscriptLine::Direction::Note, text });
}

void SmtpClient::command(const QByteArray &line, ReplyHandler handler, bool secret)
{
    m_socket->write(line + "\r\n");
    Q_EMIT transcriptLine({ QDateTime::currentDateTimeUtc(), TranscriptLine::Direction::Client,
        secret ? QByteArray("[credentials hidden]") : line });
    expect(std::move(handler));
}

void SmtpClient::expect(ReplyHandler handler)
{
    m_handlers.append(std::move(handler));
    m_timeout.start(m_options.timeoutSeconds * 1000);
}

void SmtpClient::readSocket()
{
    m_buffer += m_socket->readAll();
    ClientReply reply;
    qsizetype consumed = 0;
    while (!m_finished) {
        const qsizetype end = m_buffer.indexOf('\n', consumed);
        if (end < 0)
            break;
        const QByteArray line = m_buffer.mid(consumed, end - consumed).trimmed();
        consumed = end + 1;
        if (line.size() < 3 || !QByteArrayView(line).first(3).toInt()) {
            m_buffer.clear();
            return fail(Step::Greeting, QStringLiteral("not an SMTP reply: %1").arg(QString::fromUtf8(line.left(80))));
        }
        reply.code = line.left(3).toInt();
        QByteArray text = line.mid(4);
        static const QRegularExpression enhanced(QStringLiteral("^[245]\\.\\d{1,3}\\.\\d{1,3}(?= |$)"));
        const QRegularExpressionMatch match = enhanced.match(QString::fromLatin1(text));
        if (match.hasMatch())
            reply.enhancedCode = match.captured().toLatin1();
        reply.lines << text;
        if (line.size() > 3 && line.at(3) == '-')
            continue;
        // Lines go to the transcript once their reply is whole, so none is told twice.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QByteArray &text : std::as_const(reply.lines))
            Q_EMIT transcriptLine({ now, TranscriptLine::Direction::Server,
                QByteArray::number(reply.code) + (&text == &reply.lines.last() ? ' ' : '-') + text });
        m_buffer.remove(0, consumed);
        consumed = 0;
        if (m_handlers.isEmpty())
            return fail(Step::Greeting, QStringLiteral("an unexpected reply from the server"), reply);
        const ReplyHandler handler = m_handlers.takeFirst();
        if (m_handlers.isEmpty())
            m_timeout.stop();
        handler(reply);
        reply = ClientReply();
    }
}

bool SmtpClient::offers(const QByteArray &keyword) const
{
    for (const QByteArray &line : m_capabilities)
        if (line == keyword || line.startsWith(keyword + ' '))
            return true;
    return false;
}

void SmtpClient::hello()
{
    m_phase = Step::Hello;
    const QByteArray verb = m_options.lmtp ? "LHLO " : "EHLO ";
    command(verb + m_options.heloName.toUtf8(), [this](const ClientReply &reply) {
        if (reply.code == 250)
            return afterHello(reply);
        if (m_options.lmtp)
            return fail(Step::Hello, QStringLiteral("LHLO refused"), reply);
        // RFC 5321 3.2: an old server that does not know EHLO still takes HELO.
        command("HELO " + m_options.heloName.toUtf8(), [this](const ClientReply &helo) {
            if (helo.code != 250)
                return fail(Step::Hello, QStringLiteral("HELO refused"), helo);
            afterHello(helo);
        });
    });
}

void SmtpClient::afterHello(const ClientReply &reply)
{
    m_capabilities.clear();
    for (qsizetype i = 1; i < reply.lines.size(); ++i)
        m_capabilities << reply.lines[i].toUpper();
    const bool wantTls = m_options.security == ClientOptions::Security::StartTls
        || (m_options.security == ClientOptions::Security::StartTlsIfOffered && offers("STARTTLS"));
    if (!m_tlsDone && wantTls)
        return startTls();
    if (!m_options.user.isEmpty())
        return authenticate();
    sendMessage();
}

void SmtpClient::startTls()
{
    m_phase = Step::StartTls;
    command("STARTTLS", [this](const ClientReply &reply) {
        if (reply.code != 220)
            return fail(Step::StartTls, QStringLiteral("STARTTLS refused"), reply);
        m_tlsDone = true;
        connect(m_socket, &QSslSocket::encrypted, this, [this] {
            note("TLS established: " + m_socket->sessionCipher().protocolString().toUtf8() + ", "
                 + m_socket->sessionCipher().name().toUtf8());
            hello(); // RFC 3207 4.2: what was learnt before TLS is forgotten
        });
        m_socket->startClientEncryption();
    });
}

void SmtpClient::authenticate()
{
    QList<QByteArray> offered;
    for (const QByteArray &line : m_capabilities)
        if (line.startsWith("AUTH "))
            offered = line.mid(5).split(' ');
    std::optional<SaslMechanism> chosen = m_options.mechanism;
    for (SaslMechanism m : { SaslMechanism::CramMd5, SaslMechanism::Plain, SaslMechanism::Login })
        if (!chosen && offered.contains(saslMechanismName(m)))
            chosen = m;
    if (!chosen)
        return fail(Step::Auth, QStringLiteral("the server offers no AUTH mechanism this client knows"));
    m_phase = Step::Auth;
    m_auth.emplace(*chosen, m_options.user, m_options.password);
    command(m_auth->command(), [this](const ClientReply &reply) { authStep(reply); }, m_auth->commandHasSecret());
}

void SmtpClient::authStep(const ClientReply &reply)
{
    if (reply.code == 235)
        return sendMessage();
    if (reply.code != 334)
        return fail(Step::Auth, QStringLiteral("authentication failed"), reply);
    const QByteArray answer = m_auth->respond(reply.lines.value(0));
    command(answer, [this](const ClientReply &next) { authStep(next); }, m_auth->lastResponseHasSecret());
}

void SmtpClient::sendMessage()
{
    if (m_index >= m_messages.size()) {
        if (!m_keepOpen)
            return done();
        m_idle = true;
        return;
    }
    m_needsReset = true;
    m_phase = Step::MailFrom;
    const OutgoingMessage &message = m_messages[m_index];
    DeliveryResult &result = current();
    for (const QString &r : message.recipients)
        result.recipients.append({ r, false, {} });
    QByteArray mail = "MAIL FROM:" + angle(message.from);
    if (offers("SIZE") || m_capabilities.contains("SIZE"))
        mail += " SIZE=" + QByteArray::number(message.content.size());
    bool utf8 = !isAscii(message.from);
    for (const QString &r : message.recipients)
        utf8 = utf8 || !isAscii(r);
    if (utf8 && offers("SMTPUTF8"))
        mail += " SMTPUTF8";
    const bool pipelined = m_options.usePipelining && offers("PIPELINING");
    // Pipelined, a refused MAIL is reported once every reply of the batch has been read.
    auto mailReply = std::make_shared<ClientReply>();
    command(mail, [mailReply](const ClientReply &reply) { *mailReply = reply; });
    auto rcptHandlers = [this](qsizetype i) {
        return [this, i](const ClientReply &reply) {
            DeliveryResult &result = current();
            result.recipients[i].reply = reply;
            result.recipients[i].accepted = reply.isPositive();
        };
    };
    for (qsizetype i = 0; i < message.recipients.size(); ++i) {
        if (!pipelined && i == 0)
            break;
        command("RCPT TO:" + angle(message.recipients[i]), rcptHandlers(i));
    }
    if (!pipelined) {
        // One command at a time: wait for MAIL, then each RCPT in turn.
        m_handlers.last() = [this, rcptHandlers](const ClientReply &reply) {
            if (!reply.isPositive())
                return fail(Step::MailFrom, QStringLiteral("sender refused"), reply);
            auto next = std::make_shared<std::function<void(qsizetype)>>();
            // The step holds itself only weakly (a strong self-reference would never be freed);
            // the pending RCPT's reply handler keeps it alive until the last one.
            *next = [this, rcptHandlers, weakNext = std::weak_ptr(next)](qsizetype i) {
                if (i >= m_messages[m_index].recipients.size())
                    return sendBody();
                command("RCPT TO:" + angle(m_messages[m_index].recipients[i]),
                        [rcptHandlers, next = weakNext.lock(), i](const ClientReply &r) {
                            rcptHandlers(i)(r);
                            (*next)(i + 1);
                        });
            };
            (*next)(0);
        };
        return;
    }
    // Pipelined: after the last RCPT reply, go on to the data.
    const ReplyHandler last = m_handlers.last();
    m_handlers.last() = [this, last, mailReply](const ClientReply &reply) {
        last(reply);
        if (!mailReply->isPositive())
            return fail(Step::MailFrom, QStringLiteral("sender refused"), *mailReply);
        sendBody();
    };
}

void SmtpClient::sendBody()
{
    DeliveryResult &result = current();
    m_phase = Step::Data;
    m_lmtpPending.clear();
    for (qsizetype i = 0; i < result.recipients.size(); ++i)
        if (result.recipients[i].accepted)
            m_lmtpPending << i;
    const int accepted = int(m_lmtpPending.size());
    if (accepted == 0)
        return fail(Step::RcptTo, QStringLiteral("every recipient was refused"),
                    result.recipients.isEmpty() ? ClientReply() : result.recipients.last().reply);
    const int replies = m_options.lmtp ? accepted : 1;
    const QByteArray &content = m_messages[m_index].content;
    const auto finalReply = [this](const ClientReply &reply) { finishMessage(reply); };
    if (m_options.useChunking && offers("CHUNKING")) {
        m_socket->write("BDAT " + QByteArray::number(content.size()) + " LAST\r\n");
        m_socket->write(content);
        note("BDAT " + QByteArray::number(content.size()) + " LAST [" + QByteArray::number(content.size()) + " bytes]");
        for (int i = 0; i < replies; ++i)
            expect(finalReply);
        return;
    }
    command("DATA", [this, finalReply, content, replies](const ClientReply &reply) {
        if (reply.code != 354)
            return fail(Step::Data, QStringLiteral("DATA refused"), reply);
        m_socket->write(dotStuffed(content));
        note("[message body: " + QByteArray::number(content.size()) + " bytes]");
        for (int i = 0; i < replies; ++i)
            expect(finalReply);
    });
}

void SmtpClient::finishMessage(const ClientReply &reply)
{
    DeliveryResult &result = current();
    if (m_options.lmtp) {
        // RFC 2033 4.2: one reply per accepted recipient, in RCPT order.
        if (!m_lmtpPending.isEmpty()) {
            auto &recipient = result.recipients[m_lmtpPending.takeFirst()];
            recipient.reply = reply;
            recipient.accepted = reply.isPositive();
        }
        if (!m_lmtpPending.isEmpty())
            return;
    } else if (!reply.isPositive()) {
        return fail(Step::Data, QStringLiteral("message refused after the data"), reply);
    }
    result.dataReply = reply;
    Q_EMIT messageFinished(result);
    nextMessage();
}

void SmtpClient::nextMessage()
{
    ++m_index;
    if (m_index >= m_messages.size())
        return sendMessage(); // QUIT, or idle until the next one
    command("RSET", [this](const ClientReply &) { sendMessage(); });
}

void SmtpClient::fail(DeliveryResult::Step step, const QString &error, const ClientReply &reply)
{
    if (m_finished)
        return;
    if (m_index >= m_messages.size() && (m_results.isEmpty() || !m_messages.isEmpty())) {
        // Every message has its result; a failing QUIT changes none of them.
        m_finished = true;
        m_timeout.stop();
        m_socket->abort();
        Q_EMIT finished(m_results);
        return;
    }
    DeliveryResult &result = m_results[qMin(m_index, m_results.size() - 1)];
    result.failedStep = step;
    result.error = reply.code ? error + QStringLiteral(": ") + QString::number(reply.code) + u' '
                           + QString::fromUtf8(reply.text())
                              : error;
    result.failedReply = reply;
    note(deliveryStepName(step).toUtf8() + " failed: " + result.error.toUtf8());
    // A refused message does not end the connection: the next one gets its turn.
    if (reply.code && step >= Step::MailFrom && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_handlers.clear();
        Q_EMIT messageFinished(result);
        return nextMessage();
    }
    for (qsizetype i = m_index + 1; i < m_results.size(); ++i) {
        m_results[i].failedStep = step;
        m_results[i].error = result.error;
    }
    m_handlers.clear();
    m_socket->abort();
    m_finished = true;
    m_timeout.stop();
    for (qsizetype i = m_index; i < m_messages.size(); ++i)
        Q_EMIT messageFinished(m_results[i]);
    m_index = m_messages.size();
    Q_EMIT finished(m_results);
}

void SmtpClient::done()
{
    command("QUIT", [this](const ClientReply &) {
        m_finished = true;
        m_timeout.stop();
        m_socket->disconnectFromHost();
        Q_EMIT finished(m_results);
    });
}

} // namespace Mailscope
