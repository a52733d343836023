#include "smtp/commandline.h"

namespace Mailscope {

CommandLine parseCommandLine(const QByteArray &line)
{
    CommandLine result;
    qsizetype end = line.size();
    while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t'))
        --end;
    qsizetype verbEnd = 0;
    while (verbEnd < end && line[verbEnd] != ' ')
        ++verbEnd;
    result.verb = line.left(verbEnd).toUpper();
    for (char c : result.verb)
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            result.wellFormed = false;
    if (verbEnd < end)
        result.argument = line.mid(verbEnd + 1, end - verbEnd - 1);
    return result;
}

} // namespace Mailscope
