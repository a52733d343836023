#pragma once

#include "smtp/envelope.h"
#include "smtp/reply.h"

namespace Mailscope {

struct ServerSettings;

// Checks MAIL FROM parameters against the extensions in force (on or hidden):
// SIZE (RFC 1870), BODY (RFC 6152, 3030), SMTPUTF8 (RFC 6531), RET and ENVID (RFC 3461).
// Returns an invalid Reply when they are acceptable.
[[nodiscard]] Reply checkMailParameters(const MailParameters &parameters, const ServerSettings &settings);

// RCPT TO parameters: NOTIFY and ORCPT (RFC 3461).
[[nodiscard]] Reply checkRcptParameters(const MailParameters &parameters, const ServerSettings &settings);

// RFC 3461 4: xtext = *( xchar / "+" 2HEXCHAR )
[[nodiscard]] bool isXtext(const QByteArray &text);

} // namespace Mailscope
