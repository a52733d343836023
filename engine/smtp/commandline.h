#pragma once

#include <QByteArray>

namespace Mailscope {

// "MAIL FROM:<a@b> SIZE=10" -> verb "MAIL", argument "FROM:<a@b> SIZE=10".
struct CommandLine {
    QByteArray verb; // upper case; empty when the line has no verb at all
    QByteArray argument; // the rest after the first space, trailing blanks removed
    bool wellFormed = true; // false when the verb holds something other than letters
};

[[nodiscard]] CommandLine parseCommandLine(const QByteArray &line);

} // namespace Mailscope
