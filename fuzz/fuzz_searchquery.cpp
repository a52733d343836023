// libFuzzer: a search in Mailpit's query syntax, as typed into the window or the API.
#include "store/searchquery.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)Mailscope::SearchQuery::parse(text);
    return 0;
}
