#include "apievents.h"

#include "http/apijson.h"
#include "http/apirequest.h"
#include "http/apisettings.h"
#include "http/private/apiresponse.h"
#include "smtp/smtpserver.h"
#include "smtp/smtpsession.h"
#include "store/messagestore.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QHttpServerRouterRule>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrl>
#include <QWebSocket>
#include <utility>

namespace Mailscope {

namespace {

constexpr qint64 MaxIncomingBytes = 64 * 1024; // clients only listen; what they send is dropped
constexpr int CloseGraceMs = 5000; // a client that does not answer our close frame is cut off

// RFC 6455 5.5: a control frame's payload (code + reason) is at most 125 bytes.
QString closeReason(const QString& reason)
{
    QByteArray utf8 = reason.toUtf8();
    if (utf8.size() <= 123)
        return reason;
    utf8.truncate(123);
    return QString::fromUtf8(utf8).chopped(1); // may have cut a character in two
}

// A route that takes a request only when `accepts` says so: Qt 6.4 upgrades a WebSocket request
// only when a route took it, so a refused one gets an HTTP answer from the missing-route handler.
class GuardedRule : public QHttpServerRouterRule {
public:
    using Predicate = std::function<bool(const QHttpServerRequest&)>;
    GuardedRule(
        const QString& path, QHttpServerRequest::Methods methods, Predicate accepts, RouterHandler handler)
        : QHttpServerRouterRule(path, methods, std::move(handler))
        , m_accepts(std::move(accepts))
    {
    }

protected:
    bool matches(const QHttpServerRequest& request, QRegularExpressionMatch* match) const override
    {
        return QHttpServerRouterRule::matches(request, match) && m_accepts(request);
    }

private:
    Predicate m_accepts;
};

QByteArray frame(const QString& type, const QJsonValue& data)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("Type"), type }, { QStringLiteral("Data"), data } })
        .toJson(QJsonDocument::Compact);
}

} // namespace

ApiEvents::ApiEvents(
    QHttpServer* http, MessageStore* store, SmtpServer* server, const ApiSettings* settings, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_store(store)
    , m_server(server)
    , m_settings(settings)
{
    connect(m_http, &QAbstractHttpServer::newWebSocketConnection, this, &ApiEvents::acceptPending);
    m_http->route<GuardedRule>(
        QStringLiteral("/api/events"), QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest& request) { return refusal(request).status == 0; },
        [](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            // A WebSocket request gets its answer from the handshake, once this returns.
            if (ApiResponse::header(request, QByteArrayLiteral("upgrade"))
                    .compare("websocket", Qt::CaseInsensitive)
                != 0)
                responder.write(QJsonDocument(ApiJson::error(QStringLiteral(
                                    "/api/events is a WebSocket: connect with Upgrade: websocket"))),
                    QHttpServerResponder::StatusCode::BadRequest);
        });
    connect(m_store, &MessageStore::messageAdded, this, &ApiEvents::messageAdded);
    connect(m_store, &MessageStore::messageRemoved, this, &ApiEvents::messageRemoved);
    connect(m_store, &MessageStore::messageChanged, this, &ApiEvents::messageChanged);
    connect(m_store, &MessageStore::allMessagesRemoved, this, &ApiEvents::allMessagesRemoved);
    m_deletionTimer.setSingleShot(true);
    m_deletionTimer.setInterval(0);
    connect(&m_deletionTimer, &QTimer::timeout, this, &ApiEvents::flushDeletions);
    m_statsTimer.setSingleShot(true);
    m_statsTimer.setInterval(CoalesceMs);
    connect(&m_statsTimer, &QTimer::timeout, this, &ApiEvents::sendStats);
    m_sessionTimer.setSingleShot(true);
    m_sessionTimer.setInterval(CoalesceMs);
    connect(&m_sessionTimer, &QTimer::timeout, this, &ApiEvents::sendChangedSessions);
    if (m_server) {
        connect(m_server, &SmtpServer::sessionStarted, this, &ApiEvents::watchSession);
        connect(m_server, &SmtpServer::sessionClosed, this, [this](const SessionInfo& info) {
            m_changedSessions.remove(info.id);
            sendSession(QStringLiteral("closed"), info);
        });
    }
}

ApiEvents::~ApiEvents() = default;

ApiEvents::Refusal ApiEvents::refusal(const QByteArray& authorization, const QString& origin,
    const QString& host, int port, const ApiSettings& settings)
{
    if (!ApiRequest::isAuthorized(authorization, settings))
        return { 401, QStringLiteral("authentication required") };
    // Browsers let any page open a WebSocket anywhere: only our own pages, or the CORS origin, may.
    if (origin.isEmpty() || settings.corsOrigin == QLatin1String("*") || origin == settings.corsOrigin)
        return {};
    const QUrl page(origin);
    const int pagePort = page.port(page.scheme() == QLatin1String("https") ? 443 : 80);
    if (page.host().compare(host, Qt::CaseInsensitive) == 0 && pagePort == port)
        return {};
    return { 403,
        QStringLiteral("pages from %1 may not follow events (see the API's CORS origin)").arg(origin) };
}

ApiEvents::Refusal ApiEvents::refusal(const QHttpServerRequest& request) const
{
    const QUrl target(QStringLiteral("http://")
        + QString::fromLatin1(ApiResponse::header(request, QByteArrayLiteral("host"))));
    return refusal(ApiResponse::header(request, QByteArrayLiteral("authorization")),
        QString::fromUtf8(ApiResponse::header(request, QByteArrayLiteral("origin"))), target.host(),
        target.port(80), *m_settings);
}

