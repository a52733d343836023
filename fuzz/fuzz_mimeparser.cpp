// libFuzzer: a whole message through GMime and our tree, text and summary extraction.
#include "mime/mimeparser.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Mailscope::MimeParser::Options options;
    options.textLimit = 64 * 1024; // keeps each run fast; the cut-off is part of what is fuzzed
    const QByteArray raw(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)Mailscope::MimeParser::parse(raw, options);
    return 0;
}
