#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QMap>
#include <QString>

namespace Mailscope {

enum class Protocol { Smtp, Lmtp };

[[nodiscard]] inline QString protocolName(Protocol p) { return p == Protocol::Lmtp ? QStringLiteral("lmtp") : QStringLiteral("smtp"); }

// What TLS a session ended up with; empty while the connection is plain.
struct TlsInfo {
    bool active = false;
    bool implicit = false; // smtps:// (TLS from the first byte) rather than STARTTLS
    QString protocol; // "TLSv1.3"
    QString cipher; // "TLS_AES_256_GCM_SHA384"
    QString serverName; // SNI the client asked for
    QString peerSubject; // the client certificate's subject, when one was requested and given

    friend bool operator==(const TlsInfo &, const TlsInfo &) = default;
};

// The facts of one connection, as an observer or a handler sees them.
struct SessionInfo {
    QString id;
    QString listener; // e.g. "smtp://127.0.0.1:1025"
    Protocol protocol = Protocol::Smtp;
    QHostAddress remoteAddress;
    quint16 remotePort = 0;
    QHostAddress localAddress;
    quint16 localPort = 0;
    QString clientHostName; // reverse DNS, filled in later; empty until known
    QByteArray openingCommand; // HELO, EHLO or LHLO
    QString heloName;
    int transactionCount = 0; // messages accepted in this session
    QString transmissionType; // RFC 3848: SMTP, ESMTP, LMTP
    QDateTime started;
    QDateTime ended;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    TlsInfo tls;
    QString authUser; // empty until AUTH succeeds
    QString authMechanism;
    // What a proxy or relay in front said of the real client (PROXY, XCLIENT, XFORWARD),
    // keyed by attribute name in upper case (ADDR, PORT, NAME, HELO, PROTO, LOGIN, ...).
    QMap<QString, QString> forwarded;
};

} // namespace Mailscope