void ApiEvents::acceptPending()
{
    while (m_http->hasPendingWebSocketConnections()) {
        QWebSocket* socket = m_http->nextPendingWebSocketConnection().release();
        if (!socket)
            continue;
        socket->setParent(this);
        socket->setMaxAllowedIncomingMessageSize(MaxIncomingBytes);
        socket->setMaxAllowedIncomingFrameSize(MaxIncomingBytes);
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_clients.removeOne(socket);
            socket->deleteLater();
        });
        m_clients.append(socket);
        Q_EMIT clientAccepted();
    }
}

void ApiEvents::drop(QWebSocket* socket, const QString& reason)
{
    m_clients.removeOne(socket);
    disconnect(socket, nullptr, this, nullptr);
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, closeReason(reason));
    // Our close frame waits behind what the client did not read: cut it off if it never answers.
    QTimer::singleShot(CloseGraceMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    Q_EMIT clientDropped(reason);
}

void ApiEvents::broadcast(const QString& type, const QJsonValue& data)
{
    if (!m_deleted.isEmpty() || m_truncated)
        flushDeletions(); // in the order they happened
    send(frame(type, data));
}

void ApiEvents::send(const QByteArray& frame)
{
    const QString text = QString::fromUtf8(frame);
    for (QWebSocket* socket : QList<QWebSocket*>(m_clients)) {
        if (socket->bytesToWrite() + frame.size() > m_maxBacklogBytes) {
            drop(socket,
                QStringLiteral("events not read fast enough (%1 bytes waiting)").arg(socket->bytesToWrite()));
            continue;
        }
        socket->sendTextMessage(text);
    }
}

void ApiEvents::messageAdded(qint64 id)
{
    if (m_clients.isEmpty())
        return;
    if (const std::optional<StoredMessage> message = m_store->message(id))
        broadcast(QStringLiteral("new"), ApiJson::messageSummary(*message));
    scheduleStats();
}

void ApiEvents::messageChanged(qint64 id)
{
    if (m_clients.isEmpty())
        return;
    if (const std::optional<StoredMessage> message = m_store->message(id))
        broadcast(QStringLiteral("update"),
            QJsonObject { { QStringLiteral("ID"), QString::number(id) },
                { QStringLiteral("Read"), message->isRead },
                { QStringLiteral("Tags"), QJsonArray::fromStringList(message->tags) } });
    scheduleStats();
}

void ApiEvents::messageRemoved(qint64 id)
{
    if (m_clients.isEmpty())
        return;
    m_deleted.append(id);
    m_deletionTimer.start();
}

void ApiEvents::allMessagesRemoved()
{
    if (m_clients.isEmpty())
        return;
    m_deleted.clear();
    m_truncated = true;
    m_deletionTimer.start();
}

void ApiEvents::flushDeletions()
{
    m_deletionTimer.stop();
    const QList<qint64> deleted = std::exchange(m_deleted, {});
    const bool truncated = std::exchange(m_truncated, false);
    if (truncated)
        send(frame(QStringLiteral("truncate"), QJsonValue::Null));
    else if (deleted.size() > PruneThreshold)
        send(frame(QStringLiteral("prune"), QJsonValue::Null));
    else
        for (const qint64 id : deleted)
            send(frame(
                QStringLiteral("delete"), QJsonObject { { QStringLiteral("ID"), QString::number(id) } }));
    if (truncated || !deleted.isEmpty())
        scheduleStats();
}

void ApiEvents::scheduleStats()
{
    if (!m_statsTimer.isActive()) // a throttle, not a debounce: a steady flood still gets its stats
        m_statsTimer.start();
}

void ApiEvents::sendStats()
{
    if (m_clients.isEmpty())
        return;
    broadcast(QStringLiteral("stats"),
        QJsonObject { { QStringLiteral("Total"), m_store->messageCount() },
            { QStringLiteral("Unread"), m_store->search(QStringLiteral("is:unread"), 0, 0).total },
            { QStringLiteral("Version"), QCoreApplication::applicationVersion() } });
}

void ApiEvents::watchSession(SmtpSession* session)
{
    sendSession(QStringLiteral("started"), session->info());
    connect(session, &SmtpSession::infoChanged, this, [this](const SessionInfo& info) {
        if (m_clients.isEmpty() || info.ended.isValid()) // a closed session had its "closed"
            return;
        m_changedSessions.insert(info.id, info);
        if (!m_sessionTimer.isActive())
            m_sessionTimer.start();
    });
}

void ApiEvents::sendChangedSessions()
{
    const QHash<QString, SessionInfo> changed = std::exchange(m_changedSessions, {});
    for (const SessionInfo& info : changed)
        sendSession(QStringLiteral("changed"), info);
}

void ApiEvents::sendSession(const QString& event, const SessionInfo& info)
{
    if (m_clients.isEmpty())
        return;
    // The same object as an item of GET /api/mailscope/sessions.
    QJsonObject session = ApiJson::session(info);
    QJsonArray ids;
    for (const qint64 id : m_store->messageIdsForSession(info.id))
        ids.append(QString::number(id));
    session.insert(QStringLiteral("messages"), ids);
    broadcast(QStringLiteral("session"),
        QJsonObject { { QStringLiteral("event"), event }, { QStringLiteral("session"), session } });
}

} // namespace Mailscope
