// libFuzzer: the PROXY protocol v1/v2 header at the start of a connection.
#include "smtp/proxyheader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Mailscope::ProxyHeader header = Mailscope::parseProxyHeader(bytes);
    // The session consumes `length` bytes of what it has: a header can never claim more.
    if (header.status == Mailscope::ProxyHeader::Status::Complete
        && (header.length <= 0 || header.length > bytes.size()))
        std::abort();
    return 0;
}
