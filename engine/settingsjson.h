#pragma once

// Readers for the settings file: each leaves *out alone when the key is absent, and
// names the key in its error.
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <limits>

namespace Mailscope {

struct TlsSettings;
struct AuthSettings;
struct RelaySettings;

namespace SettingsJson {

// The "tls" and "auth" objects of the settings file (securitysettings.cpp).
[[nodiscard]] QJsonObject tlsToJson(const TlsSettings &tls);
[[nodiscard]] bool tlsFromJson(const QJsonValue &json, TlsSettings *tls, QString *error);
[[nodiscard]] QJsonObject authToJson(const AuthSettings &auth);
[[nodiscard]] bool authFromJson(const QJsonValue &json, AuthSettings *auth, QString *error);
// The "relay" object (relaysettings.cpp).
[[nodiscard]] QJsonObject relayToJson(const RelaySettings &relay);
[[nodiscard]] bool relayFromJson(const QJsonValue &json, RelaySettings *relay, QString *error);

inline bool readInt(const QJsonObject &json, const char *key, int minimum, int *out, QString *error)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    const double d = v.toDouble();
    if (!v.isDouble() || d != double(qint64(d)) || d < minimum || d > std::numeric_limits<int>::max()) {
        *error = QStringLiteral("\"%1\" must be a whole number from %2 to %3")
                     .arg(QLatin1String(key))
                     .arg(minimum)
                     .arg(std::numeric_limits<int>::max());
        return false;
    }
    *out = v.toInt();
    return true;
}

inline bool readBool(const QJsonObject &json, const char *key, bool *out, QString *error)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isBool()) {
        *error = QStringLiteral("\"%1\" must be true or false").arg(QLatin1String(key));
        return false;
    }
    *out = v.toBool();
    return true;
}

inline bool readString(const QJsonObject &json, const char *key, QString *out, QString *error)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isString()) {
        *error = QStringLiteral("\"%1\" must be a string").arg(QLatin1String(key));
        return false;
    }
    *out = v.toString();
    return true;
}

} // namespace SettingsJson

} // namespace Mailscope
