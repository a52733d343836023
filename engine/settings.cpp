#include "settings.h"

#include "settingsjson.h"

#include <QFile>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrl>
#include <limits>

namespace Mailscope {

namespace {

using namespace SettingsJson;

const char *const extensionKeys[ExtensionCount] = {
    "pipelining", "8bitmime", "smtputf8", "size", "chunking", "enhancedstatuscodes", "dsn",
};

QString modeName(ExtensionMode m)
{
    switch (m) {
    case ExtensionMode::Off:
        return QStringLiteral("off");
    case ExtensionMode::Hidden:
        return QStringLiteral("hidden");
    case ExtensionMode::On:
        break;
    }
    return QStringLiteral("on");
}

} // namespace

namespace {

QJsonArray rulesToJson(const QList<Rule> &rules)
{
    QJsonArray array;
    for (const Rule &rule : rules)
        array.append(rule.toJson());
    return array;
}

bool rulesFromJson(const QJsonValue &value, QList<Rule> *rules, QString *error)
{
    if (value.isUndefined())
        return true;
    if (!value.isArray()) {
        *error = QStringLiteral("\"rules\" must be an array of rule objects");
        return false;
    }
    QList<Rule> read;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        Rule rule;
        QString ruleError = QStringLiteral("must be an object");
        if (!array[i].isObject() || !Rule::fromJson(array[i].toObject(), &rule, &ruleError)) {
            *error = QStringLiteral("\"rules\" item %1: %2").arg(i + 1).arg(ruleError);
            return false;
        }
        read.append(rule);
    }
    *rules = read;
    return true;
}

} // namespace

QString extensionKey(Extension e) { return QLatin1String(extensionKeys[static_cast<int>(e)]); }

QString ListenerConfig::url() const
{
    const QHostAddress address(host);
    const QString shownHost = address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + host + u']' : host;
    const QString scheme = protocolName(protocol) + (implicitTls ? QStringLiteral("s") : QString());
    const QString options = proxyProtocol ? QStringLiteral("?proxy") : QString();
    return QStringLiteral("%1://%2:%3%4").arg(scheme, shownHost).arg(port).arg(options);
}

bool parseListenerUrl(const QString &text, ListenerConfig *listener, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const QString query = url.query();
    if (!url.isValid() || url.host().isEmpty() || url.port() < 0 || !url.path().isEmpty()
        || (!query.isEmpty() && query != QLatin1String("proxy") && query != QLatin1String("proxy=1"))) {
        *error = QStringLiteral("\"%1\" is not a listener address like smtp://127.0.0.1:1025").arg(text);
        return false;
    }
    if (scheme == QLatin1String("smtp") || scheme == QLatin1String("smtps"))
        listener->protocol = Protocol::Smtp;
    else if (scheme == QLatin1String("lmtp") || scheme == QLatin1String("lmtps"))
        listener->protocol = Protocol::Lmtp;
    else {
        *error = QStringLiteral("\"%1\": the protocol must be smtp, smtps, lmtp or lmtps").arg(text);
        return false;
    }
    listener->host = url.host();
    listener->port = quint16(url.port());
    listener->implicitTls = scheme.endsWith(u's');
    listener->proxyProtocol = !query.isEmpty();
    return true;
}

