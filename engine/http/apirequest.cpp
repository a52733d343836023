#include "apirequest.h"

#include "apisettings.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonValue>

namespace Mailscope::ApiRequest {

namespace {

QString decodeFormComponent(QByteArray bytes)
{
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

// Compares digests, so the time taken does not tell how much of a secret was right.
bool sameSecret(const QByteArray& given, const QString& expected)
{
    const QByteArray a = QCryptographicHash::hash(given, QCryptographicHash::Sha256);
    const QByteArray b = QCryptographicHash::hash(expected.toUtf8(), QCryptographicHash::Sha256);
    char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= char(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

std::optional<QString> formValue(const QByteArray& encodedQuery, QStringView name)
{
    for (const QByteArray& pair : encodedQuery.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        const QByteArray key = equals < 0 ? pair : pair.left(equals);
        if (decodeFormComponent(key) == name)
            return equals < 0 ? QString() : decodeFormComponent(pair.mid(equals + 1));
    }
    return std::nullopt;
}

std::optional<int> parseCount(const QString& text, int minimum)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < minimum)
        return std::nullopt;
    return value;
}

std::optional<qint64> parseMessageId(const QString& text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (const QChar c : text)
        if (c < u'0' || c > u'9')
            return std::nullopt;
    const qint64 id = text.toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

bool readIds(const QJsonValue& value, QList<qint64>* ids, QString* error)
{
    ids->clear();
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        *error = QStringLiteral("IDs must be an array of message IDs");
        return false;
    }
    for (const QJsonValue& item : value.toArray()) {
        std::optional<qint64> id;
        if (item.isString())
            id = parseMessageId(item.toString());
        else if (item.isDouble() && item.toDouble() == double(item.toInteger()))
            id = item.toInteger() > 0 ? std::optional<qint64>(item.toInteger()) : std::nullopt;
        if (!id) {
            *error = QStringLiteral("not a message ID: %1")
                         .arg(item.isString() ? item.toString() : item.toVariant().toString());
            return false;
        }
        ids->append(*id);
    }
    return true;
}

QString cleanTagName(const QString& tag)
{
    QString name;
    for (const QChar c : tag)
        if (c.isLetterOrNumber() || c == u'-' || c == u'.' || c == u'_' || c == u' ')
            name += c;
    return name.simplified();
}

bool isAuthorized(const QByteArray& authorization, const ApiSettings& settings)
{
    if (!settings.requiresAuth())
        return true;
    const qsizetype space = authorization.indexOf(' ');
    const QByteArray scheme = authorization.left(space).toLower();
    const QByteArray credentials = authorization.mid(space + 1).trimmed();
    if (space <= 0 || credentials.isEmpty())
        return false;
    if (scheme == "bearer")
        return !settings.token.isEmpty() && sameSecret(credentials, settings.token);
    if (scheme == "basic" && !settings.user.isEmpty()) {
        const auto decoded
            = QByteArray::fromBase64Encoding(credentials, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return false;
        const qsizetype colon = decoded.decoded.indexOf(':');
        // Both halves are compared, whichever is wrong, so a wrong user name takes as long.
        const bool userOk = sameSecret(decoded.decoded.left(colon), settings.user);
        const bool passwordOk = sameSecret(decoded.decoded.mid(colon + 1), settings.password);
        return colon > 0 && userOk && passwordOk;
    }
    return false;
}

} // namespace Mailscope::ApiRequest
