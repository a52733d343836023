// libFuzzer: MAIL FROM and RCPT TO arguments (path and parameters) and the bare mailbox grammar.
#include "smtp/pathgrammar.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray argument(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (const Mailscope::PathResult& result :
        { Mailscope::parseMailFromArgument(argument), Mailscope::parseRcptToArgument(argument) }) {
        // A refused path carries the reply the client gets; an accepted one needs none.
        if (!result.ok && !result.error.isValid())
            std::abort();
    }
    bool hasNonAscii = false;
    (void)Mailscope::isValidMailbox(argument, &hasNonAscii);
    return 0;
}
