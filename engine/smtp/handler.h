#pragma once

#include "auth/sasl.h"
#include "smtp/envelope.h"
#include "smtp/reply.h"
#include "smtp/sessioninfo.h"

#include <QList>
#include <functional>
#include <optional>

class QIODevice;

namespace Mailscope {

class MessageSpool;

// A handler's answer to one decision point.
struct Verdict {
    enum class Kind { Accept, Reply, Disconnect };
    Kind kind = Kind::Accept;
    Reply reply; // for Kind::Reply: a 2xx accepts with this text, 4xx/5xx rejects
    // LMTP end of data: one reply per accepted recipient, in order (RFC 2033 4.2);
    // empty: every recipient gets `reply` (or the default).
    QList<Reply> recipientReplies;
    // RCPT: the address to keep instead of the one the client gave (a rule's rewrite).
    std::optional<QString> rewrittenAddress;
    // Why: a line for the transcript ("rule 2 \"Greylist\": reject 450 4.7.1").
    QByteArray note;

    [[nodiscard]] static Verdict accept() { return {}; }
    [[nodiscard]] static Verdict withReply(const Reply &reply)
    {
        Verdict verdict;
        verdict.kind = Kind::Reply;
        verdict.reply = reply;
        return verdict;
    }
    [[nodiscard]] static Verdict disconnect()
    {
        Verdict verdict;
        verdict.kind = Kind::Disconnect;
        return verdict;
    }
    [[nodiscard]] bool rejects() const { return kind == Kind::Reply && !reply.isPositive(); }
};

// Called once, in the session's thread, now or later; calls after the session closed are ignored.
using VerdictCallback = std::function<void(const Verdict &)>;

// The decisions a server asks about. Each may answer at once or later (after a
// database look-up, a timer, a rule's delay); the session stops reading until it
// does, so pipelined commands wait their turn. The defaults accept everything.
class SessionHandler {
public:
    virtual ~SessionHandler();

    virtual void checkConnect(const SessionInfo &session, VerdictCallback done);
    // HELO, EHLO or LHLO with the name the client gave (session.heloName is still the previous one).
    virtual void checkHelo(const SessionInfo &session, const QString &name, VerdictCallback done);
    // Just after a TLS handshake: session.tls holds the version, cipher, SNI name and client certificate subject.
    virtual void checkTls(const SessionInfo &session, VerdictCallback done);
    // After an AUTH exchange; `credentialsValid` says whether they match the configured users
    // (always true when any user is accepted). The default rejects invalid ones with 535.
    virtual void checkAuth(const SessionInfo &session, const SaslCredentials &credentials, bool credentialsValid,
                           VerdictCallback done);
    virtual void checkMailFrom(const SessionInfo &session, const QString &address,
                               const MailParameters &parameters, VerdictCallback done);
    virtual void checkRcptTo(const SessionInfo &session, const Envelope &envelope, const Recipient &recipient,
                             VerdictCallback done);
    // The whole body is in `body` (readable with openReader()); it is stored only if accepted.
    virtual void checkData(const SessionInfo &session, const Envelope &envelope, const MessageSpool &body,
                           VerdictCallback done);
    // Opt in to read each body while it arrives: dataStarted() then gets a sequential device that
    // grows until readChannelFinished(); it is deleted with the transaction. Off by default, as an
    // unread stream would hold the whole body in memory.
    [[nodiscard]] virtual bool wantsBodyStream() const;
    virtual void dataStarted(const SessionInfo &session, const Envelope &envelope, QIODevice *body);
    virtual void sessionClosed(const SessionInfo &session);
};

} // namespace Mailscope
