#pragma once

namespace Mailscope {

struct ParsedMessage;

// Fills textBody, htmlBody and attachments from the MIME tree the way a mail client
// shows a message: the best alternative of each kind, the root of a related group with
// its resources inline, the inline text parts of a mixed group in order, and every
// other leaf (and every embedded message) as an attachment.
void selectBodies(ParsedMessage &message);

} // namespace Mailscope
