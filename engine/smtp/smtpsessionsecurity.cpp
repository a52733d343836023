// SmtpSession's security side: the PROXY header, implicit TLS and STARTTLS,
// AUTH exchanges, and XCLIENT/XFORWARD from proxies in front.
#include "smtp/smtpsession.h"

#include "smtp/commandline.h"
#include "smtp/proxyheader.h"
#include "tls/clienthello.h"
#include "tls/tlscontext.h"

#include <QSslCipher>
#include <QSslSocket>

namespace Mailscope {

namespace {

// A PROXY v2 header is at most 16 + 65535 bytes; a ClientHello record 5 + 16384.
constexpr qint64 ProxyPeekLimit = 16 + 65535;
constexpr qint64 ClientHelloPeekLimit = 5 + 16384 + 5 + 16384;

const QList<QByteArray> XclientAttributes { "NAME", "ADDR", "PORT", "PROTO", "HELO", "LOGIN", "DESTADDR", "DESTPORT" };
const QList<QByteArray> XforwardAttributes { "NAME", "ADDR", "PORT", "PROTO", "HELO", "IDENT", "SOURCE" };

// RFC 3461 xtext: "+HH" stands for a byte.
QByteArray decodeXtext(const QByteArray &text, bool *ok)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != '+') {
            out += text[i];
            continue;
        }
        const QByteArray hex = text.mid(i + 1, 2);
        bool hexOk = false;
        const int value = hex.size() == 2 ? hex.toInt(&hexOk, 16) : 0;
        if (!hexOk) {
            *ok = false;
            return {};
        }
        out += char(value);
        i += 2;
    }
    return out;
}

bool decodeBase64(const QByteArray &text, QByteArray *out)
{
    const auto result = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *out = result.decoded;
    return true;
}

} // namespace

// ---- before the greeting, and STARTTLS -------------------------------------

void SmtpSession::readPrelude()
{
    if (m_waiting == Waiting::ProxyHeader)
        readProxyHeader();
    else if (m_waiting == Waiting::ClientHello)
        readClientHello();
}

void SmtpSession::readProxyHeader()
{
    const QByteArray bytes = m_socket->peek(ProxyPeekLimit);
    const ProxyHeader header = parseProxyHeader(bytes);
    if (header.status == ProxyHeader::Status::NeedMore)
        return;
    if (header.status == ProxyHeader::Status::Invalid) {
        note("PROXY header refused: " + header.error.toUtf8());
        return abort();
    }
    m_info.bytesIn += m_socket->read(header.length).size();
    m_preludeTimer.stop();
    m_waiting = Waiting::Nothing;
    if (header.local) {
        note("PROXY v" + QByteArray::number(header.version) + " header without addresses (LOCAL): the peer is the client");
    } else {
        m_info.forwarded.insert(QStringLiteral("ADDR"), header.sourceAddress.toString());
        m_info.forwarded.insert(QStringLiteral("PORT"), QString::number(header.sourcePort));
        m_info.forwarded.insert(QStringLiteral("DESTADDR"), header.destinationAddress.toString());
        m_info.forwarded.insert(QStringLiteral("DESTPORT"), QString::number(header.destinationPort));
        note("PROXY v" + QByteArray::number(header.version) + ": client " + header.sourceAddress.toString().toUtf8()
             + " port " + QByteArray::number(header.sourcePort) + ", through " + m_info.remoteAddress.toString().toUtf8());
        Q_EMIT infoChanged(m_info);
    }
    afterProxyHeader();
}

void SmtpSession::afterProxyHeader()
{
    if (!m_implicitTls)
        return greetClient();
    if (!tlsAvailable()) {
        note("implicit TLS listener without a certificate");
        return abort();
    }
    beginTls();
}

void SmtpSession::beginTls()
{
    m_idleTimer.stop();
    m_waiting = Waiting::ClientHello;
    m_preludeTimer.start(settings().tls.handshakeTimeoutSeconds * 1000);
    if (m_socket->bytesAvailable() > 0)
        readClientHello();
}

