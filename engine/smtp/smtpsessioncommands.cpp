// The command handlers of SmtpSession, one per verb.
#include "smtp/smtpsession.h"

#include "smtp/bodystream.h"
#include "smtp/capabilities.h"
#include "smtp/commandline.h"
#include "smtp/parameters.h"
#include "smtp/pathgrammar.h"
#include "store/messagespool.h"
#include "store/messagestore.h"

#include <QHash>

namespace Mailscope {

const QHash<QByteArray, SmtpSession::CommandHandler> &SmtpSession::commandTable()
{
    static const QHash<QByteArray, CommandHandler> table {
        { "HELO", &SmtpSession::handleHelo }, { "EHLO", &SmtpSession::handleEhlo },
        { "LHLO", &SmtpSession::handleLhlo }, { "MAIL", &SmtpSession::handleMail },
        { "RCPT", &SmtpSession::handleRcpt }, { "DATA", &SmtpSession::handleData },
        { "BDAT", &SmtpSession::handleBdat }, { "RSET", &SmtpSession::handleRset },
        { "NOOP", &SmtpSession::handleNoop }, { "VRFY", &SmtpSession::handleVrfy },
        { "EXPN", &SmtpSession::handleVrfy }, { "HELP", &SmtpSession::handleHelp },
        { "QUIT", &SmtpSession::handleQuit }, { "STARTTLS", &SmtpSession::handleStartTls },
        { "AUTH", &SmtpSession::handleAuth }, { "XCLIENT", &SmtpSession::handleXclient },
        { "XFORWARD", &SmtpSession::handleXforward },
    };
    return table;
}

void SmtpSession::handleHelo(const CommandLine &command) { greet(command, false); }
void SmtpSession::handleEhlo(const CommandLine &command) { greet(command, true); }
void SmtpSession::handleLhlo(const CommandLine &command) { greet(command, true); }

void SmtpSession::greet(const CommandLine &command, bool extended)
{
    if (command.argument.isEmpty() || command.argument.contains(' '))
        return send(Reply(501, "5.5.4", "Syntax: " + command.verb + " hostname"));
    const QString name = QString::fromUtf8(command.argument);
    ask([this, name](VerdictCallback done) { m_context.handler->checkHelo(m_info, name, std::move(done)); },
        [this, command, extended](const Verdict &verdict) {
            if (verdict.kind == Verdict::Kind::Disconnect)
                return abort();
            if (verdict.rejects())
                return send(verdict.reply);
            acceptGreeting(command, extended);
        });
}

void SmtpSession::acceptGreeting(const CommandLine &command, bool extended)
{
    // RFC 5321 4.1.4: a new EHLO/HELO ends any transaction in progress.
    m_info.heloName = QString::fromUtf8(command.argument);
    m_info.openingCommand = command.verb;
    m_extended = extended;
    updateTransmissionType();
    resetTransaction();
    setState(State::Ready);
    Q_EMIT infoChanged(m_info);
    const QByteArray first = hostName() + " Hello " + command.argument + " [" + m_info.remoteAddress.toString().toUtf8() + ']';
    if (!extended)
        return send(Reply(250, {}, first));
    send(Reply(250, {}, QList<QByteArray> { first } + ehloKeywords(settings(), { m_info.tls.active, tlsAvailable(), !m_info.authUser.isEmpty() })));
}

void SmtpSession::handleMail(const CommandLine &command)
{
    if (m_state == State::Greeting)
        return send(Reply(503, "5.5.1", isLmtp() ? "Send LHLO first" : "Send HELO or EHLO first"));
    if (m_state != State::Ready)
        return send(Reply(503, "5.5.1", "Sender already specified: send RSET to start over"));
    if (const Reply refusal = securityRefusal(false); refusal.isValid())
        return send(refusal);
    PathResult path = parseMailFromArgument(command.argument);
    if (!path.ok)
        return send(path.error);
    const Reply parameterError = checkMailParameters(path.parameters, settings());
    if (parameterError.isValid())
        return send(parameterError);
    const bool utf8 = path.parameters.contains("SMTPUTF8");
    if (path.hasNonAscii && !utf8)
        return send(Reply(553, "5.6.7", "Non-ASCII address without the SMTPUTF8 parameter (RFC 6531)"));
    if (path.missingBrackets)
        note("MAIL FROM address without angle brackets (RFC 5321 4.1.2 requires them)");
    ask([this, path](VerdictCallback done) {
            m_context.handler->checkMailFrom(m_info, path.address, path.parameters, std::move(done));
        },
        [this, path, utf8](const Verdict &verdict) {
            if (verdict.kind == Verdict::Kind::Disconnect)
                return abort();
            if (verdict.rejects())
                return send(verdict.reply);
            m_envelope = Envelope();
            m_envelope.mailFrom = path.address;
            m_envelope.mailParameters = path.parameters;
            m_utf8Transaction = utf8;
            setState(State::Mail);
            Q_EMIT envelopeChanged(m_envelope);
            send(verdict.kind == Verdict::Kind::Reply
                     ? verdict.reply
                     : Reply(250, "2.1.0", "Sender <" + path.address.toUtf8() + "> OK"));
        });
}

void SmtpSession::handleRcpt(const CommandLine &command)
{
    if (m_state != State::Mail && m_state != State::Recipients)
        return send(Reply(503, "5.5.1", m_state == State::Greeting ? "Send HELO or EHLO first" : "Need MAIL before RCPT"));
    ++m_rcptAttempts;
    PathResult path = parseRcptToArgument(command.argument);
    if (!path.ok)
        return send(path.error);
    const Reply parameterError = checkRcptParameters(path.parameters, settings());
    if (parameterError.isValid())
        return send(parameterError);
    if (path.hasNonAscii && !m_utf8Transaction)
        return send(Reply(553, "5.6.7", "Non-ASCII address without SMTPUTF8 on MAIL FROM (RFC 6531)"));
    if (m_envelope.recipients.size() >= settings().maxRecipients)
        return send(Reply(452, "4.5.3", "Too many recipients"));
    if (path.missingBrackets)
        note("RCPT TO address without angle brackets (RFC 5321 4.1.2 requires them)");
    const Recipient recipient { path.address, path.parameters };
    ask([this, recipient](VerdictCallback done) {
            m_context.handler->checkRcptTo(m_info, m_envelope, recipient, std::move(done));
        },
        [this, recipient](const Verdict &verdict) {
            if (verdict.kind == Verdict::Kind::Disconnect)
                return abort();
            if (verdict.rejects())
                return send(verdict.reply);
            Recipient kept = recipient;
            if (verdict.rewrittenAddress && *verdict.rewrittenAddress != recipient.address) {
                kept.address = *verdict.rewrittenAddress;
                note("recipient <" + recipient.address.toUtf8() + "> kept as <" + kept.address.toUtf8() + '>');
            }
            m_envelope.recipients.append(kept);
            setState(State::Recipients);
            Q_EMIT envelopeChanged(m_envelope);
            send(verdict.kind == Verdict::Kind::Reply
                     ? verdict.reply
                     : Reply(250, "2.1.5", "Recipient <" + recipient.address.toUtf8() + "> OK"));
        });
}

void SmtpSession::handleData(const CommandLine &command)
{
    if (!command.argument.isEmpty())
        return send(Reply(501, "5.5.4", "Syntax: DATA (no argument)"));
    if (m_state == State::Greeting || m_state == State::Ready)
        return send(Reply(503, "5.5.1", "Need MAIL and RCPT before DATA"));
    if (m_state == State::Mail)
        return send(m_rcptAttempts > 0 ? Reply(554, "5.5.1", "No valid recipients")
                                       : Reply(503, "5.5.1", "Need RCPT before DATA"));
    if (m_chunkingUsed)
        return send(Reply(503, "5.5.1", "DATA cannot follow BDAT in one transaction (RFC 3030)"));
    if (m_envelope.mailParameters.value("BODY").toUpper() == "BINARYMIME")
        return send(Reply(503, "5.5.1", "BODY=BINARYMIME needs BDAT, not DATA (RFC 3030)"));
    m_spool = m_context.store->createSpool();
    m_dotReader = DotBodyReader();
    m_messageTooBig = false;
    setState(State::Data);
    startBodyStream();
    send(Reply(354, {}, "End data with <CR><LF>.<CR><LF>"));
}

void SmtpSession::handleBdat(const CommandLine &command)
{
    const QList<QByteArray> words = command.argument.split(' ');
    bool sizeOk = !words.isEmpty() && !words[0].isEmpty() && words[0].size() <= 18;
    for (char c : sizeOk ? words[0] : QByteArray())
        sizeOk = sizeOk && c >= '0' && c <= '9';
    const bool last = words.size() == 2 && words[1].toUpper() == "LAST";
    if (!sizeOk || words.size() > 2 || (words.size() == 2 && !last))
        return send(Reply(501, "5.5.4", "Syntax: BDAT size [LAST]"));
    m_chunkRemaining = words[0].toLongLong();
    m_chunkSize = m_chunkRemaining;
    m_chunkLast = last;
    m_stateBeforeChunk = m_state;
    // The chunk is read whatever the reply, so the next command is found where the client put it.
    m_chunkError = Reply();
    if (!settings().isEnabled(Extension::Chunking))
        m_chunkError = Reply(502, "5.5.1", "BDAT is disabled on this server (CHUNKING is off)");
    else if (m_state == State::Greeting || m_state == State::Ready)
        m_chunkError = Reply(503, "5.5.1", "Need MAIL and RCPT before BDAT");
    else if (m_state == State::Mail)
        m_chunkError = m_rcptAttempts > 0 ? Reply(554, "5.5.1", "No valid recipients")
                                          : Reply(503, "5.5.1", "Need RCPT before BDAT");
    else if (!m_chunkingUsed) {
        m_chunkingUsed = true;
        m_messageTooBig = false;
        m_spool = m_context.store->createSpool();
        startBodyStream();
    }
    setState(State::Chunking);
}

void SmtpSession::handleRset(const CommandLine &command)
{
    if (!command.argument.isEmpty())
        return send(Reply(501, "5.5.4", "Syntax: RSET (no argument)"));
    resetTransaction();
    send(Reply(250, "2.0.0", "OK"));
}

void SmtpSession::handleNoop(const CommandLine &) { send(Reply(250, "2.0.0", "OK")); }

void SmtpSession::handleVrfy(const CommandLine &command)
{
    if (command.argument.isEmpty())
        return send(Reply(501, "5.5.4", "Syntax: " + command.verb + " address"));
    // RFC 5321 3.5.3: 252 when the server will not verify but accepts mail anyway.
    send(Reply(252, "2.5.0", "Cannot " + command.verb + " user, but will accept message and attempt delivery"));
}

void SmtpSession::handleHelp(const CommandLine &)
{
    QByteArray commands = isLmtp() ? "LHLO" : "HELO EHLO";
    commands += " MAIL RCPT DATA";
    if (settings().isEnabled(Extension::Chunking))
        commands += " BDAT";
    commands += " RSET NOOP VRFY HELP QUIT";
    if (settings().tls.startTls != StartTlsMode::Off)
        commands += " STARTTLS";
    if (settings().auth.mode != AuthMode::Off)
        commands += " AUTH";
    if (settings().xclient)
        commands += " XCLIENT";
    if (settings().xforward)
        commands += " XFORWARD";
    send(Reply(214, "2.0.0", QList<QByteArray> { "Mailscope test server, commands:", commands }));
}

void SmtpSession::handleQuit(const CommandLine &)
{
    closeWith(Reply(221, "2.0.0", hostName() + " closing connection"));
}

} // namespace Mailscope

