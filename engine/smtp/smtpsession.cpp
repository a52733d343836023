#include "smtp/smtpsession.h"

#include "smtp/bodystream.h"
#include "smtp/commandline.h"
#include "store/messagespool.h"
#include "store/messagestore.h"
#include "tls/tlscontext.h"

#include <QHostInfo>
#include <QPointer>
#include <QSslSocket>

namespace Mailscope {

namespace {

constexpr qsizetype MaxCommandLine = 512; // RFC 5321 4.5.3.1.4, CRLF included
constexpr qsizetype MaxAuthLine = 12288; // RFC 4954 4: AUTH lines and responses may be this long
constexpr qint64 ReadChunk = 256 * 1024;

bool isBadCommandReply(int code) { return code == 500 || code == 501 || code == 502 || code == 503 || code == 504 || code == 555; }

} // namespace

SmtpSession::SmtpSession(QSslSocket *socket, const ListenerConfig &listener, const QString &id,
                         const Context &context, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_context(context)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(ReadChunk);
    m_info.id = id;
    m_info.listener = listener.url();
    m_info.protocol = listener.protocol;
    m_info.remoteAddress = socket->peerAddress();
    m_info.remotePort = socket->peerPort();
    m_info.localAddress = socket->localAddress();
    m_info.localPort = socket->localPort();
    m_info.started = QDateTime::currentDateTimeUtc();
    m_info.transmissionType = listener.protocol == Protocol::Lmtp ? QStringLiteral("LMTP") : QStringLiteral("SMTP");
    m_implicitTls = listener.implicitTls;
    m_proxyProtocol = listener.proxyProtocol;

    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &SmtpSession::onIdleTimeout);
    m_preludeTimer.setSingleShot(true);
    connect(&m_preludeTimer, &QTimer::timeout, this, &SmtpSession::onPreludeTimeout);
    connect(m_socket, &QIODevice::readyRead, this, &SmtpSession::readSocket);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpSession::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Only a requested client certificate is verified; a test server records, not judges.
        for (const QSslError &error : errors)
            note("client certificate: " + error.errorString().toUtf8() + " (accepted)");
        m_socket->ignoreSslErrors();
    });
    connect(m_socket, &QAbstractSocket::disconnected, this, &SmtpSession::finish);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (m_waiting == Waiting::Handshake) {
            note("TLS handshake failed: " + m_socket->errorString().toUtf8());
            return abort();
        }
        if (error != QAbstractSocket::RemoteHostClosedError && m_state != State::Closed)
            note("socket error: " + m_socket->errorString().toUtf8());
    });
}

SmtpSession::~SmtpSession()
{
    m_socket->disconnect(this); // no signals into a half-destroyed session
}

void SmtpSession::start()
{
    note("connection from " + m_info.remoteAddress.toString().toUtf8() + " port "
         + QByteArray::number(m_info.remotePort) + " to " + m_info.listener.toUtf8());
    Q_EMIT infoChanged(m_info);
    // The greeting never waits on DNS: the name is filled in when it arrives.
    if (settings().reverseDns) {
        QHostInfo::lookupHost(m_info.remoteAddress.toString(), this, [this](const QHostInfo &host) {
            if (host.error() != QHostInfo::NoError || host.hostName() == m_info.remoteAddress.toString())
                return;
            m_info.clientHostName = host.hostName();
            Q_EMIT infoChanged(m_info);
        });
    }
    if (m_proxyProtocol) {
        m_waiting = Waiting::ProxyHeader;
        m_preludeTimer.start(settings().tls.handshakeTimeoutSeconds * 1000);
        return readPrelude();
    }
    afterProxyHeader();
}

void SmtpSession::greetClient()
{
    ask([this](VerdictCallback done) { m_context.handler->checkConnect(m_info, std::move(done)); },
        [this](const Verdict &verdict) {
            if (verdict.kind == Verdict::Kind::Disconnect)
                return abort();
            if (verdict.rejects())
                return closeWith(verdict.reply);
            QByteArray text = hostName() + ' ' + settings().banner.toUtf8();
            if (verdict.kind == Verdict::Kind::Reply && !verdict.reply.lines.isEmpty())
                text = verdict.reply.lines.join(' ');
            m_greeted = true;
            send(Reply(220, {}, text));
        });
}

