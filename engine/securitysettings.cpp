// The TLS and AUTH part of ServerSettings: mode names and the settings file's
// "tls" and "auth" objects.
#include "settings.h"
#include "settingsjson.h"

#include <functional>
#include <optional>

namespace Mailscope {

using namespace SettingsJson;

namespace {

const char *const startTlsModeNames[] = { "off", "offer", "hide", "require" };
const char *const authModeNames[] = { "off", "optional", "required" };

template<typename Mode, size_t N>
std::optional<Mode> modeFromName(const char *const (&names)[N], const QString &name)
{
    for (size_t i = 0; i < N; ++i)
        if (name.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return static_cast<Mode>(i);
    return std::nullopt;
}

bool readMode(const QJsonObject &json, const char *key, const QString &expected,
              const std::function<bool(const QString &)> &apply, QString *error)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isString() || !apply(v.toString())) {
        *error = QStringLiteral("\"%1\" must be one of %2").arg(QLatin1String(key), expected);
        return false;
    }
    return true;
}

bool readObjectList(const QJsonObject &json, const char *key, const QStringList &fields,
                    QList<QStringList> *rows, QString *error)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    const QString shape = QStringLiteral("\"%1\" must be an array of objects with %2")
                              .arg(QLatin1String(key), fields.join(QStringLiteral(", ")));
    if (!v.isArray()) {
        *error = shape;
        return false;
    }
    rows->clear();
    for (const QJsonValue &item : v.toArray()) {
        QStringList row;
        for (const QString &field : fields) {
            const QJsonValue value = item.toObject().value(field);
            if (!value.isString()) {
                *error = shape;
                return false;
            }
            row << value.toString();
        }
        rows->append(row);
    }
    return true;
}

} // namespace

QString startTlsModeName(StartTlsMode mode) { return QLatin1String(startTlsModeNames[static_cast<int>(mode)]); }

std::optional<StartTlsMode> startTlsModeFromName(const QString &name)
{
    if (name.compare(QLatin1String("hidden"), Qt::CaseInsensitive) == 0)
        return StartTlsMode::Hidden;
    if (name.compare(QLatin1String("on"), Qt::CaseInsensitive) == 0)
        return StartTlsMode::Offer;
    return modeFromName<StartTlsMode>(startTlsModeNames, name);
}

QString authModeName(AuthMode mode) { return QLatin1String(authModeNames[static_cast<int>(mode)]); }

std::optional<AuthMode> authModeFromName(const QString &name) { return modeFromName<AuthMode>(authModeNames, name); }

bool parseMechanismList(const QString &text, QList<SaslMechanism> *mechanisms, QString *error)
{
    QList<SaslMechanism> list;
    for (const QString &name : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<SaslMechanism> m = saslMechanismFromName(name.trimmed().toLatin1());
        if (!m) {
            *error = QStringLiteral("unknown AUTH mechanism \"%1\" (known: PLAIN, LOGIN, CRAM-MD5, XOAUTH2)")
                         .arg(name.trimmed());
            return false;
        }
        if (!list.contains(*m))
            list << *m;
    }
    *mechanisms = list;
    return true;
}

bool TlsSettings::isUsed(const QList<ListenerConfig> &listeners) const
{
    if (startTls != StartTlsMode::Off)
        return true;
    for (const ListenerConfig &l : listeners)
        if (l.implicitTls)
            return true;
    return false;
}