void SmtpSession::readClientHello()
{
    // Peeked, not read: the TLS library must see the ClientHello whole. The SNI name in
    // it picks the certificate, as Qt has no server-side SNI callback.
    const ClientHelloPeek hello = peekClientHello(m_socket->peek(ClientHelloPeekLimit));
    if (hello.status == ClientHelloPeek::Status::NeedMore)
        return;
    if (hello.status == ClientHelloPeek::Status::NotTls) {
        const QByteArray start = m_socket->peek(40).replace('\r', ' ').replace('\n', ' ');
        note("expected a TLS handshake, the client sent \"" + start + "\"");
        return abort();
    }
    m_info.tls.serverName = hello.serverName;
    m_waiting = Waiting::Handshake;
    m_socket->setSslConfiguration(m_context.tls->configurationFor(hello.serverName));
    m_socket->startServerEncryption();
}

void SmtpSession::onEncrypted()
{
    m_preludeTimer.stop();
    m_waiting = Waiting::Nothing;
    const QSslCipher cipher = m_socket->sessionCipher();
    m_info.tls.active = true;
    m_info.tls.implicit = m_implicitTls;
    m_info.tls.protocol = cipher.protocolString();
    m_info.tls.cipher = cipher.name();
    const QSslCertificate peer = m_socket->peerCertificate();
    if (!peer.isNull())
        m_info.tls.peerSubject = peer.subjectDisplayName();
    QByteArray text = "TLS established: " + m_info.tls.protocol.toUtf8() + ", " + m_info.tls.cipher.toUtf8();
    if (!m_info.tls.serverName.isEmpty())
        text += ", SNI " + m_info.tls.serverName.toUtf8();
    if (!m_info.tls.peerSubject.isEmpty())
        text += ", client certificate \"" + m_info.tls.peerSubject.toUtf8() + '"';
    note(text);
    ask([this](VerdictCallback done) { m_context.handler->checkTls(m_info, std::move(done)); },
        [this](const Verdict &verdict) {
            if (verdict.kind == Verdict::Kind::Disconnect)
                return abort();
            if (verdict.rejects())
                return closeWith(verdict.reply);
            continueAfterTls();
        });
}

void SmtpSession::continueAfterTls()
{
    if (!m_greeted) { // implicit TLS: the greeting comes over TLS
        updateTransmissionType();
        Q_EMIT infoChanged(m_info);
        return greetClient();
    }
    // RFC 3207 4.2: everything learnt before TLS is forgotten; the client starts with EHLO again.
    m_info.heloName.clear();
    m_extended = false;
    resetTransaction();
    updateTransmissionType();
    Q_EMIT infoChanged(m_info);
    restartIdleTimer();
    processInput();
}

void SmtpSession::onPreludeTimeout()
{
    const int seconds = settings().tls.handshakeTimeoutSeconds;
    if (m_waiting == Waiting::ProxyHeader)
        note("no PROXY header within " + QByteArray::number(seconds) + " s");
    else
        note("TLS handshake not finished within " + QByteArray::number(seconds) + " s");
    abort();
}

void SmtpSession::handleStartTls(const CommandLine &command)
{
    const StartTlsMode mode = settings().tls.startTls;
    if (mode == StartTlsMode::Off)
        return send(Reply(502, "5.5.1", "STARTTLS is off on this server"));
    if (!command.argument.isEmpty())
        return send(Reply(501, "5.5.4", "Syntax: STARTTLS (no argument)"));
    if (m_info.tls.active)
        return send(Reply(503, "5.5.1", "TLS is already active"));
    if (m_state == State::Greeting)
        return send(Reply(503, "5.5.1", "Send EHLO first"));
    if (m_state != State::Ready)
        return send(Reply(503, "5.5.1", "STARTTLS is not allowed during a mail transaction"));
    if (!tlsAvailable())
        return send(Reply(454, "4.7.0", "TLS not available: no certificate loaded"));
    // RFC 3207 5: whatever the client sent after STARTTLS is not to be trusted; drop it.
    if (!m_input.isEmpty()) {
        note(QByteArray::number(m_input.size()) + " bytes sent after STARTTLS before the handshake discarded");
        m_input.consume(m_input.size());
    }
    send(Reply(220, "2.0.0", "Ready to start TLS"));
    beginTls();
}

// ---- AUTH -----------------------------------------------------------------

