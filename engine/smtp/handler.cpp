#include "smtp/handler.h"

namespace Mailscope {

SessionHandler::~SessionHandler() = default;

void SessionHandler::checkConnect(const SessionInfo &, VerdictCallback done) { done(Verdict::accept()); }

void SessionHandler::checkHelo(const SessionInfo &, const QString &, VerdictCallback done) { done(Verdict::accept()); }

void SessionHandler::checkTls(const SessionInfo &, VerdictCallback done) { done(Verdict::accept()); }

bool SessionHandler::wantsBodyStream() const { return false; }

void SessionHandler::dataStarted(const SessionInfo &, const Envelope &, QIODevice *) { }

void SessionHandler::checkAuth(const SessionInfo &, const SaslCredentials &, bool credentialsValid,
                               VerdictCallback done)
{
    done(credentialsValid ? Verdict::accept()
                          : Verdict::withReply(Reply(535, "5.7.8", "Authentication credentials invalid")));
}

void SessionHandler::checkMailFrom(const SessionInfo &, const QString &, const MailParameters &, VerdictCallback done)
{
    done(Verdict::accept());
}

void SessionHandler::checkRcptTo(const SessionInfo &, const Envelope &, const Recipient &, VerdictCallback done)
{
    done(Verdict::accept());
}

void SessionHandler::checkData(const SessionInfo &, const Envelope &, const MessageSpool &, VerdictCallback done)
{
    done(Verdict::accept());
}

void SessionHandler::sessionClosed(const SessionInfo &) { }

} // namespace Mailscope
