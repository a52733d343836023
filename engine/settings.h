#pragma once

#include "smtp/sessioninfo.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>

namespace Mailscope {

// How an ESMTP extension behaves: off (unknown to the server), on (advertised
// and working), or hidden (working but left out of the EHLO reply, to see how
// a client copes).
enum class ExtensionMode { Off, On, Hidden };

// TLS and AUTH slot in here when they come.
enum class Extension {
    Pipelining,
    EightBitMime,
    SmtpUtf8,
    Size,
    Chunking,
    EnhancedStatusCodes,
    Dsn,
};
inline constexpr int ExtensionCount = 7;

[[nodiscard]] QString extensionKey(Extension e); // "pipelining", "8bitmime", ...

struct ListenerConfig {
    Protocol protocol = Protocol::Smtp;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 1025;

    [[nodiscard]] QString url() const;
    friend bool operator==(const ListenerConfig &, const ListenerConfig &) = default;
};

// Every switch of the server, shared by the window, `mailscoped --config` and the API.
struct ServerSettings {
    QList<ListenerConfig> listeners { ListenerConfig {} };
    QString hostName; // empty: the machine's host name
    QString banner = QStringLiteral("Mailscope ESMTP test server");
    int maxClients = 0; // 0: unlimited
    qint64 maxMessageSize = 0; // SIZE; 0: no limit
    int maxRecipients = 1000;
    int maxBadCommands = 10;
    int idleTimeoutSeconds = 60;
    int stopGraceSeconds = 30;
    bool strictLineEndings = false; // reject bare CR / bare LF in DATA
    bool reverseDns = true;
    QStringList disabledCommands { QStringLiteral("EXPN") }; // answered 502
    std::array<ExtensionMode, ExtensionCount> extensions {
        ExtensionMode::On, ExtensionMode::On, ExtensionMode::On, ExtensionMode::On,
        ExtensionMode::On, ExtensionMode::On, ExtensionMode::On,
    };

    QString store = QStringLiteral(":memory:"); // a folder, or ":memory:"
    int retentionLimit = 0; // keep the newest N messages; 0: all
    QString emlDir; // also write each message here as .eml

    [[nodiscard]] ExtensionMode mode(Extension e) const { return extensions[static_cast<int>(e)]; }
    void setMode(Extension e, ExtensionMode m) { extensions[static_cast<int>(e)] = m; }
    [[nodiscard]] bool isEnabled(Extension e) const { return mode(e) != ExtensionMode::Off; }
    [[nodiscard]] bool isAdvertised(Extension e) const { return mode(e) == ExtensionMode::On; }
    [[nodiscard]] bool isCommandDisabled(const QByteArray &verb) const;
    [[nodiscard]] QString effectiveHostName() const;

    [[nodiscard]] QJsonObject toJson() const;
    // Reads what `json` holds over the defaults; false with a message naming the bad key.
    [[nodiscard]] static bool fromJson(const QJsonObject &json, ServerSettings *settings, QString *error);
    [[nodiscard]] static bool load(const QString &path, ServerSettings *settings, QString *error);
    [[nodiscard]] bool save(const QString &path, QString *error) const;
};

// "smtp://127.0.0.1:1025", "lmtp://[::1]:2424"; false with a message when malformed.
[[nodiscard]] bool parseListenerUrl(const QString &url, ListenerConfig *listener, QString *error);

} // namespace Mailscope
