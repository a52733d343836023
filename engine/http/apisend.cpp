// ApiServer: Mailpit's POST /api/v1/send: a message built from JSON, stored as if it had arrived,
// with an envelope from its From and every To, Cc and Bcc address.
#include "apiserver.h"

#include "http/private/apiresponse.h"
#include "http/sendrequest.h"
#include "store/messagespool.h"

#include <QHttpServer>
#include <utility>

namespace Mailscope {

QHttpServerResponse ApiServer::sendMessage(const QHttpServerRequest& request)
{
    QJsonObject body;
    QString error;
    SendRequest send;
    if (!ApiResponse::jsonBody(request, &body, &error) || !SendRequest::fromJson(body, &send, &error))
        return ApiResponse::error(400, error);

    const std::unique_ptr<MessageSpool> spool = m_store->createSpool();
    spool->append(MimeComposer::compose(send.message));
    Envelope envelope;
    envelope.mailFrom = send.message.from.address;
    for (const QString& recipient : std::as_const(send.recipients))
        envelope.recipients.append({ recipient, {} });
    SessionInfo session;
    session.id = QStringLiteral("api");
    session.transmissionType = QStringLiteral("HTTP");
    session.listener = url();
    session.remoteAddress = request.remoteAddress();
    session.started = QDateTime::currentDateTimeUtc();
    session.ended = session.started;
    session.transactionCount = 1;
    // Basic auth names a user for the message, as SMTP AUTH would (Mailpit's Username).
    const QByteArray authorization = ApiResponse::header(request, QByteArrayLiteral("authorization"));
    if (authorization.startsWith("Basic ") && !m_settings.user.isEmpty())
        session.authUser = m_settings.user;

    const MessageStore::AddResult added = m_store->addMessage(*spool, envelope, session);
    if (!added.ok())
        return ApiResponse::error(
            500, QStringLiteral("the message could not be stored: %1").arg(added.error));
    if (!send.tags.isEmpty())
        (void)m_store->setTags(added.id, send.tags);
    return ApiResponse::json(QJsonObject { { QStringLiteral("ID"), QString::number(added.id) } });
}

} // namespace Mailscope
