// ApiServer: what Mailscope adds under /api/mailscope/: sessions with their transcripts, each
// message's envelope, the live server settings (read and change, as the window does), listeners.
#include "apiserver.h"

#include "http/apijson.h"
#include "http/private/apiresponse.h"
#include "smtp/smtpserver.h"

#include <QHttpServer>

namespace Mailscope {

using Method = QHttpServerRequest::Method;

void ApiServer::addMailscopeRoutes()
{
    route(QStringLiteral("/api/mailscope/sessions"), int(Method::Get), &ApiServer::listSessions);
    route(QStringLiteral("/api/mailscope/session/<arg>"), int(Method::Get), &ApiServer::session);
    route(QStringLiteral("/api/mailscope/message/<arg>/envelope"), int(Method::Get),
        &ApiServer::messageEnvelope);
    route(QStringLiteral("/api/mailscope/settings"), int(Method::Get), &ApiServer::serverSettings);
    route(QStringLiteral("/api/mailscope/settings"), int(Method::Put), &ApiServer::changeServerSettings);
    route(QStringLiteral("/api/mailscope/listeners"), int(Method::Get), &ApiServer::listeners);
}

QHttpServerResponse ApiServer::listSessions(const QHttpServerRequest& request)
{
    int start = 0, limit = 0;
    QString error;
    if (!ApiResponse::page(request, 50, &start, &limit, &error))
        return ApiResponse::error(400, error);
    m_store->flush(); // sessions still open are buffered; show them as they are now
    QJsonArray sessions;
    for (const SessionInfo& s : m_store->sessions(start, limit)) {
        QJsonObject item = ApiJson::session(s);
        QJsonArray ids;
        for (const qint64 id : m_store->messageIdsForSession(s.id))
            ids.append(QString::number(id));
        item.insert(QStringLiteral("messages"), ids);
        sessions.append(item);
    }
    return ApiResponse::json(QJsonObject { { QStringLiteral("start"), start },
        { QStringLiteral("count"), sessions.size() }, { QStringLiteral("sessions"), sessions } });
}

QHttpServerResponse ApiServer::session(const QString& id, const QHttpServerRequest&)
{
    m_store->flush();
    const std::optional<SessionInfo> info = m_store->session(id);
    if (!info)
        return ApiResponse::error(404, QStringLiteral("session not found: %1").arg(id));
    QJsonObject object = ApiJson::session(*info);
    QJsonArray ids;
    for (const qint64 messageId : m_store->messageIdsForSession(id))
        ids.append(QString::number(messageId));
    QJsonArray transcript;
    for (const TranscriptLine& line : m_store->transcript(id))
        transcript.append(ApiJson::transcriptLine(line));
    object.insert(QStringLiteral("messages"), ids);
    object.insert(QStringLiteral("transcript"), transcript);
    return ApiResponse::json(object);
}

QHttpServerResponse ApiServer::messageEnvelope(const QString& id, const QHttpServerRequest& request)
{
    const Lookup found = findMessage(id, request);
    if (!found.message)
        return ApiResponse::error(found.status, found.error);
    const StoredMessage& m = *found.message;
    QJsonArray recipients;
    for (const Recipient& r : m.envelope.recipients)
        recipients.append(QJsonObject { { QStringLiteral("address"), r.address },
            { QStringLiteral("parameters"), ApiJson::mailParameters(r.parameters) } });
    return ApiResponse::json(QJsonObject {
        { QStringLiteral("id"), QString::number(m.id) },
        { QStringLiteral("sessionId"), m.sessionId },
        { QStringLiteral("received"), ApiJson::rfc3339(m.received) },
        { QStringLiteral("mailFrom"), m.envelope.mailFrom },
        { QStringLiteral("mailParameters"), ApiJson::mailParameters(m.envelope.mailParameters) },
        { QStringLiteral("recipients"), recipients },
        { QStringLiteral("heloName"), m.heloName },
        { QStringLiteral("remoteAddress"), m.remoteAddress },
        { QStringLiteral("transmissionType"), m.transmissionType },
        { QStringLiteral("authUser"), m.authUser },
        { QStringLiteral("size"), m.size },
    });
}

QHttpServerResponse ApiServer::serverSettings(const QHttpServerRequest&)
{
    if (!m_server)
        return ApiResponse::error(404, QStringLiteral("no SMTP server is attached to this API"));
    return ApiResponse::json(m_server->settings().toJson());
}

QHttpServerResponse ApiServer::changeServerSettings(const QHttpServerRequest& request)
{
    if (!m_server)
        return ApiResponse::error(404, QStringLiteral("no SMTP server is attached to this API"));
    QJsonObject body;
    QString error;
    if (!ApiResponse::jsonBody(request, &body, &error))
        return ApiResponse::error(400, error);
    // What the body names changes; the rest stays as it is, as in the window.
    ServerSettings settings = m_server->settings();
    if (!ServerSettings::fromJson(body, &settings, &error))
        return ApiResponse::error(400, error);
    if (!m_server->setSettings(settings, &error))
        return ApiResponse::error(409, QStringLiteral("the server cannot use these settings: %1").arg(error));
    return ApiResponse::json(m_server->settings().toJson());
}

QHttpServerResponse ApiServer::listeners(const QHttpServerRequest&)
{
    if (!m_server)
        return ApiResponse::error(404, QStringLiteral("no SMTP server is attached to this API"));
    QJsonArray list;
    for (const SmtpServer::ListenerStatus& l : m_server->listeners())
        list.append(ApiJson::listener(l.config, l.clients));
    return ApiResponse::json(list);
}

} // namespace Mailscope