void SmtpSession::requestStop()
{
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    m_stopRequested = true;
    if (m_waiting != Waiting::Nothing)
        return abort(); // no plain-text reply in the middle of a TLS handshake
    const bool receiving = m_state == State::Data || m_state == State::Chunking || m_chunkingUsed || m_awaitingVerdict;
    if (!receiving)
        closeWith(Reply(421, "4.3.2", hostName() + " Service shutting down, closing connection"));
}

void SmtpSession::abort()
{
    if (m_state == State::Closed)
        return;
    note(m_state == State::Data || m_state == State::Chunking
             ? "connection closed by the server without a reply: nothing was stored"
             : "connection closed by the server without a reply");
    setState(State::Closing); // so the disconnect that follows is not told as the client's
    m_socket->abort();
    finish();
}

// ---- input ----------------------------------------------------------------

void SmtpSession::readSocket()
{
    if (m_waiting != Waiting::Nothing)
        return readPrelude();
    restartIdleTimer();
    processInput();
}

bool SmtpSession::pullFromSocket()
{
    if (m_state == State::Closing || m_state == State::Closed)
        return false;
    const QByteArray bytes = m_socket->read(ReadChunk);
    if (bytes.isEmpty())
        return false;
    m_info.bytesIn += bytes.size();
    m_input.append(bytes);
    return true;
}

void SmtpSession::processInput()
{
    if (m_processing)
        return; // a verdict given synchronously inside the loop: the loop goes on
    m_processing = true;
    while (!m_awaitingVerdict && m_waiting == Waiting::Nothing && m_state != State::Closing
           && m_state != State::Closed) {
        if (m_stopRequested && m_state != State::Data && m_state != State::Chunking && !m_chunkingUsed) {
            closeWith(Reply(421, "4.3.2", hostName() + " Service shutting down, closing connection"));
            break;
        }
        if (m_input.size() < ReadChunk)
            pullFromSocket();
        if (m_state == State::Data) {
            if (m_input.isEmpty())
                break;
            readDataBody();
            continue;
        }
        if (m_state == State::Chunking) {
            if (m_input.isEmpty() && m_chunkRemaining > 0)
                break;
            readChunk();
            continue;
        }
        QByteArray line;
        const auto status = m_input.takeLine(&line, MaxAuthLine);
        if (status == InputBuffer::LineStatus::Incomplete) {
            if (m_socket->bytesAvailable() > 0)
                continue;
            break;
        }
        if (status == InputBuffer::LineStatus::TooLong) {
            note("line over 12288 octets discarded");
            send(Reply(500, "5.5.2", "Line too long (RFC 5321 4.5.3.1.4: 512 octets at most)"));
            continue;
        }
        handleLine(line);
    }
    m_processing = false;
}

void SmtpSession::handleLine(const QByteArray &line)
{
    Q_EMIT transcriptLine({ QDateTime::currentDateTimeUtc(), TranscriptLine::Direction::Client, transcriptText(line) });
    if (m_sasl)
        return handleAuthResponse(line);
    const CommandLine command = parseCommandLine(line);
    if (line.size() + 2 > MaxCommandLine && command.verb != "AUTH") {
        note("command line over 512 octets discarded");
        return send(Reply(500, "5.5.2", "Line too long (RFC 5321 4.5.3.1.4: 512 octets at most)"));
    }
    if (command.verb.isEmpty() || !command.wellFormed)
        return send(Reply(500, "5.5.2", "Syntax error, command unrecognized"));
    const bool isHello = command.verb == "HELO" || command.verb == "EHLO";
    if (isLmtp() && isHello)
        return send(Reply(500, "5.5.1", "This is an LMTP service (RFC 2033): use LHLO"));
    const auto &table = commandTable();
    const auto it = table.find(command.verb);
    if (it == table.end() || (!isLmtp() && command.verb == "LHLO"))
        return send(Reply(500, "5.5.2", "Command not recognized: " + command.verb.left(32)));
    if (settings().isCommandDisabled(command.verb))
        return send(Reply(502, "5.5.1", command.verb + " is disabled on this server"));
    // With PIPELINING off, commands sent before their reply are an error (RFC 2920 3.1).
    if (settings().mode(Extension::Pipelining) == ExtensionMode::Off
        && (!m_input.isEmpty() || m_socket->bytesAvailable() > 0) && command.verb != "QUIT") {
        m_input.consume(m_input.size());
        m_info.bytesIn += m_socket->readAll().size();
        return send(Reply(503, "5.5.0", "Improper use of SMTP command pipelining: PIPELINING is off"));
    }
    (this->*(it.value()))(command);
}

