// ApiServer: Mailpit's routes over many messages: the list, search, read state, deletion, tags.
#include "apiserver.h"

#include "http/apijson.h"
#include "http/apirequest.h"
#include "http/private/apiresponse.h"

#include <QHttpServer>

namespace Mailscope {

using Method = QHttpServerRequest::Method;

namespace {

constexpr int DefaultLimit = 50; // Mailpit's page

QList<qint64> idsOf(const SearchResult& result)
{
    QList<qint64> ids;
    for (const StoredMessage& m : result.messages)
        ids.append(m.id);
    return ids;
}

} // namespace

void ApiServer::addMessageRoutes()
{
    route(QStringLiteral("/api/v1/messages"), int(Method::Get), &ApiServer::listMessages);
    route(QStringLiteral("/api/v1/messages"), int(Method::Put), &ApiServer::setReadStatus);
    route(QStringLiteral("/api/v1/messages"), int(Method::Delete), &ApiServer::deleteMessages);
    route(QStringLiteral("/api/v1/search"), int(Method::Get), &ApiServer::search);
    route(QStringLiteral("/api/v1/search"), int(Method::Delete), &ApiServer::deleteSearch);
    route(QStringLiteral("/api/v1/info"), int(Method::Get), &ApiServer::info);
    route(QStringLiteral("/api/v1/webui"), int(Method::Get), &ApiServer::webUiConfiguration);
    route(QStringLiteral("/api/v1/tags"), int(Method::Get), &ApiServer::listTags);
    route(QStringLiteral("/api/v1/tags"), int(Method::Put), &ApiServer::setTags);
    route(QStringLiteral("/api/v1/tags/<arg>"), int(Method::Put), &ApiServer::renameTag);
    route(QStringLiteral("/api/v1/tags/<arg>"), int(Method::Delete), &ApiServer::deleteTag);
    route(QStringLiteral("/api/v1/message/<arg>"), int(Method::Get), &ApiServer::message);
    route(QStringLiteral("/api/v1/message/<arg>/headers"), int(Method::Get), &ApiServer::messageHeaders);
    route(QStringLiteral("/api/v1/message/<arg>/raw"), int(Method::Get), &ApiServer::messageRaw);
    route(QStringLiteral("/api/v1/message/<arg>/part/<arg>"), int(Method::Get), &ApiServer::messagePart);
    route(QStringLiteral("/view/<arg>.html"), int(Method::Get), &ApiServer::viewHtml);
    route(QStringLiteral("/view/<arg>.txt"), int(Method::Get), &ApiServer::viewText);
}

QHttpServerResponse ApiServer::messageList(int start, int limit, const QString& query) const
{
    const SearchResult page = m_store->search(query, start, limit);
    QJsonArray messages;
    for (const StoredMessage& m : page.messages)
        messages.append(ApiJson::messageSummary(m));
    const int total = m_store->messageCount();
    const int unread = m_store->search(QStringLiteral("is:unread"), 0, 0).total;
    const int matchingUnread
        = query.isEmpty() ? unread : m_store->search(query + QStringLiteral(" is:unread"), 0, 0).total;
    return ApiResponse::json(QJsonObject {
        { QStringLiteral("total"), total },
        { QStringLiteral("unread"), unread },
        { QStringLiteral("count"), messages.size() },
        { QStringLiteral("messages_count"), page.total },
        { QStringLiteral("messages_unread"), matchingUnread },
        { QStringLiteral("start"), start },
        { QStringLiteral("tags"), QJsonArray::fromStringList(m_store->tags()) },
        { QStringLiteral("messages"), messages },
    });
}

QHttpServerResponse ApiServer::listMessages(const QHttpServerRequest& request)
{
    int start = 0, limit = 0;
    QString error;
    if (!ApiResponse::page(request, DefaultLimit, &start, &limit, &error))
        return ApiResponse::error(400, error);
    return messageList(start, limit, QString());
}

QHttpServerResponse ApiServer::search(const QHttpServerRequest& request)
{
    const QString query = ApiResponse::queryValue(request, u"query").value_or(QString()).trimmed();
    if (query.isEmpty())
        return ApiResponse::error(400, QStringLiteral("Error: no search query"));
    int start = 0, limit = 0;
    QString error;
    if (!ApiResponse::page(request, DefaultLimit, &start, &limit, &error))
        return ApiResponse::error(400, error);
    return messageList(start, limit, query);
}

QHttpServerResponse ApiServer::setReadStatus(const QHttpServerRequest& request)
{
    QJsonObject body;
    QList<qint64> ids;
    QString error;
    if (!ApiResponse::jsonBodyWithIds(request, &body, &ids, &error))
        return ApiResponse::error(400, error);
    const bool read = body.value(QLatin1String("Read")).toBool(false);
    const QString query = body.value(QLatin1String("Search")).toString().trimmed();
    if (!ids.isEmpty() && !query.isEmpty())
        return ApiResponse::error(
            400, QStringLiteral("You may specify either IDs or a search query, not both"));
    if (ids.isEmpty())
        ids = idsOf(m_store->search(query, 0, -1)); // a search, or every message
    for (const qint64 id : ids)
        (void)m_store->setRead(id, read); // unknown IDs are skipped, as Mailpit does
    return ApiResponse::ok();
}

QHttpServerResponse ApiServer::deleteMessages(const QHttpServerRequest& request)
{
    QJsonObject body;
    QList<qint64> ids;
    QString error;
    if (!ApiResponse::jsonBodyWithIds(request, &body, &ids, &error))
        return ApiResponse::error(400, error);
    if (ids.isEmpty()) {
        m_store->removeAllMessages();
        return ApiResponse::ok();
    }
    for (const qint64 id : ids)
        (void)m_store->removeMessage(id);
    return ApiResponse::ok();
}

QHttpServerResponse ApiServer::deleteSearch(const QHttpServerRequest& request)
{
    const QString query = ApiResponse::queryValue(request, u"query").value_or(QString()).trimmed();
    if (query.isEmpty())
        return ApiResponse::error(400, QStringLiteral("Error: no search query"));
    for (const qint64 id : idsOf(m_store->search(query, 0, -1)))
        (void)m_store->removeMessage(id);
    return ApiResponse::ok();
}

QHttpServerResponse ApiServer::listTags(const QHttpServerRequest&)
{
    return ApiResponse::json(QJsonArray::fromStringList(m_store->tags()));
}

QHttpServerResponse ApiServer::setTags(const QHttpServerRequest& request)
{
    QJsonObject body;
    QList<qint64> ids;
    QString error;
    if (!ApiResponse::jsonBodyWithIds(request, &body, &ids, &error))
        return ApiResponse::error(400, error);
    const QJsonValue tagsValue = body.value(QLatin1String("Tags"));
    if (!tagsValue.isUndefined() && !tagsValue.isNull() && !tagsValue.isArray())
        return ApiResponse::error(400, QStringLiteral("Tags must be an array of names"));
    QStringList tags;
    for (const QJsonValue& tag : tagsValue.toArray())
        if (const QString name = ApiRequest::cleanTagName(tag.toString()); !name.isEmpty())
            tags << name;
    for (const qint64 id : ids)
        (void)m_store->setTags(id, tags);
    return ApiResponse::ok();
}

QHttpServerResponse ApiServer::renameTag(const QString& tag, const QHttpServerRequest& request)
{
    QJsonObject body;
    QString error;
    if (!ApiResponse::jsonBody(request, &body, &error))
        return ApiResponse::error(400, error);
    const QString name = ApiRequest::cleanTagName(body.value(QLatin1String("Name")).toString());
    if (name.isEmpty())
        return ApiResponse::error(400, QStringLiteral("Name must be a tag name"));
    const QString old = QString::fromUtf8(QByteArray::fromPercentEncoding(tag.toUtf8()));
    for (const qint64 id : idsOf(m_store->search(QStringLiteral("tag:\"%1\"").arg(old), 0, -1))) {
        (void)m_store->removeTag(id, old);
        (void)m_store->addTag(id, name);
    }
    return ApiResponse::ok();
}

QHttpServerResponse ApiServer::deleteTag(const QString& tag, const QHttpServerRequest&)
{
    const QString old = QString::fromUtf8(QByteArray::fromPercentEncoding(tag.toUtf8()));
    for (const qint64 id : idsOf(m_store->search(QStringLiteral("tag:\"%1\"").arg(old), 0, -1)))
        (void)m_store->removeTag(id, old);
    return ApiResponse::ok();
}

} // namespace Mailscope
