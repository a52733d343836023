#pragma once

// Building binary protocol bytes in tests (TLS records, PROXY v2 headers): big-endian numbers
// and length-prefixed fields.

#include <QByteArray>

namespace Mailscope::TestBytes {

inline QByteArray bigEndian(quint32 value, int size)
{
    QByteArray out;
    for (int i = size - 1; i >= 0; --i)
        out += char((value >> (8 * i)) & 0xff);
    return out;
}

// `body` after its length in `lengthSize` bytes (a TLS vector, a PROXY v2 TLV's value).
inline QByteArray lengthPrefixed(const QByteArray &body, int lengthSize)
{
    return bigEndian(quint32(body.size()), lengthSize) + body;
}

} // namespace Mailscope::TestBytes
