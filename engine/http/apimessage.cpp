// ApiServer: Mailpit's routes over one message: its summary, headers, source, parts and views.
#include "apiserver.h"

#include "http/apijson.h"
#include "http/apirequest.h"
#include "http/private/apiresponse.h"
#include "mime/mimeparser.h"

#include <QHttpServer>
#include <QIODevice>
#include <QUrl>

namespace Mailscope {

namespace {

constexpr qint64 MaxHeaderBytes = 4 * 1024 * 1024; // more is not a header block but an attack

// Types a browser would run as a page are sent as downloads, as Mailpit does.
bool isActiveContent(const QString& mediaType)
{
    static const QStringList active = { QStringLiteral("text/html"), QStringLiteral("text/xml"),
        QStringLiteral("application/xhtml+xml"), QStringLiteral("image/svg+xml"),
        QStringLiteral("application/xml"), QStringLiteral("text/xsl") };
    return active.contains(mediaType);
}

} // namespace

ApiServer::Lookup ApiServer::findMessage(const QString& id, const QHttpServerRequest& request) const
{
    Lookup lookup;
    if (id == QLatin1String("latest")) {
        // Mailpit's "latest" may be narrowed with ?query= to the newest message matching a search.
        const QString query = ApiResponse::queryValue(request, u"query").value_or(QString()).trimmed();
        const SearchResult newest = m_store->search(query, 0, 1);
        if (!newest.messages.isEmpty())
            lookup.message = newest.messages.constFirst();
    } else if (const auto number = ApiRequest::parseMessageId(id)) {
        lookup.message = m_store->message(*number);
    } else {
        lookup.status = 400;
        lookup.error = QStringLiteral("not a message ID: \"%1\"").arg(id);
        return lookup;
    }
    if (!lookup.message) {
        lookup.status = 404;
        lookup.error = QStringLiteral("message not found: %1").arg(id);
    }
    return lookup;
}

QHttpServerResponse ApiServer::message(const QString& id, const QHttpServerRequest& request)
{
    const Lookup found = findMessage(id, request);
    if (!found.message)
        return ApiResponse::error(found.status, found.error);
    StoredMessage stored = *found.message;
    const QString path = m_store->rawFilePath(stored.id);
    const ParsedMessage parsed = MimeParser::parseFile(path);
    QJsonArray inlineParts, attachments;
    for (const Attachment& a : parsed.attachments) {
        const QJsonObject item = ApiJson::attachment(
            a, ApiJson::partId(parsed, a.partIndex), MimeParser::partContent(path, a.partIndex));
        (a.isInline ? inlineParts : attachments).append(item);
    }
    // Mailpit's summary route marks the message read, as opening it in a mail client would.
    if (!stored.isRead && m_store->setRead(stored.id, true))
        stored.isRead = true;
    return ApiResponse::json(ApiJson::message(stored, parsed, inlineParts, attachments));
}

QHttpServerResponse ApiServer::messageHeaders(const QString& id, const QHttpServerRequest& request)
{
    const Lookup found = findMessage(id, request);
    if (!found.message)
        return ApiResponse::error(found.status, found.error);
    QByteArray head;
    if (const std::unique_ptr<QIODevice> raw = m_store->openRaw(found.message->id)) {
        while (!raw->atEnd() && head.size() < MaxHeaderBytes) {
            const QByteArray line = raw->readLine(MaxHeaderBytes);
            head += line;
            if (line == "\r\n" || line == "\n")
                break;
        }
    }
    return ApiResponse::json(ApiJson::headers(head));
}

QHttpServerResponse ApiServer::messageRaw(const QString& id, const QHttpServerRequest& request)
{
    const Lookup found = findMessage(id, request);
    if (!found.message)
        return ApiResponse::error(found.status, found.error);
    QHttpServerResponse response
        = ApiResponse::text(QByteArrayLiteral("text/plain; charset=utf-8"), m_store->raw(found.message->id));
    if (ApiResponse::queryValue(request, u"dl") == QLatin1String("1"))
        response.addHeader(QByteArrayLiteral("Content-Disposition"),
            "attachment; filename=\"" + QByteArray::number(found.message->id) + ".eml\"");
    return response;
}

QHttpServerResponse ApiServer::messagePart(
    const QString& id, const QString& partId, const QHttpServerRequest& request)
{
    const Lookup found = findMessage(id, request);
    if (!found.message)
        return ApiResponse::error(found.status, found.error);
    const QString path = m_store->rawFilePath(found.message->id);
    const ParsedMessage parsed = MimeParser::parseFile(path);
    const std::optional<int> index = ApiJson::partIndex(parsed, partId);
    if (!index)
        return ApiResponse::error(404, QStringLiteral("message %1 has no part %2").arg(id, partId));
    const MimePart* part = parsed.part(*index);
    QString contentType
        = part->contentType.isEmpty() ? QStringLiteral("application/octet-stream") : part->contentType;
    QByteArray disposition = "inline";
    if (isActiveContent(contentType)) {
        contentType = QStringLiteral("application/octet-stream");
        disposition = "attachment";
    } else if (contentType.startsWith(QLatin1String("text/")) && !part->charset.isEmpty()) {
        contentType += QStringLiteral("; charset=") + part->charset;
    }
    const QString fileName = part->fileName.isEmpty() ? part->contentId : part->fileName;
    QHttpServerResponse response(contentType.toUtf8(), MimeParser::partContent(path, *index));
    response.addHeader(QByteArrayLiteral("Content-Disposition"),
        disposition + "; filename=\"" + QUrl::toPercentEncoding(fileName) + '"');
    return response;
}

QHttpServerResponse ApiServer::viewHtml(const QString& id, const QHttpServerRequest& request)
{
    const Lookup found = findMessage(id, request);
    if (!found.message)
        return ApiResponse::error(found.status, found.error);
    const ParsedMessage parsed = MimeParser::parseFile(m_store->rawFilePath(found.message->id));
    if (parsed.htmlBody.isEmpty())
        return ApiResponse::error(404, QStringLiteral("message %1 has no HTML body").arg(id));
    const QString html
        = ApiJson::linkInlineParts(parsed.htmlBody, parsed, QString::number(found.message->id));
    return ApiResponse::text(QByteArrayLiteral("text/html; charset=utf-8"), html.toUtf8());
}

QHttpServerResponse ApiServer::viewText(const QString& id, const QHttpServerRequest& request)
{
    const Lookup found = findMessage(id, request);
    if (!found.message)
        return ApiResponse::error(found.status, found.error);
    const ParsedMessage parsed = MimeParser::parseFile(m_store->rawFilePath(found.message->id));
    return ApiResponse::text(QByteArrayLiteral("text/plain; charset=utf-8"), parsed.textBody.toUtf8());
}

} // namespace Mailscope
