// ApiServer: releasing a captured message to the relay. Mailpit's POST /api/v1/message/{ID}/release
// answers "ok" or an error as Mailpit does; ours, POST /api/mailscope/message/{ID}/release, answers
// each recipient's reply. Both answer once the relay has replied: the handler keeps the responder
// and returns, so the event loop (SMTP sessions included) runs on meanwhile.
#include "apiserver.h"

#include "client/messagerelay.h"
#include "http/private/apiresponse.h"
#include "smtp/pathgrammar.h"

#include <QHttpServer>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <memory>

namespace Mailscope {

using Method = QHttpServerRequest::Method;

namespace {

// Mailpit's "To": addresses, bare or "Name <address>"; false with the one that is not an address.
bool readRecipients(const QJsonObject& body, QStringList* recipients, QString* error)
{
    // Mailpit reads the body with Go's JSON decoder, which matches "To" in any case.
    QJsonValue to;
    for (auto it = body.begin(); it != body.end(); ++it)
        if (it.key().compare(QLatin1String("To"), Qt::CaseInsensitive) == 0)
            to = it.value();
    if (!to.isUndefined() && !to.isNull() && !to.isArray()) {
        *error = QStringLiteral("To must be an array of email addresses");
        return false;
    }
    for (const QJsonValue& item : to.toArray()) {
        QString address = item.toString().trimmed();
        const qsizetype open = address.lastIndexOf(u'<');
        if (open >= 0 && address.endsWith(u'>'))
            address = address.mid(open + 1, address.size() - open - 2).trimmed();
        if (!item.isString() || !isValidMailbox(address.toUtf8()) || !address.contains(u'@')) {
            *error = QStringLiteral("Invalid email address: %1")
                         .arg(item.isString() ? item.toString() : item.toVariant().toString());
            return false;
        }
        recipients->append(address);
    }
    if (recipients->isEmpty()) {
        *error = QStringLiteral("No valid addresses found");
        return false;
    }
    return true;
}

// Mailpit's one line for a delivery that did not reach every recipient.
QString smtpError(const DeliveryResult& result)
{
    if (!result.ok())
        return QStringLiteral("SMTP error: ") + result.error;
    QStringList refused;
    for (const DeliveryResult::RecipientResult& r : result.recipients)
        if (!r.accepted)
            refused << QStringLiteral("%1 (%2 %3)")
                           .arg(r.address)
                           .arg(r.reply.code)
                           .arg(QString::fromUtf8(r.reply.text()));
    return QStringLiteral("SMTP error: recipient refused: ") + refused.join(QStringLiteral(", "));
}

} // namespace

void ApiServer::setRelay(MessageRelay* relay)
{
    m_relay = relay;
}

void ApiServer::addReleaseRoutes()
{
    m_http->route(QStringLiteral("/api/v1/message/<arg>/release"), Method::Post,
        [this](const QString& id, const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            release(id, request, std::move(responder), false);
        });
    m_http->route(QStringLiteral("/api/mailscope/message/<arg>/release"), Method::Post,
        [this](const QString& id, const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            release(id, request, std::move(responder), true);
        });
}

void ApiServer::respond(QHttpServerResponder&& responder, QHttpServerResponse&& response) const
{
    // A responder's answer skips the afterRequest hook: the CORS header is added here.
    if (!m_settings.corsOrigin.isEmpty())
        response.addHeader(QByteArrayLiteral("Access-Control-Allow-Origin"), m_settings.corsOrigin.toUtf8());
    response.write(std::move(responder));
}

void ApiServer::release(
    const QString& id, const QHttpServerRequest& request, QHttpServerResponder&& responder, bool perRecipient)
{
    bool allowed = false;
    Response refusal = guarded(request, [&allowed] {
        allowed = true;
        return ApiResponse::ok();
    });
    if (!allowed)
        return respond(std::move(responder), std::move(refusal));
    const Lookup found = findMessage(id, request);
    if (!found.message)
        return respond(std::move(responder), ApiResponse::error(found.status, found.error));
    QJsonObject body;
    QStringList recipients;
    QString error;
    if (!ApiResponse::jsonBody(request, &body, &error) || !readRecipients(body, &recipients, &error))
        return respond(std::move(responder), ApiResponse::error(400, error));
    if (!m_relay) {
        return respond(std::move(responder),
            ApiResponse::error(400, QStringLiteral("no relay is configured (mailscoped --relay URL)")));
    }
    // QHttpServerResponder holds its socket by a plain pointer: answer only if the client is still there.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> socket = held->socket();
    const bool started = m_relay->release(
        found.message->id, recipients, this,
        [this, held, socket, perRecipient](const RelayOutcome& outcome) {
            if (!socket || socket->state() != QAbstractSocket::ConnectedState)
                return;
            if (perRecipient)
                return respond(std::move(*held), ApiResponse::json(relayOutcomeJson(outcome)));
            if (outcome.result.allAccepted())
                return respond(std::move(*held), ApiResponse::ok());
            respond(std::move(*held), ApiResponse::error(400, smtpError(outcome.result)));
        },
        &error);
    if (!started)
        respond(std::move(*held), ApiResponse::error(400, error));
}

} // namespace Mailscope
