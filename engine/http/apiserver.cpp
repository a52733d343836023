#include "apiserver.h"

#include "http/apievents.h"
#include "http/apijson.h"
#include "http/apirequest.h"
#include "http/private/apiresponse.h"
#include "smtp/smtpserver.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QMetaEnum>

namespace Mailscope {

using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponse::StatusCode;

namespace {

constexpr qint64 MaxSendRequestBytes = 64 * 1024 * 1024; // when the SMTP server sets no size limit

// Resident memory from /proc (Linux), for /api/v1/info; 0 where unknown.
qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    return 0;
}

qint64 folderBytes(const QString& folder)
{
    qint64 total = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

} // namespace

ApiServer::ApiServer(MessageStore* store, SmtpServer* server, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_server(server)
    , m_http(std::make_unique<QHttpServer>())
    , m_events(std::make_unique<ApiEvents>(m_http.get(), store, server, &m_settings))
{
    connect(m_store, &MessageStore::messageAdded, this, [this](qint64 id) {
        ++m_accepted;
        if (const auto m = m_store->message(id))
            m_acceptedBytes += m->size;
    });
    connect(m_store, &MessageStore::messageRemoved, this, [this] { ++m_deleted; });
    addRoutes();
}

ApiServer::~ApiServer() = default;

void ApiServer::setSettings(const ApiSettings& settings)
{
    m_settings = settings;
}

bool ApiServer::listen(QString* error)
{
    const QHostAddress address = m_settings.host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        ? QHostAddress(QHostAddress::LocalHost)
        : QHostAddress(m_settings.host);
    m_port = m_http->listen(address, m_settings.port);
    if (m_port == 0 && error)
        *error
            = QStringLiteral("cannot listen for the API on %1").arg(apiUrl(m_settings.host, m_settings.port));
    return m_port != 0;
}

QString ApiServer::url() const
{
    return apiUrl(m_settings.host, m_port);
}

void ApiServer::route(const QString& path, int methods, Handler0 handler)
{
    m_http->route(path, QHttpServerRequest::Methods::fromInt(methods),
        [this, handler](const QHttpServerRequest& request) {
            return guarded(request, [&] { return (this->*handler)(request); });
        });
}

void ApiServer::route(const QString& path, int methods, Handler1 handler)
{
    m_http->route(path, QHttpServerRequest::Methods::fromInt(methods),
        [this, handler](const QString& a, const QHttpServerRequest& request) {
            return guarded(request, [&] { return (this->*handler)(a, request); });
        });
}

void ApiServer::route(const QString& path, int methods, Handler2 handler)
{
    m_http->route(path, QHttpServerRequest::Methods::fromInt(methods),
        [this, handler](const QString& a, const QString& b, const QHttpServerRequest& request) {
            return guarded(request, [&] { return (this->*handler)(a, b, request); });
        });
}

QHttpServerResponse ApiServer::guarded(
    const QHttpServerRequest& request, const std::function<Response()>& handler)
{
    if (!ApiRequest::isAuthorized(
            ApiResponse::header(request, QByteArrayLiteral("authorization")), m_settings)) {
        Response denied = ApiResponse::error(401, QStringLiteral("authentication required"));
        if (!m_settings.user.isEmpty())
            denied.addHeader(
                QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"Mailscope\""));
        else
            denied.addHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
        return denied;
    }
    qint64 limit = m_settings.maxRequestBytes;
    // A message sent through the API may be as large as SMTP takes one, in base64 and JSON.
    if (request.url().path() == QLatin1String("/api/v1/send")) {
        const qint64 smtpLimit = m_server ? m_server->settings().maxMessageSize : 0;
        limit = qMax(limit, smtpLimit > 0 ? smtpLimit / 3 * 4 + 64 * 1024 : MaxSendRequestBytes);
    }
    if (request.body().size() > limit)
        return ApiResponse::error(413, QStringLiteral("the request body is larger than %1 bytes").arg(limit));
    return handler();
}

void ApiServer::addRoutes()
{
    addMessageRoutes();
    addMailscopeRoutes();
    addTestingRoutes();
    addReleaseRoutes();
    route(QStringLiteral("/livez"), int(Method::Get), &ApiServer::health);
    route(QStringLiteral("/readyz"), int(Method::Get), &ApiServer::health);

    // CORS only when allowed: the origin on every answer, and preflights (which carry no credentials).
    m_http->afterRequest([this](QHttpServerResponse&& response) {
        if (!m_settings.corsOrigin.isEmpty())
            response.addHeader(
                QByteArrayLiteral("Access-Control-Allow-Origin"), m_settings.corsOrigin.toUtf8());
        return std::move(response);
    });
    m_http->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        // /api/events refused its request (credentials, a foreign page): answered before any upgrade.
        if (request.url().path() == QLatin1String("/api/events")) {
            if (const ApiEvents::Refusal refused = m_events->refusal(request); refused.status != 0) {
                const QByteArray body = QJsonDocument(ApiJson::error(refused.reason)).toJson(QJsonDocument::Compact);
                const QByteArray challenge = m_settings.user.isEmpty() ? QByteArrayLiteral("Bearer")
                                                                       : QByteArrayLiteral("Basic realm=\"Mailscope\"");
                if (refused.status == 401)
                    responder.write(body,
                        { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") },
                            { QByteArrayLiteral("WWW-Authenticate"), challenge } },
                        Status::Unauthorized);
                else
                    responder.write(body,
                        { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") } },
                        Status::Forbidden);
                return;
            }
        }
        if (request.method() == Method::Options && !m_settings.corsOrigin.isEmpty()) {
            responder.write(
                { { QByteArrayLiteral("Access-Control-Allow-Origin"), m_settings.corsOrigin.toUtf8() },
                    { QByteArrayLiteral("Access-Control-Allow-Methods"),
                        QByteArrayLiteral("GET, PUT, POST, DELETE, OPTIONS") },
                    { QByteArrayLiteral("Access-Control-Allow-Headers"),
                        QByteArrayLiteral("Authorization, Content-Type") },
                    { QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("600") } },
                Status::NoContent);
            return;
        }
        const QByteArray body = QJsonDocument(
            ApiJson::error(
                QStringLiteral("no such route: %1 %2")
                    .arg(QString::fromLatin1(QMetaEnum::fromType<Method>().valueToKey(int(request.method())))
                             .toUpper(),
                        request.url().path())))
                                    .toJson(QJsonDocument::Compact);
        if (m_settings.corsOrigin.isEmpty())
            responder.write(body,
                { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") } },
                Status::NotFound);
        else
            responder.write(body,
                { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") },
                    { QByteArrayLiteral("Access-Control-Allow-Origin"), m_settings.corsOrigin.toUtf8() } },
                Status::NotFound);
    });
}

QHttpServerResponse ApiServer::health(const QHttpServerRequest&)
{
    if (!m_store->isOpen())
        return ApiResponse::error(503, QStringLiteral("the message store is not open"));
    return ApiResponse::ok();
}

QHttpServerResponse ApiServer::info(const QHttpServerRequest&)
{
    QJsonObject tags;
    for (const QString& tag : m_store->tags())
        tags.insert(tag, m_store->search(QStringLiteral("tag:\"%1\"").arg(tag), 0, 0).total);
    const QString version = QCoreApplication::applicationVersion();
    return ApiResponse::json(QJsonObject {
        { QStringLiteral("Version"), version },
        { QStringLiteral("LatestVersion"), version }, // a test server does not call home to ask
        { QStringLiteral("Database"),
            m_store->isPersistent() ? m_store->folder() : QStringLiteral(":memory:") },
        { QStringLiteral("DatabaseSize"), folderBytes(m_store->folder()) },
        { QStringLiteral("Messages"), m_store->messageCount() },
        { QStringLiteral("Unread"), m_store->search(QStringLiteral("is:unread"), 0, 0).total },
        { QStringLiteral("Tags"), tags },
        { QStringLiteral("RuntimeStats"),
            QJsonObject {
                { QStringLiteral("Memory"), residentBytes() },
                { QStringLiteral("MessagesDeleted"), m_deleted },
                { QStringLiteral("SMTPAccepted"), m_accepted },
                { QStringLiteral("SMTPAcceptedSize"), m_acceptedBytes },
                { QStringLiteral("SMTPRejected"), 0 },
                { QStringLiteral("SMTPIgnored"), 0 },
                { QStringLiteral("Uptime"), m_started.secsTo(QDateTime::currentDateTimeUtc()) },
            } },
    });
}

QHttpServerResponse ApiServer::webUiConfiguration(const QHttpServerRequest&)
{
    const RelaySettings relay = m_server ? m_server->settings().relay : RelaySettings {};
    const QString relayServer
        = relay.isConfigured() ? relay.host + QLatin1Char(':') + QString::number(relay.port) : QString();
    return ApiResponse::json(QJsonObject {
        { QStringLiteral("Label"), QStringLiteral("Mailscope") },
        { QStringLiteral("MessageRelay"),
            QJsonObject { { QStringLiteral("Enabled"), relay.isConfigured() },
                { QStringLiteral("SMTPServer"), relayServer },
                { QStringLiteral("ReturnPath"), QString() },
                { QStringLiteral("AllowedRecipients"), QString() },
                { QStringLiteral("BlockedRecipients"), QString() },
                { QStringLiteral("OverrideFrom"), QString() },
                { QStringLiteral("PreserveMessageIDs"), false },
                { QStringLiteral("RecipientAllowlist"), QString() } } },
        { QStringLiteral("SpamAssassin"), false },
        { QStringLiteral("ChaosEnabled"), m_settings.chaosEnabled },
        { QStringLiteral("DuplicatesIgnored"), false },
        { QStringLiteral("HideDeleteAllButton"), false },
    });
}

} // namespace Mailscope
