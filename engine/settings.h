#pragma once

#include "auth/sasl.h"
#include "rules/rule.h"
#include "smtp/sessioninfo.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <array>

namespace Mailscope {

// How an ESMTP extension behaves: off (unknown to the server), on (advertised
// and working), or hidden (working but left out of the EHLO reply, to see how
// a client copes).
enum class ExtensionMode { Off, On, Hidden };

// STARTTLS and AUTH have modes of their own (below), beside these.
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

// STARTTLS: off, offered, hidden (works but not advertised), or required before MAIL and AUTH.
enum class StartTlsMode { Off, Offer, Hidden, Require };
// AUTH: off, optional, or required before MAIL.
enum class AuthMode { Off, Optional, Required };

struct ListenerConfig {
    Protocol protocol = Protocol::Smtp;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 1025;
    bool implicitTls = false; // smtps:// (lmtps://): TLS from the first byte, the port 465 way
    bool proxyProtocol = false; // a HAProxy PROXY v1/v2 header comes first (?proxy in the URL)

    [[nodiscard]] QString url() const;
    friend bool operator==(const ListenerConfig &, const ListenerConfig &) = default;
};

struct SniCertificate {
    QString hostName;
    QString certificateFile;
    QString keyFile;
    friend bool operator==(const SniCertificate &, const SniCertificate &) = default;
};

struct TlsSettings {
    StartTlsMode startTls = StartTlsMode::Off;
    QString certificateFile; // PEM, leaf then chain; empty: a self-signed one, made once and kept
    QString keyFile; // empty: the key is in the certificate file
    QList<SniCertificate> sniCertificates; // a certificate per SNI host name
    bool requestClientCertificate = false;
    QString minimumVersion = QStringLiteral("1.2"); // "1.0" ... "1.3"
    int handshakeTimeoutSeconds = 10;

    [[nodiscard]] bool isUsed(const QList<ListenerConfig> &listeners) const;
    friend bool operator==(const TlsSettings &, const TlsSettings &) = default;
};

struct AuthUser {
    QString name;
    QString password;
    friend bool operator==(const AuthUser &, const AuthUser &) = default;
};

struct AuthSettings {
    AuthMode mode = AuthMode::Optional;
    QList<SaslMechanism> mechanisms { AllSaslMechanisms.begin(), AllSaslMechanisms.end() };
    QList<AuthUser> users; // empty: any user name and password is accepted
    // Test servers usually run without TLS; RFC 4954 would refuse AUTH there (538).
    bool allowInsecure = true;
    int maxFailures = 3; // per session, then 421
    bool revealPasswords = false; // in the transcript

    [[nodiscard]] bool offers(SaslMechanism m) const { return mode != AuthMode::Off && mechanisms.contains(m); }
    friend bool operator==(const AuthSettings &, const AuthSettings &) = default;
};

// How the connection to an upstream server is secured: none, STARTTLS (required), or TLS from
// the first byte (port 465).
enum class RelaySecurity { None, StartTls, Tls };

// An upstream SMTP server captured messages can be sent on to: on request (the API's release)
// and, with relay rules, automatically for every message or those a search finds.
struct RelaySettings {
    QString host; // empty: no relay
    quint16 port = 25;
    RelaySecurity security = RelaySecurity::None;
    bool acceptBadCertificates = false; // off: a certificate that does not verify fails the delivery
    QString user; // AUTH when not empty
    QString password;
    std::optional<SaslMechanism> mechanism; // none: the best the server offers
    bool relayAll = false; // relay rules: every captured message ...
    QStringList matching; // ... or those one of these searches (the store's syntax) finds

    [[nodiscard]] bool isConfigured() const { return !host.isEmpty(); }
    [[nodiscard]] bool relaysAutomatically() const { return isConfigured() && (relayAll || !matching.isEmpty()); }
    // "smtp://user@mx.example.com:587?starttls", never with the password: for logs and the API.
    [[nodiscard]] QString url() const;
    friend bool operator==(const RelaySettings &, const RelaySettings &) = default;
};

// Whether relay rules would send messages back to one of these listeners, to be captured and
// relayed again without end.
[[nodiscard]] bool relaysToItself(const RelaySettings &relay, const QList<ListenerConfig> &listeners);

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

    TlsSettings tls;
    AuthSettings auth;
    bool xclient = false; // Postfix XCLIENT: a proxy in front names the real client
    bool xforward = false; // Postfix XFORWARD: the same, for content filters
    QList<Rule> rules; // hook rules, tried in order at each decision point
    RelaySettings relay; // where captured messages may be sent on

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

// "smtp://127.0.0.1:1025", "lmtp://[::1]:2424", "smtps://0.0.0.0:465?proxy"; false with a message when malformed.
[[nodiscard]] bool parseListenerUrl(const QString &url, ListenerConfig *listener, QString *error);

// "smtp://[USER:PASSWORD@]HOST[:PORT][?starttls][&insecure][&auth=MECHANISM]" or "smtps://...";
// the port defaults to 25, 587 with starttls, 465 for smtps. Leaves the relay rules alone.
[[nodiscard]] bool parseRelayUrl(const QString &url, RelaySettings *relay, QString *error);

[[nodiscard]] QString startTlsModeName(StartTlsMode mode); // "off", "offer", "hide", "require"
[[nodiscard]] std::optional<StartTlsMode> startTlsModeFromName(const QString &name);
[[nodiscard]] QString authModeName(AuthMode mode); // "off", "optional", "required"
[[nodiscard]] std::optional<AuthMode> authModeFromName(const QString &name);
// "PLAIN,LOGIN"; false with a message naming the unknown one.
[[nodiscard]] bool parseMechanismList(const QString &text, QList<SaslMechanism> *mechanisms, QString *error);

} // namespace Mailscope
