#include "sendrequest.h"

#include "http/apirequest.h"
#include "smtp/pathgrammar.h"

#include <QJsonArray>
#include <QMimeDatabase>
#include <QSet>
#include <algorithm>

namespace Mailscope {

namespace {

// Headers the message writes from the request's own fields (Mailpit's list).
const QStringList RestrictedHeaders { QStringLiteral("To"), QStringLiteral("From"), QStringLiteral("Cc"),
    QStringLiteral("Bcc"), QStringLiteral("Reply-To"), QStringLiteral("Date"), QStringLiteral("Subject"),
    QStringLiteral("Content-Type"), QStringLiteral("Mime-Version"), QStringLiteral("X-Tags") };

QJsonValue valueOf(const QJsonObject& json, QLatin1String key)
{
    for (auto it = json.begin(); it != json.end(); ++it)
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    return QJsonValue::Undefined;
}

bool readString(const QJsonObject& json, QLatin1String key, QString* out, QString* error)
{
    const QJsonValue value = valueOf(json, key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString()) {
        *error = QStringLiteral("%1 must be a string").arg(key);
        return false;
    }
    *out = value.toString();
    return true;
}

bool readArray(const QJsonObject& json, QLatin1String key, QJsonArray* out, QString* error)
{
    const QJsonValue value = valueOf(json, key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        *error = QStringLiteral("%1 must be an array").arg(key);
        return false;
    }
    *out = value.toArray();
    return true;
}

// {"Email": ..., "Name": ...}, or (Mailpit's Bcc) the address alone.
bool readAddress(const QJsonValue& value, const QString& what, MailAddress* address, QString* error)
{
    if (value.isString()) {
        address->address = value.toString().trimmed();
    } else if (value.isObject()) {
        QString email, name;
        if (!readString(value.toObject(), QLatin1String("Email"), &email, error)
            || !readString(value.toObject(), QLatin1String("Name"), &name, error))
            return false;
        address->address = email.trimmed();
        address->name = name.trimmed();
    } else {
        *error = QStringLiteral("%1 must be an object with an Email address").arg(what);
        return false;
    }
    if (!isValidMailbox(address->address.toUtf8()) || !address->address.contains(u'@')) {
        *error = QStringLiteral("invalid %1 address: %2").arg(what, address->address);
        return false;
    }
    return true;
}

bool readAddresses(
    const QJsonObject& json, QLatin1String key, const QString& what, QList<MailAddress>* out, QString* error)
{
    QJsonArray items;
    if (!readArray(json, key, &items, error))
        return false;
    for (const QJsonValue& item : items) {
        MailAddress address;
        if (!readAddress(item, what, &address, error))
            return false;
        out->append(address);
    }
    return true;
}

bool readAttachments(const QJsonObject& json, QList<DraftAttachment>* out, QString* error)
{
    QJsonArray items;
    if (!readArray(json, QLatin1String("Attachments"), &items, error))
        return false;
    for (const QJsonValue& item : items) {
        if (!item.isObject()) {
            *error = QStringLiteral("each attachment must be an object with Content and Filename");
            return false;
        }
        const QJsonObject object = item.toObject();
        QString content, contentType, contentId;
        DraftAttachment attachment;
        if (!readString(object, QLatin1String("Content"), &content, error)
            || !readString(object, QLatin1String("Filename"), &attachment.fileName, error)
            || !readString(object, QLatin1String("ContentType"), &contentType, error)
            || !readString(object, QLatin1String("ContentID"), &contentId, error))
            return false;
        // A browser's readAsDataURL() gives "data:image/png;base64,...": the data is after the comma.
        const QByteArray base64 = content.mid(content.lastIndexOf(u',') + 1).toLatin1();
        const auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *error = QStringLiteral("error decoding base64 attachment \"%1\"").arg(attachment.fileName);
            return false;
        }
        attachment.content = decoded.decoded;
        attachment.contentType = contentType.trimmed();
        if (attachment.contentType.isEmpty())
            attachment.contentType = QMimeDatabase().mimeTypeForData(attachment.content).name();
        attachment.contentId = contentId.trimmed();
        if (attachment.contentId.startsWith(u'<') && attachment.contentId.endsWith(u'>'))
            attachment.contentId = attachment.contentId.mid(1, attachment.contentId.size() - 2);
        out->append(attachment);
    }
    return true;
}

// RFC 5322 2.2: a field name is printable ASCII but ':'; a value may not end the header early.
bool readHeaders(const QJsonObject& json, QList<std::pair<QString, QString>>* out, QString* error)
{
    const QJsonValue value = valueOf(json, QLatin1String("Headers"));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject()) {
        *error = QStringLiteral("Headers must be an object of names and values");
        return false;
    }
    const QJsonObject headers = value.toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        const QString& name = it.key();
        if (RestrictedHeaders.contains(name, Qt::CaseInsensitive)) {
            *error = QStringLiteral("cannot overwrite header: \"%1\"").arg(name);
            return false;
        }
        const bool nameOk = !name.isEmpty() && std::all_of(name.begin(), name.end(), [](QChar c) {
            return c > u' ' && c < u'\x7f' && c != u':';
        });
        if (!nameOk) {
            *error = QStringLiteral("invalid header name: \"%1\"").arg(name);
            return false;
        }
        if (!it.value().isString() || it.value().toString().contains(u'\r')
            || it.value().toString().contains(u'\n')) {
            *error = QStringLiteral("header \"%1\" must be a string on one line").arg(name);
            return false;
        }
        out->append({ name, it.value().toString() });
    }
    return true;
}

} // namespace

bool SendRequest::fromJson(const QJsonObject& json, SendRequest* request, QString* error)
{
    MessageDraft& message = request->message;
    const QJsonValue from = valueOf(json, QLatin1String("From"));
    if (!from.isObject()) {
        *error = QStringLiteral("From must be an object with an Email address");
        return false;
    }
    QList<MailAddress> bcc;
    QJsonArray tags;
    if (!readAddress(from, QStringLiteral("From"), &message.from, error)
        || !readAddresses(json, QLatin1String("To"), QStringLiteral("To"), &message.to, error)
        || !readAddresses(json, QLatin1String("Cc"), QStringLiteral("Cc"), &message.cc, error)
        || !readAddresses(json, QLatin1String("Bcc"), QStringLiteral("Bcc"), &bcc, error)
        || !readAddresses(json, QLatin1String("ReplyTo"), QStringLiteral("Reply-To"), &message.replyTo, error)
        || !readString(json, QLatin1String("Subject"), &message.subject, error)
        || !readString(json, QLatin1String("Text"), &message.text, error)
        || !readString(json, QLatin1String("HTML"), &message.html, error)
        || !readAttachments(json, &message.attachments, error) || !readHeaders(json, &message.headers, error)
        || !readArray(json, QLatin1String("Tags"), &tags, error))
        return false;
    QSet<QString> seen;
    for (const QList<MailAddress>* list : { &message.to, &message.cc, &bcc })
        for (const MailAddress& address : *list)
            if (!seen.contains(address.address.toLower())) {
                seen.insert(address.address.toLower());
                request->recipients.append(address.address);
            }
    if (request->recipients.isEmpty()) {
        *error = QStringLiteral("no recipients: give at least one To, Cc or Bcc address");
        return false;
    }
    for (const QJsonValue& tag : tags)
        if (const QString name = ApiRequest::cleanTagName(tag.toString()); !name.isEmpty())
            request->tags.append(name);
    if (!request->tags.isEmpty())
        message.headers.append({ QStringLiteral("X-Tags"), request->tags.join(QStringLiteral(", ")) });
    return true;
}

} // namespace Mailscope
