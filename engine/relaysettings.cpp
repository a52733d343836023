// The relay part of ServerSettings: the upstream server's URL form and the settings file's
// "relay" object.
#include "settings.h"
#include "settingsjson.h"

#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

namespace Mailscope {

using namespace SettingsJson;

namespace {

const char* const securityNames[] = { "none", "starttls", "tls" };

std::optional<RelaySecurity> securityFromName(const QString& name)
{
    for (int i = 0; i < 3; ++i)
        if (name.compare(QLatin1String(securityNames[i]), Qt::CaseInsensitive) == 0)
            return RelaySecurity(i);
    return std::nullopt;
}

bool readMechanism(const QString& name, std::optional<SaslMechanism>* mechanism, QString* error)
{
    if (name.isEmpty()) {
        mechanism->reset();
        return true;
    }
    *mechanism = saslMechanismFromName(name.toLatin1());
    if (!*mechanism)
        *error = QStringLiteral("unknown AUTH mechanism \"%1\" (known: PLAIN, LOGIN, CRAM-MD5, XOAUTH2)")
                     .arg(name);
    return mechanism->has_value();
}

} // namespace

QString RelaySettings::url() const
{
    QUrl u;
    u.setScheme(security == RelaySecurity::Tls ? QStringLiteral("smtps") : QStringLiteral("smtp"));
    u.setHost(host);
    u.setPort(port);
    u.setUserName(user);
    QStringList options;
    if (security == RelaySecurity::StartTls)
        options << QStringLiteral("starttls");
    if (acceptBadCertificates)
        options << QStringLiteral("insecure");
    if (mechanism)
        options << QStringLiteral("auth=") + QString::fromLatin1(saslMechanismName(*mechanism));
    u.setQuery(options.join(u'&'));
    return u.toString();
}

bool parseRelayUrl(const QString& text, RelaySettings* relay, QString* error)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const QString shape
        = QStringLiteral("\"%1\" is not a relay like smtp://user:password@mx.example.com:587?starttls")
              .arg(text);
    if (!url.isValid() || url.host().isEmpty() || (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        || url.hasFragment()) {
        *error = shape;
        return false;
    }
    if (scheme != QLatin1String("smtp") && scheme != QLatin1String("smtps")) {
        *error = QStringLiteral("\"%1\": the relay's scheme must be smtp or smtps").arg(text);
        return false;
    }
    RelaySettings read = *relay;
    read.host = url.host();
    read.user = url.userName(QUrl::FullyDecoded);
    read.password = url.password(QUrl::FullyDecoded);
    read.security = scheme == QLatin1String("smtps") ? RelaySecurity::Tls : RelaySecurity::None;
    read.acceptBadCertificates = false;
    read.mechanism.reset();
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("starttls") && read.security == RelaySecurity::None && value.isEmpty()) {
            read.security = RelaySecurity::StartTls;
        } else if (key == QLatin1String("insecure") && value.isEmpty()) {
            read.acceptBadCertificates = true;
        } else if (key == QLatin1String("auth")) {
            if (!readMechanism(value, &read.mechanism, error))
                return false;
        } else {
            *error = QStringLiteral(
                "\"%1\": unknown relay option \"%2\" (known: starttls for smtp://, insecure, auth=MECHANISM)")
                         .arg(text, key);
            return false;
        }
    }
    const int defaultPort = read.security == RelaySecurity::Tls ? 465
        : read.security == RelaySecurity::StartTls              ? 587
                                                                : 25;
    if (url.port() == 0) {
        *error = shape;
        return false;
    }
    read.port = quint16(url.port(defaultPort));
    *relay = read;
    return true;
}

namespace SettingsJson {

QJsonObject relayToJson(const RelaySettings& relay)
{
    return {
        { QStringLiteral("host"), relay.host },
        { QStringLiteral("port"), relay.port },
        { QStringLiteral("security"), QLatin1String(securityNames[int(relay.security)]) },
        { QStringLiteral("acceptBadCertificates"), relay.acceptBadCertificates },
        { QStringLiteral("user"), relay.user },
        { QStringLiteral("password"), relay.password },
        { QStringLiteral("mechanism"),
            relay.mechanism ? QString::fromLatin1(saslMechanismName(*relay.mechanism)) : QString() },
        { QStringLiteral("matching"),
            relay.relayAll ? QJsonValue(QStringLiteral("all")) : QJsonArray::fromStringList(relay.matching) },
    };
}

bool relayFromJson(const QJsonValue& value, RelaySettings* relay, QString* error)
{
    if (value.isUndefined())
        return true;
    if (!value.isObject()) {
        *error = QStringLiteral(
            "\"relay\" must be an object like {\"host\": \"mx.example.com\", \"port\": 587}");
        return false;
    }
    const QJsonObject json = value.toObject();
    RelaySettings read = *relay;
    int port = read.port;
    QString security = QLatin1String(securityNames[int(read.security)]);
    QString mechanism = read.mechanism ? QString::fromLatin1(saslMechanismName(*read.mechanism)) : QString();
    if (!readString(json, "host", &read.host, error) || !readInt(json, "port", 1, &port, error)
        || !readString(json, "security", &security, error)
        || !readBool(json, "acceptBadCertificates", &read.acceptBadCertificates, error)
        || !readString(json, "user", &read.user, error)
        || !readString(json, "password", &read.password, error)
        || !readString(json, "mechanism", &mechanism, error))
        return false;
    if (port > 65535) {
        *error = QStringLiteral("\"port\" must be a port number from 1 to 65535");
        return false;
    }
    read.port = quint16(port);
    const std::optional<RelaySecurity> mode = securityFromName(security);
    if (!mode) {
        *error = QStringLiteral("\"security\" must be one of \"none\", \"starttls\", \"tls\"");
        return false;
    }
    read.security = *mode;
    QString mechanismError;
    if (!readMechanism(mechanism, &read.mechanism, &mechanismError)) {
        *error = QStringLiteral("\"mechanism\": ") + mechanismError;
        return false;
    }
    const QJsonValue matching = json.value(QLatin1String("matching"));
    if (!matching.isUndefined()) {
        const QString shape = QStringLiteral(
            "\"matching\" must be \"all\" or an array of searches like [\"to:@example.com\"]");
        read.relayAll = matching.toString() == QLatin1String("all");
        read.matching.clear();
        if (!read.relayAll && !matching.isArray()) {
            *error = shape;
            return false;
        }
        for (const QJsonValue& query : matching.toArray()) {
            if (!query.isString() || query.toString().trimmed().isEmpty()) {
                *error = shape;
                return false;
            }
            read.matching << query.toString().trimmed();
        }
    }
    if (!read.isConfigured() && (read.relayAll || !read.matching.isEmpty())) {
        *error = QStringLiteral("\"relay\": \"matching\" needs a \"host\" to relay to");
        return false;
    }
    *relay = read;
    return true;
}

} // namespace SettingsJson

bool relaysToItself(const RelaySettings &relay, const QList<ListenerConfig> &listeners)
{
    if (!relay.relaysAutomatically())
        return false;
    const QHostAddress target(relay.host);
    const bool local = target.isLoopback() || relay.host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
    for (const ListenerConfig &l : listeners) {
        const QHostAddress bound(l.host);
        const bool wildcard = bound == QHostAddress::AnyIPv4 || bound == QHostAddress::AnyIPv6 || bound == QHostAddress::Any;
        if (l.port == relay.port && (wildcard || local || bound == target || l.host == relay.host))
            return true;
    }
    return false;
}

} // namespace Mailscope
