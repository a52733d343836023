#pragma once

#include "http/apisettings.h"
#include "store/messagestore.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QHttpServerResponder;

namespace Mailscope {

class ApiEvents;
class SmtpServer;
class MessageRelay;

// The HTTP API over the store and the server: Mailpit's v1 routes with its paths, verbs,
// status codes and JSON (so its clients work unchanged), and ours under /api/mailscope/
// (sessions and transcripts, live settings, listeners). Live events: /api/events (WebSocket).
// Thin: the work lives in the store and the MIME parser.
class ApiServer : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)
public:
    // `server` may be null (no settings, listeners or live sessions then).
    explicit ApiServer(MessageStore* store, SmtpServer* server = nullptr, QObject* parent = nullptr);
    ~ApiServer() override;

    void setSettings(const ApiSettings& settings); // before listen()
    void setRelay(MessageRelay* relay); // for the release routes; without one they answer 400
    [[nodiscard]] const ApiSettings& settings() const { return m_settings; }

    [[nodiscard]] bool listen(QString* error = nullptr);
    [[nodiscard]] bool isListening() const { return m_port != 0; }
    [[nodiscard]] quint16 port() const { return m_port; } // the real one when 0 was asked for
    [[nodiscard]] QString url() const; // "http://127.0.0.1:8025"
    [[nodiscard]] ApiEvents* events() const { return m_events.get(); } // the /api/events WebSocket clients

private:
    using Response = QHttpServerResponse;
    using Handler0 = Response (ApiServer::*)(const QHttpServerRequest&);
    using Handler1 = Response (ApiServer::*)(const QString&, const QHttpServerRequest&);
    using Handler2 = Response (ApiServer::*)(const QString&, const QString&, const QHttpServerRequest&);
    void route(const QString& path, int methods, Handler0 handler);
    void route(const QString& path, int methods, Handler1 handler);
    void route(const QString& path, int methods, Handler2 handler);
    // Runs `handler` unless the request may not: 401 without the credentials, 413 when too large.
    Response guarded(const QHttpServerRequest& request, const std::function<Response()>& handler);
    void addRoutes();
    void addMessageRoutes();
    void addMailscopeRoutes();
    void addTestingRoutes();
    void addReleaseRoutes();

    // Mailpit's v1 (apimessages.cpp: lists, search, tags, info; apimessage.cpp: one message)
    Response listMessages(const QHttpServerRequest& request);
    Response setReadStatus(const QHttpServerRequest& request);
    Response deleteMessages(const QHttpServerRequest& request);
    Response search(const QHttpServerRequest& request);
    Response deleteSearch(const QHttpServerRequest& request);
    Response info(const QHttpServerRequest& request);
    Response webUiConfiguration(const QHttpServerRequest& request);
    Response listTags(const QHttpServerRequest& request);
    Response setTags(const QHttpServerRequest& request);
    Response renameTag(const QString& tag, const QHttpServerRequest& request);
    Response deleteTag(const QString& tag, const QHttpServerRequest& request);
    Response message(const QString& id, const QHttpServerRequest& request);
    Response messageHeaders(const QString& id, const QHttpServerRequest& request);
    Response messageRaw(const QString& id, const QHttpServerRequest& request);
    Response messagePart(const QString& id, const QString& partId, const QHttpServerRequest& request);
    Response viewHtml(const QString& id, const QHttpServerRequest& request);
    Response viewText(const QString& id, const QHttpServerRequest& request);
    Response health(const QHttpServerRequest& request);
    // Mailpit's testing routes (apichaos.cpp, apisend.cpp)
    Response chaos(const QHttpServerRequest& request);
    Response setChaos(const QHttpServerRequest& request);
    Response sendMessage(const QHttpServerRequest& request);

    // Ours (apimailscope.cpp)
    Response listSessions(const QHttpServerRequest& request);
    Response session(const QString& id, const QHttpServerRequest& request);
    Response messageEnvelope(const QString& id, const QHttpServerRequest& request);
    Response serverSettings(const QHttpServerRequest& request);
    Response changeServerSettings(const QHttpServerRequest& request);
    Response listeners(const QHttpServerRequest& request);

    // Release (apirelease.cpp): answered when the relay's reply has come, never blocking the loop.
    void release(const QString& id, const QHttpServerRequest& request, QHttpServerResponder&& responder,
        bool perRecipient);
    void respond(QHttpServerResponder&& responder, QHttpServerResponse&& response) const;

    // A message named in a path ("42" or "latest", optionally ?query= for the newest match),
    // or why not: 400 for what cannot be an ID, 404 for a message that is not there.
    struct Lookup {
        std::optional<StoredMessage> message;
        int status = 200;
        QString error;
    };
    [[nodiscard]] Lookup findMessage(const QString& id, const QHttpServerRequest& request) const;
    Response messageList(int start, int limit, const QString& query) const;

    MessageStore* m_store;
    QPointer<SmtpServer> m_server;
    QPointer<MessageRelay> m_relay;
    ApiSettings m_settings;
    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<ApiEvents> m_events; // after m_http: gone before it
    quint16 m_port = 0;
    QDateTime m_started = QDateTime::currentDateTimeUtc();
    // Since start, for /api/v1/info's RuntimeStats.
    qint64 m_accepted = 0;
    qint64 m_acceptedBytes = 0;
    qint64 m_deleted = 0;
};

} // namespace Mailscope