void SmtpSession::readDataBody()
{
    QByteArray body;
    const QByteArrayView available = m_input.peek();
    body.reserve(available.size()); // never more than came in: one allocation, no regrowth
    const qsizetype used = m_dotReader.feed(available, &body);
    m_input.consume(used);
    const qint64 limit = settings().maxMessageSize;
    if (!m_messageTooBig && limit > 0 && m_spool->size() + body.size() > limit)
        m_messageTooBig = true; // read on to the end, keep nothing more
    if (!m_messageTooBig) {
        m_spool->append(body);
        if (m_bodyStream)
            m_bodyStream->push(body);
    }
    if (m_dotReader.isFinished())
        finishMessage();
}

void SmtpSession::readChunk()
{
    const QByteArray bytes = m_input.take(m_chunkRemaining);
    m_chunkRemaining -= bytes.size();
    if (!m_chunkError.isValid() && !m_messageTooBig) {
        const qint64 limit = settings().maxMessageSize;
        if (limit > 0 && m_spool->size() + bytes.size() > limit)
            m_messageTooBig = true; // this and later chunks are dropped
        else
            m_spool->append(bytes);
        if (m_bodyStream && !m_messageTooBig)
            m_bodyStream->push(bytes);
    }
    if (m_chunkRemaining > 0)
        return;
    note("[BDAT chunk: " + QByteArray::number(m_chunkSize) + " bytes]");
    setState(m_stateBeforeChunk);
    if (m_chunkError.isValid())
        return send(std::exchange(m_chunkError, Reply()));
    if (m_messageTooBig || m_spool->hasFailed()) {
        const Reply reply = m_messageTooBig
            ? Reply(552, "5.3.4", "Message size exceeds fixed maximum message size")
            : Reply(452, "4.3.1", "Insufficient system storage: " + m_spool->errorString().toUtf8());
        if (m_chunkLast)
            resetTransaction();
        return send(reply);
    }
    if (!m_chunkLast)
        return send(Reply(250, "2.0.0", QByteArray::number(m_spool->size()) + " octets received"));
    finishMessage();
}

// ---- output and state -------------------------------------------------------

void SmtpSession::ask(const std::function<void(VerdictCallback)> &question,
                      std::function<void(const Verdict &)> then)
{
    m_awaitingVerdict = true;
    m_idleTimer.stop();
    const quint64 ticket = ++m_ticket;
    QPointer<SmtpSession> self(this);
    question([self, ticket, then = std::move(then)](const Verdict &verdict) {
        if (!self || self->m_ticket != ticket || !self->m_awaitingVerdict || self->m_state == State::Closed)
            return;
        self->m_awaitingVerdict = false;
        if (!verdict.note.isEmpty())
            self->note(verdict.note);
        then(verdict);
        if (self && self->m_state != State::Closing && self->m_state != State::Closed) {
            self->restartIdleTimer();
            self->processInput();
        }
    });
}

bool SmtpSession::useEnhancedCodes() const
{
    return m_extended && settings().isEnabled(Extension::EnhancedStatusCodes);
}

QByteArray SmtpSession::hostName() const { return settings().effectiveHostName().toUtf8(); }

void SmtpSession::send(const Reply &reply)
{
    sendRaw(reply.format(useEnhancedCodes()), {});
    if (isBadCommandReply(reply.code)) {
        if (++m_badCommands >= settings().maxBadCommands)
            return closeWith(Reply(421, "4.7.0", hostName() + " Too many errors in a row, closing connection"));
    } else if (reply.code < 400) {
        m_badCommands = 0;
    }
}