namespace SettingsJson {

QJsonObject tlsToJson(const TlsSettings &tls)
{
    QJsonArray sni;
    for (const SniCertificate &c : tls.sniCertificates)
        sni.append(QJsonObject { { QStringLiteral("host"), c.hostName },
            { QStringLiteral("certificate"), c.certificateFile }, { QStringLiteral("key"), c.keyFile } });
    return {
        { QStringLiteral("startTls"), startTlsModeName(tls.startTls) },
        { QStringLiteral("certificate"), tls.certificateFile },
        { QStringLiteral("key"), tls.keyFile },
        { QStringLiteral("sni"), sni },
        { QStringLiteral("requestClientCertificate"), tls.requestClientCertificate },
        { QStringLiteral("minimumVersion"), tls.minimumVersion },
        { QStringLiteral("handshakeTimeoutSeconds"), tls.handshakeTimeoutSeconds },
    };
}

bool tlsFromJson(const QJsonValue &value, TlsSettings *tls, QString *error)
{
    if (value.isUndefined())
        return true;
    if (!value.isObject()) {
        *error = QStringLiteral("\"tls\" must be an object");
        return false;
    }
    const QJsonObject json = value.toObject();
    QList<QStringList> sni;
    bool ok = readMode(json, "startTls", QStringLiteral("\"off\", \"offer\", \"hide\", \"require\""),
                  [tls](const QString &name) {
                      const auto mode = startTlsModeFromName(name);
                      if (mode)
                          tls->startTls = *mode;
                      return mode.has_value();
                  },
                  error)
        && readString(json, "certificate", &tls->certificateFile, error)
        && readString(json, "key", &tls->keyFile, error)
        && readBool(json, "requestClientCertificate", &tls->requestClientCertificate, error)
        && readString(json, "minimumVersion", &tls->minimumVersion, error)
        && readInt(json, "handshakeTimeoutSeconds", 1, &tls->handshakeTimeoutSeconds, error)
        && readObjectList(json, "sni", { QStringLiteral("host"), QStringLiteral("certificate"), QStringLiteral("key") },
            &sni, error);
    if (!ok)
        return false;
    static const QStringList versions { QStringLiteral("1.0"), QStringLiteral("1.1"), QStringLiteral("1.2"), QStringLiteral("1.3") };
    if (!versions.contains(tls->minimumVersion)) {
        *error = QStringLiteral("\"minimumVersion\" must be \"1.0\", \"1.1\", \"1.2\" or \"1.3\"");
        return false;
    }
    if (json.contains(QLatin1String("sni"))) {
        tls->sniCertificates.clear();
        for (const QStringList &row : sni)
            tls->sniCertificates.append({ row[0], row[1], row[2] });
    }
    return true;
}

QJsonObject authToJson(const AuthSettings &auth)
{
    QJsonArray mechanisms;
    for (SaslMechanism m : auth.mechanisms)
        mechanisms.append(QString::fromLatin1(saslMechanismName(m)));
    QJsonArray users;
    for (const AuthUser &u : auth.users)
        users.append(QJsonObject { { QStringLiteral("name"), u.name }, { QStringLiteral("password"), u.password } });
    return {
        { QStringLiteral("mode"), authModeName(auth.mode) },
        { QStringLiteral("mechanisms"), mechanisms },
        { QStringLiteral("users"), users },
        { QStringLiteral("allowInsecure"), auth.allowInsecure },
        { QStringLiteral("maxFailures"), auth.maxFailures },
        { QStringLiteral("revealPasswords"), auth.revealPasswords },
    };
}

bool authFromJson(const QJsonValue &value, AuthSettings *auth, QString *error)
{
    if (value.isUndefined())
        return true;
    if (!value.isObject()) {
        *error = QStringLiteral("\"auth\" must be an object");
        return false;
    }
    const QJsonObject json = value.toObject();
    QList<QStringList> users;
    const bool ok = readMode(json, "mode", QStringLiteral("\"off\", \"optional\", \"required\""),
                        [auth](const QString &name) {
                            const auto mode = authModeFromName(name);
                            if (mode)
                                auth->mode = *mode;
                            return mode.has_value();
                        },
                        error)
        && readBool(json, "allowInsecure", &auth->allowInsecure, error)
        && readInt(json, "maxFailures", 1, &auth->maxFailures, error)
        && readBool(json, "revealPasswords", &auth->revealPasswords, error)
        && readObjectList(json, "users", { QStringLiteral("name"), QStringLiteral("password") }, &users, error);
    if (!ok)
        return false;
    if (json.contains(QLatin1String("users"))) {
        auth->users.clear();
        for (const QStringList &row : users)
            auth->users.append({ row[0], row[1] });
    }
    const QJsonValue mechanisms = json.value(QLatin1String("mechanisms"));
    if (!mechanisms.isUndefined()) {
        QStringList names;
        for (const QJsonValue &m : mechanisms.toArray())
            names << m.toString(QStringLiteral("?"));
        QString mechanismError;
        if (!mechanisms.isArray() || !parseMechanismList(names.join(QLatin1Char(',')), &auth->mechanisms, &mechanismError)) {
            *error = QStringLiteral("\"mechanisms\": ")
                + (mechanismError.isEmpty() ? QStringLiteral("must be an array like [\"PLAIN\", \"LOGIN\"]") : mechanismError);
            return false;
        }
    }
    return true;
}

} // namespace SettingsJson

} // namespace Mailscope
