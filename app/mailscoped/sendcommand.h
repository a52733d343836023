#pragma once

#include <QStringList>

namespace Mailscope {

// `mailscoped send ...`: arguments start with the program name, then "send"'s options.
// Returns the exit status: 0 when every recipient was accepted, 1 otherwise, 2 for bad options.
[[nodiscard]] int runSendCommand(const QStringList &arguments);

} // namespace Mailscope
