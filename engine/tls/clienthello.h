#pragma once

#include <QByteArrayView>
#include <QString>

namespace Mailscope {

// What the first bytes of a TLS handshake say before any of it is consumed: the SNI name
// picks the certificate, because Qt 6.4 has no server-side SNI callback.
struct ClientHelloPeek {
    enum class Status { NeedMore, Complete, NotTls };
    Status status = Status::NeedMore;
    QString serverName; // SNI host_name (lower-case), empty if the client sent none
};

// Looks at the start of a TLS stream (one or more TLS records, the ClientHello may span records).
// NeedMore until the ClientHello's extensions are all there (give up with Complete and no name past 16 KiB +
// 5); NotTls when the first byte is not a TLS handshake record (0x16) or a length is impossible.
[[nodiscard]] ClientHelloPeek peekClientHello(QByteArrayView bytes);

} // namespace Mailscope