Reply SmtpSession::securityRefusal(bool forAuth) const
{
    if (settings().tls.startTls == StartTlsMode::Require && !m_info.tls.active)
        return Reply(530, "5.7.0", "Must issue a STARTTLS command first");
    if (!forAuth && settings().auth.mode == AuthMode::Required && m_info.authUser.isEmpty())
        return Reply(530, "5.7.0", "Authentication required");
    return {};
}

void SmtpSession::handleAuth(const CommandLine &command)
{
    const AuthSettings &auth = settings().auth;
    if (auth.mode == AuthMode::Off)
        return send(Reply(502, "5.5.1", "AUTH is off on this server"));
    if (!m_extended)
        return send(Reply(503, "5.5.1", "Send EHLO first"));
    if (!m_info.authUser.isEmpty())
        return send(Reply(503, "5.5.1", "Already authenticated"));
    if (m_state != State::Ready)
        return send(Reply(503, "5.5.1", "AUTH is not allowed during a mail transaction"));
    if (const Reply refusal = securityRefusal(true); refusal.isValid())
        return send(refusal);
    const QList<QByteArray> words = command.argument.split(' ');
    if (command.argument.isEmpty() || words.size() > 2)
        return send(Reply(501, "5.5.4", "Syntax: AUTH mechanism [initial-response]"));
    const std::optional<SaslMechanism> mechanism = saslMechanismFromName(words[0]);
    if (!mechanism || !auth.offers(*mechanism))
        return send(Reply(504, "5.5.4", "Unrecognized authentication type " + words[0].left(32)));
    if (!m_info.tls.active && !auth.allowInsecure)
        return send(Reply(538, "5.7.11", "Encryption required for requested authentication mechanism"));
    std::optional<QByteArray> initial;
    if (words.size() == 2) {
        QByteArray decoded;
        if (words[1] != "=" && !decodeBase64(words[1], &decoded))
            return send(Reply(501, "5.5.2", "Cannot decode the initial response (not base64)"));
        initial = decoded;
    }
    m_sasl = std::make_unique<SaslServer>(*mechanism, hostName());
    m_pendingAuthFailure = Reply();
    continueAuth(m_sasl->start(initial));
}

void SmtpSession::handleAuthResponse(const QByteArray &line)
{
    if (m_pendingAuthFailure.isValid()) {
        m_sasl.reset();
        return countAuthFailure(std::exchange(m_pendingAuthFailure, Reply()));
    }
    if (line == "*") {
        m_sasl.reset();
        return send(Reply(501, "5.7.0", "Authentication cancelled"));
    }
    QByteArray decoded;
    if (!decodeBase64(line, &decoded)) {
        m_sasl.reset();
        return send(Reply(501, "5.5.2", "Cannot decode the response (not base64), authentication aborted"));
    }
    continueAuth(m_sasl->respond(decoded));
}

void SmtpSession::continueAuth(const SaslServer::Step &step)
{
    switch (step.kind) {
    case SaslServer::Step::Kind::Challenge:
        return send(Reply(334, {}, step.challenge.toBase64()));
    case SaslServer::Step::Kind::Malformed:
        m_sasl.reset();
        return send(Reply(501, "5.5.2", step.error));
    case SaslServer::Step::Kind::Done:
        break;
    }
    finishAuth();
}

void SmtpSession::finishAuth()
{
    const SaslCredentials credentials = m_sasl->credentials();
    const AuthSettings &auth = settings().auth;
    note("AUTH " + credentials.describe(auth.revealPasswords));
    bool valid = auth.users.isEmpty();
    for (const AuthUser &user : auth.users)
        valid = valid || (user.name == credentials.user && credentials.matches(user.password));
    ask([this, credentials, valid](VerdictCallback done) {
            m_context.handler->checkAuth(m_info, credentials, valid, std::move(done));
        },
        [this, credentials](const Verdict &verdict) {
            if (verdict.kind == Verdict::Kind::Disconnect)
                return abort();
            if (verdict.rejects())
                return failAuth(verdict.reply);
            m_sasl.reset();
            m_info.authUser = credentials.user;
            m_info.authMechanism = QString::fromLatin1(saslMechanismName(credentials.mechanism));
            updateTransmissionType();
            Q_EMIT infoChanged(m_info);
            send(verdict.kind == Verdict::Kind::Reply ? verdict.reply
                                                      : Reply(235, "2.7.0", "Authentication successful"));
        });
}

