#pragma once

#include <QByteArrayView>
#include <QHostAddress>
#include <QString>

namespace Mailscope {

// The HAProxy PROXY protocol header (v1 text, v2 binary) a proxy in front sends before the
// client's first byte, naming the real client. Spec: haproxy doc/proxy-protocol.txt.
struct ProxyHeader {
    enum class Status { NeedMore, Complete, Invalid };
    Status status = Status::NeedMore;
    qsizetype length = 0; // bytes the header takes, to consume when Complete
    int version = 0; // 1 or 2
    bool local = false; // v2 LOCAL command or v1 "UNKNOWN": no addresses, use the real peer
    QHostAddress sourceAddress, destinationAddress;
    quint16 sourcePort = 0, destinationPort = 0;
    QString error; // for Invalid: what was wrong, for the transcript
};

// Parses the header at the start of `bytes` (v1 text line up to 107 bytes, or v2 binary with TLVs skipped;
// TCP over IPv4/IPv6; v2 UNIX/UDP families → Complete with local = true).
// NeedMore only while the bytes seen so far are a prefix of a possible header.
[[nodiscard]] ProxyHeader parseProxyHeader(QByteArrayView bytes);

} // namespace Mailscope
