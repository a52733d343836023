// ApiServer: Mailpit's chaos triggers (GET/PUT /api/v1/chaos) over the server's rules, and its send
// route's registration. Off unless ApiSettings::chaosEnabled (mailscoped --enable-chaos), as in Mailpit.
#include "apiserver.h"

#include "http/private/apiresponse.h"
#include "rules/chaostriggers.h"
#include "smtp/smtpserver.h"

#include <QHttpServer>

namespace Mailscope {

using Method = QHttpServerRequest::Method;

void ApiServer::addTestingRoutes()
{
    route(QStringLiteral("/api/v1/chaos"), int(Method::Get), &ApiServer::chaos);
    route(QStringLiteral("/api/v1/chaos"), int(Method::Put), &ApiServer::setChaos);
    route(QStringLiteral("/api/v1/send"), int(Method::Post), &ApiServer::sendMessage);
}

QHttpServerResponse ApiServer::chaos(const QHttpServerRequest&)
{
    if (!m_settings.chaosEnabled)
        return ApiResponse::error(400, QStringLiteral("Chaos is not enabled"));
    if (!m_server)
        return ApiResponse::error(404, QStringLiteral("no SMTP server is attached to this API"));
    return ApiResponse::json(ChaosTriggers::toJson(m_server->settings().rules));
}

QHttpServerResponse ApiServer::setChaos(const QHttpServerRequest& request)
{
    if (!m_settings.chaosEnabled)
        return ApiResponse::error(400, QStringLiteral("Chaos is not enabled"));
    if (!m_server)
        return ApiResponse::error(404, QStringLiteral("no SMTP server is attached to this API"));
    QJsonObject body;
    QString error;
    if (!ApiResponse::jsonBody(request, &body, &error))
        return ApiResponse::error(400, error);
    ServerSettings settings = m_server->settings();
    if (!ChaosTriggers::apply(body, &settings.rules, &error))
        return ApiResponse::error(400, error);
    // The same path as PUT /api/mailscope/settings: the next command sees the new rules.
    if (!m_server->setSettings(settings, &error))
        return ApiResponse::error(409, QStringLiteral("the server cannot use these rules: %1").arg(error));
    return ApiResponse::json(ChaosTriggers::toJson(m_server->settings().rules));
}

} // namespace Mailscope
