#pragma once

#include <QString>

namespace Mailscope {

// How the HTTP API listens and whom it lets in. Safe by default: loopback only, no CORS.
struct ApiSettings {
    static constexpr quint16 DefaultPort = 8025; // Mailpit's, so its clients only change the host
    static constexpr qint64 DefaultMaxRequestBytes = 1024 * 1024;

    QString host = QStringLiteral("127.0.0.1");
    quint16 port = DefaultPort; // 0 picks a free one
    QString user; // with password: HTTP basic auth is required
    QString password;
    QString token; // "Authorization: Bearer TOKEN" is accepted (or required when no user is set)
    QString corsOrigin; // empty: no CORS headers; "*" or one origin otherwise
    qint64 maxRequestBytes = DefaultMaxRequestBytes; // larger request bodies get 413
    bool chaosEnabled = false; // Mailpit's --enable-chaos: /api/v1/chaos may read and set chaos rules

    [[nodiscard]] bool requiresAuth() const { return !user.isEmpty() || !token.isEmpty(); }
    [[nodiscard]] bool isLoopback() const;
    friend bool operator==(const ApiSettings&, const ApiSettings&) = default;
};

// "127.0.0.1:8025", "[::1]:8025", "localhost:0"; false with a message when malformed.
[[nodiscard]] bool parseApiAddress(const QString& text, ApiSettings* settings, QString* error);
// "http://127.0.0.1:8025", with IPv6 hosts in brackets.
[[nodiscard]] QString apiUrl(const QString& host, quint16 port);

} // namespace Mailscope