bool ServerSettings::isCommandDisabled(const QByteArray &verb) const
{
    for (const QString &c : disabledCommands)
        if (verb.compare(c.toLatin1(), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString ServerSettings::effectiveHostName() const
{
    return hostName.isEmpty() ? QHostInfo::localHostName() : hostName;
}

QJsonObject ServerSettings::toJson() const
{
    QJsonArray listenerArray;
    for (const ListenerConfig &l : listeners)
        listenerArray.append(l.url());
    QJsonObject ext;
    for (int i = 0; i < ExtensionCount; ++i)
        ext.insert(QLatin1String(extensionKeys[i]), modeName(extensions[i]));
    return QJsonObject {
        { QStringLiteral("listeners"), listenerArray },
        { QStringLiteral("hostName"), hostName },
        { QStringLiteral("banner"), banner },
        { QStringLiteral("maxClients"), maxClients },
        { QStringLiteral("maxMessageSize"), maxMessageSize },
        { QStringLiteral("maxRecipients"), maxRecipients },
        { QStringLiteral("maxBadCommands"), maxBadCommands },
        { QStringLiteral("idleTimeoutSeconds"), idleTimeoutSeconds },
        { QStringLiteral("stopGraceSeconds"), stopGraceSeconds },
        { QStringLiteral("strictLineEndings"), strictLineEndings },
        { QStringLiteral("reverseDns"), reverseDns },
        { QStringLiteral("disabledCommands"), QJsonArray::fromStringList(disabledCommands) },
        { QStringLiteral("extensions"), ext },
        { QStringLiteral("store"), store },
        { QStringLiteral("retentionLimit"), retentionLimit },
        { QStringLiteral("emlDir"), emlDir },
        { QStringLiteral("tls"), tlsToJson(tls) },
        { QStringLiteral("auth"), authToJson(auth) },
        { QStringLiteral("xclient"), xclient },
        { QStringLiteral("xforward"), xforward },
        { QStringLiteral("rules"), rulesToJson(rules) },
        { QStringLiteral("relay"), relayToJson(relay) },
    };
}

bool ServerSettings::fromJson(const QJsonObject &json, ServerSettings *s, QString *error)
{
    // Keys this build does not know are left alone, so a newer window's file still loads.
    if (json.contains(QLatin1String("listeners"))) {
        const QJsonValue v = json.value(QLatin1String("listeners"));
        if (!v.isArray()) {
            *error = QStringLiteral("\"listeners\" must be an array of addresses");
            return false;
        }
        s->listeners.clear();
        for (const QJsonValue &item : v.toArray()) {
            ListenerConfig l;
            QString urlError = QStringLiteral("must hold strings like smtp://127.0.0.1:1025");
            if (!item.isString() || !parseListenerUrl(item.toString(), &l, &urlError)) {
                *error = QStringLiteral("\"listeners\": ") + urlError;
                return false;
            }
            s->listeners.append(l);
        }
    }
    if (!readString(json, "hostName", &s->hostName, error) || !readString(json, "banner", &s->banner, error)
        || !readInt(json, "maxClients", 0, &s->maxClients, error)
        || !readInt(json, "maxRecipients", 1, &s->maxRecipients, error)
        || !readInt(json, "maxBadCommands", 1, &s->maxBadCommands, error)
        || !readInt(json, "idleTimeoutSeconds", 1, &s->idleTimeoutSeconds, error)
        || !readInt(json, "stopGraceSeconds", 0, &s->stopGraceSeconds, error)
        || !readBool(json, "strictLineEndings", &s->strictLineEndings, error)
        || !readBool(json, "reverseDns", &s->reverseDns, error)
        || !readString(json, "store", &s->store, error)
        || !readInt(json, "retentionLimit", 0, &s->retentionLimit, error)
        || !readString(json, "emlDir", &s->emlDir, error)
        || !readBool(json, "xclient", &s->xclient, error) || !readBool(json, "xforward", &s->xforward, error)
        || !tlsFromJson(json.value(QLatin1String("tls")), &s->tls, error)
        || !authFromJson(json.value(QLatin1String("auth")), &s->auth, error)
        || !rulesFromJson(json.value(QLatin1String("rules")), &s->rules, error)
        || !relayFromJson(json.value(QLatin1String("relay")), &s->relay, error))
        return false;
    const QJsonValue size = json.value(QLatin1String("maxMessageSize"));
    if (!size.isUndefined()) {
        const double d = size.toDouble();
        if (!size.isDouble() || d < 0 || d != double(qint64(d)) || d > 9e15) {
            *error = QStringLiteral("\"maxMessageSize\" must be a number of bytes (0: no limit)");
            return false;
        }
        s->maxMessageSize = qint64(size.toDouble());
    }
    const QJsonValue disabled = json.value(QLatin1String("disabledCommands"));
    if (!disabled.isUndefined()) {
        if (!disabled.isArray()) {
            *error = QStringLiteral("\"disabledCommands\" must be an array of command names");
            return false;
        }
        s->disabledCommands.clear();
        for (const QJsonValue &c : disabled.toArray()) {
            if (!c.isString() || c.toString().isEmpty()) {
                *error = QStringLiteral("\"disabledCommands\" must hold command names like \"VRFY\"");
                return false;
            }
            s->disabledCommands << c.toString().toUpper();
        }
    }
    const QJsonValue ext = json.value(QLatin1String("extensions"));
    if (!ext.isUndefined()) {
        if (!ext.isObject()) {
            *error = QStringLiteral("\"extensions\" must be an object like {\"pipelining\": \"hidden\"}");
            return false;
        }
        const QJsonObject obj = ext.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            int index = -1;
            for (int i = 0; i < ExtensionCount; ++i)
                if (it.key().compare(QLatin1String(extensionKeys[i]), Qt::CaseInsensitive) == 0)
                    index = i;
            const QString value = it.value().toString().toLower();
            if (index < 0) {
                *error = QStringLiteral("unknown extension \"%1\"").arg(it.key());
                return false;
            }
            if (value == QLatin1String("on"))
                s->extensions[index] = ExtensionMode::On;
            else if (value == QLatin1String("off"))
                s->extensions[index] = ExtensionMode::Off;
            else if (value == QLatin1String("hidden"))
                s->extensions[index] = ExtensionMode::Hidden;
            else {
                *error = QStringLiteral("extension \"%1\" must be \"on\", \"off\" or \"hidden\"").arg(it.key());
                return false;
            }
        }
    }
    return true;
}

bool ServerSettings::load(const QString &path, ServerSettings *settings, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
            ? QStringLiteral("%1: %2 at offset %3").arg(path, parseError.errorString()).arg(parseError.offset)
            : QStringLiteral("%1: the settings must be a JSON object").arg(path);
        return false;
    }
    QString keyError;
    if (!fromJson(doc.object(), settings, &keyError)) {
        *error = QStringLiteral("%1: %2").arg(path, keyError);
        return false;
    }
    return true;
}

bool ServerSettings::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(toJson()).toJson()) < 0 || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Mailscope