namespace Mailscope {

void SmtpSession::finishMessage()
{
    const bool viaData = m_state == State::Data;
    if (m_bodyStream)
        m_bodyStream->finish();
    const qint64 size = m_messageTooBig ? m_dotReader.wireBytes() : m_spool->size();
    note("[message body: " + QByteArray::number(size) + " bytes]");
    Reply failure;
    if (m_messageTooBig) {
        failure = Reply(552, "5.3.4", "Message size exceeds fixed maximum message size");
    } else if (m_spool->hasFailed()) {
        failure = Reply(452, "4.3.1", "Insufficient system storage: " + m_spool->errorString().toUtf8());
    } else if (viaData && (m_dotReader.bareLineFeeds() || m_dotReader.bareCarriageReturns())) {
        const QByteArray counts = QByteArray::number(m_dotReader.bareLineFeeds()) + " bare LF and "
            + QByteArray::number(m_dotReader.bareCarriageReturns()) + " bare CR";
        if (settings().strictLineEndings)
            failure = Reply(554, "5.6.0", "Message has " + counts + " (RFC 5321 2.3.8); strict line endings are on");
        else
            note("message has " + counts + ", kept as received");
    }
    if (failure.isValid()) {
        resetTransaction();
        return send(failure);
    }
    setState(State::Recipients);
    ask([this](VerdictCallback done) { m_context.handler->checkData(m_info, m_envelope, *m_spool, std::move(done)); },
        [this](const Verdict &verdict) { storeMessage(verdict); });
}

Reply SmtpSession::defaultStoredReply(qint64 id) const
{
    return Reply(250, "2.0.0", "Ok: queued as " + QByteArray::number(id));
}

void SmtpSession::storeMessage(const Verdict &verdict)
{
    if (verdict.kind == Verdict::Kind::Disconnect)
        return abort();
    // SMTP: one reply for the message. LMTP: one per accepted recipient, in order (RFC 2033 4.2).
    const qsizetype count = isLmtp() ? m_envelope.recipients.size() : 1;
    QList<Reply> replies(count);
    Envelope accepted = m_envelope;
    accepted.recipients.clear();
    for (qsizetype i = 0; i < count; ++i) {
        if (i < verdict.recipientReplies.size())
            replies[i] = verdict.recipientReplies[i];
        else if (verdict.kind == Verdict::Kind::Reply)
            replies[i] = verdict.reply;
        const bool ok = !replies[i].isValid() || replies[i].isPositive();
        if (ok && isLmtp())
            accepted.recipients.append(m_envelope.recipients[i]);
        else if (ok)
            accepted.recipients = m_envelope.recipients;
    }
    if (accepted.recipients.isEmpty()) {
        resetTransaction();
        for (const Reply &reply : std::as_const(replies))
            send(reply);
        return;
    }
    // The replies wait for the store's group commit: a 250 always names a stored message.
    auto result = std::make_shared<MessageStore::AddResult>();
    ask(
        [this, accepted, result](VerdictCallback done) {
            m_context.store->queueMessage(std::move(m_spool), accepted, m_info,
                [result, done = std::move(done)](const MessageStore::AddResult &added) {
                    *result = added;
                    done(Verdict::accept());
                });
        },
        [this, replies, result](const Verdict &) { replyStored(*result, replies); });
}

void SmtpSession::replyStored(const MessageStore::AddResult &result, QList<Reply> replies)
{
    for (qsizetype i = 0; i < replies.size(); ++i) {
        Reply &reply = replies[i];
        if (reply.isValid() && !reply.isPositive())
            continue;
        if (!result.ok())
            reply = Reply(452, "4.3.1", "Insufficient system storage: " + result.error.toUtf8());
        else if (!reply.isValid() && isLmtp())
            reply = Reply(250, "2.1.5", '<' + m_envelope.recipients[i].address.toUtf8() + "> Ok: queued as "
                              + QByteArray::number(result.id));
        else if (!reply.isValid())
            reply = defaultStoredReply(result.id);
    }
    if (result.ok()) {
        ++m_info.transactionCount;
        note("[message stored as " + QByteArray::number(result.id) + "]");
        Q_EMIT infoChanged(m_info);
        Q_EMIT messageStored(result.id);
    } else {
        note("message not stored: " + result.error.toUtf8());
    }
    resetTransaction();
    for (const Reply &reply : std::as_const(replies))
        send(reply);
}

} // namespace Mailscope
