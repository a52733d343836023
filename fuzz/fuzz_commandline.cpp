// libFuzzer: one SMTP command line, as the session hands it to parseCommandLine.
#include "smtp/commandline.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray line(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Mailscope::CommandLine parsed = Mailscope::parseCommandLine(line);
    // The verb is upper case and the argument is a part of the line: neither can be longer.
    if (parsed.verb.size() + parsed.argument.size() > line.size())
        std::abort();
    if (parsed.verb != parsed.verb.toUpper())
        std::abort();
    return 0;
}
