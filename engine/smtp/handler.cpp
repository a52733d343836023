#include "smtp/handler.h"

namespace Mailscope {

SessionHandler::~SessionHandler() = default;

void SessionHandler::checkConnect(const SessionInfo &, VerdictCallback done) { done(Verdict::accept()); }

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
