#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QString>

namespace Mailscope {

enum class Protocol { Smtp, Lmtp };

[[nodiscard]] inline QString protocolName(Protocol p) { return p == Protocol::Lmtp ? QStringLiteral("lmtp") : QStringLiteral("smtp"); }

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
};

} // namespace Mailscope