void SmtpSession::sendRaw(const QByteArray &bytes, const QList<QByteArray> &)
{
    if (m_state == State::Closed)
        return;
    m_socket->write(bytes);
    m_info.bytesOut += bytes.size();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf("\r\n", start);
        if (end < 0)
            end = bytes.size();
        Q_EMIT transcriptLine({ now, TranscriptLine::Direction::Server, bytes.mid(start, end - start) });
        start = end + 2;
    }
}

void SmtpSession::note(const QByteArray &text)
{
    Q_EMIT transcriptLine({ QDateTime::currentDateTimeUtc(), TranscriptLine::Direction::Note, text });
}

void SmtpSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SmtpSession::resetTransaction()
{
    const bool hadEnvelope = !m_envelope.mailFrom.isEmpty() || !m_envelope.recipients.isEmpty()
        || !m_envelope.mailParameters.isEmpty() || m_state == State::Mail;
    m_envelope = Envelope();
    endBodyStream();
    m_spool.reset();
    m_dotReader = DotBodyReader();
    m_rcptAttempts = 0;
    m_utf8Transaction = false;
    m_chunkingUsed = false;
    m_chunkError = Reply();
    m_messageTooBig = false;
    if (m_state != State::Closing && m_state != State::Closed)
        setState(m_info.heloName.isEmpty() ? State::Greeting : State::Ready);
    if (hadEnvelope)
        Q_EMIT envelopeChanged(m_envelope);
}

void SmtpSession::closeWith(const Reply &reply)
{
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    sendRaw(reply.format(useEnhancedCodes()), {});
    setState(State::Closing);
    m_idleTimer.stop();
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        finish();
}

void SmtpSession::finish()
{
    if (m_state == State::Closed)
        return;
    if (m_state == State::Data || m_state == State::Chunking)
        note("connection lost while receiving a message: nothing was stored");
    else if (m_state != State::Closing)
        note("client closed the connection");
    m_idleTimer.stop();
    ++m_ticket; // late verdicts are ignored
    endBodyStream();
    m_spool.reset();
    m_info.ended = QDateTime::currentDateTimeUtc();
    setState(State::Closed);
    Q_EMIT infoChanged(m_info);
    m_context.handler->sessionClosed(m_info);
    Q_EMIT sessionClosed(m_info);
    deleteLater();
}

void SmtpSession::restartIdleTimer()
{
    if (m_state == State::Closing || m_state == State::Closed || m_awaitingVerdict)
        return;
    m_idleTimer.start(settings().idleTimeoutSeconds * 1000);
}

void SmtpSession::startBodyStream()
{
    endBodyStream();
    if (!m_context.handler->wantsBodyStream())
        return;
    m_bodyStream = new BodyStream(this);
    m_context.handler->dataStarted(m_info, m_envelope, m_bodyStream);
}

void SmtpSession::endBodyStream()
{
    if (!m_bodyStream)
        return;
    m_bodyStream->finish();
    m_bodyStream->deleteLater();
    m_bodyStream = nullptr;
}

bool SmtpSession::tlsAvailable() const { return m_context.tls && m_context.tls->isLoaded(); }

// RFC 3848: ESMTPS, ESMTPA, ESMTPSA (and LMTP's likewise); plain HELO stays SMTP.
void SmtpSession::updateTransmissionType()
{
    QString type = isLmtp() ? QStringLiteral("LMTP") : m_extended ? QStringLiteral("ESMTP") : QStringLiteral("SMTP");
    if (type != QLatin1String("SMTP")) {
        const QString suffix = QString(m_info.tls.active ? QStringLiteral("S") : QString())
            + (m_info.authUser.isEmpty() ? QString() : QStringLiteral("A"));
        type += suffix;
    }
    m_info.transmissionType = type;
}

void SmtpSession::onIdleTimeout()
{
    note("idle timeout");
    closeWith(Reply(421, "4.4.2", hostName() + " Idle timeout, closing connection"));
}

} // namespace Mailscope