void SmtpSession::failAuth(const Reply &reply)
{
    // XOAUTH2 fails with a JSON error challenge; the client answers it with an empty line.
    if (m_sasl && m_sasl->credentials().mechanism == SaslMechanism::XOAuth2) {
        m_pendingAuthFailure = reply;
        return send(Reply(334, {}, QByteArray(R"({"status":"401","schemes":"bearer","scope":"https://mail.google.com/"})").toBase64()));
    }
    m_sasl.reset();
    countAuthFailure(reply);
}

void SmtpSession::countAuthFailure(const Reply &reply)
{
    send(reply);
    if (++m_authFailures >= settings().auth.maxFailures)
        closeWith(Reply(421, "4.7.0", hostName() + " Too many authentication failures, closing connection"));
}

QByteArray SmtpSession::transcriptText(const QByteArray &line) const
{
    if (settings().auth.revealPasswords)
        return line;
    if (m_sasl)
        return m_sasl->expectsSecret() && !m_pendingAuthFailure.isValid() && line != "*"
            ? "[credentials hidden: " + QByteArray::number(line.size()) + " bytes of base64]"
            : line;
    const QList<QByteArray> words = line.split(' ');
    if (words.size() == 3 && words[0].compare("AUTH", Qt::CaseInsensitive) == 0) {
        const auto mechanism = saslMechanismFromName(words[1]);
        if (mechanism == SaslMechanism::Plain || mechanism == SaslMechanism::XOAuth2)
            return words[0] + ' ' + words[1] + " [credentials hidden]";
    }
    return line;
}

// ---- XCLIENT and XFORWARD (Postfix) ----------------------------------------

void SmtpSession::applyForwarded(const CommandLine &command, const QList<QByteArray> &known, bool *ok)
{
    QMap<QString, QString> values;
    for (const QByteArray &pair : command.argument.split(' ')) {
        const qsizetype equals = pair.indexOf('=');
        const QByteArray name = pair.left(equals).toUpper();
        bool decoded = equals > 0;
        const QByteArray value = decodeXtext(pair.mid(equals + 1), &decoded);
        if (!decoded || !known.contains(name)) {
            *ok = false;
            return send(Reply(501, "5.5.4", "Bad " + command.verb + " attribute: " + pair.left(40)));
        }
        values.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    }
    m_info.forwarded.insert(values);
    *ok = true;
}

void SmtpSession::handleXclient(const CommandLine &command)
{
    if (!settings().xclient)
        return send(Reply(502, "5.5.1", "XCLIENT is off on this server"));
    if (command.argument.isEmpty())
        return send(Reply(501, "5.5.4", "Syntax: XCLIENT attribute=value ..."));
    if (m_state != State::Ready && m_state != State::Greeting)
        return send(Reply(503, "5.5.1", "XCLIENT is not allowed during a mail transaction"));
    bool ok = false;
    applyForwarded(command, XclientAttributes, &ok);
    if (!ok)
        return;
    const QString login = m_info.forwarded.value(QStringLiteral("LOGIN"));
    if (!login.isEmpty() && !login.startsWith(u'[')) {
        m_info.authUser = login;
        m_info.authMechanism = QStringLiteral("XCLIENT");
    }
    // Postfix: the session starts over as if the named client had just connected.
    m_info.heloName.clear();
    m_extended = false;
    resetTransaction();
    updateTransmissionType();
    Q_EMIT infoChanged(m_info);
    send(Reply(220, {}, hostName() + ' ' + settings().banner.toUtf8()));
}

void SmtpSession::handleXforward(const CommandLine &command)
{
    if (!settings().xforward)
        return send(Reply(502, "5.5.1", "XFORWARD is off on this server"));
    if (command.argument.isEmpty())
        return send(Reply(501, "5.5.4", "Syntax: XFORWARD attribute=value ..."));
    if (m_state != State::Ready)
        return send(Reply(503, "5.5.1", m_state == State::Greeting ? "Send EHLO first"
                                                                  : "XFORWARD is not allowed during a mail transaction"));
    bool ok = false;
    applyForwarded(command, XforwardAttributes, &ok);
    if (!ok)
        return;
    Q_EMIT infoChanged(m_info);
    send(Reply(250, "2.0.0", "Ok"));
}

} // namespace Mailscope
