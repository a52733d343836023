#pragma once

#include "smtp/sessioninfo.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QWebSocket;

namespace Mailscope {

class MessageStore;
class SmtpServer;
class SmtpSession;
struct ApiSettings;

// Live events at /api/events (WebSocket), in Mailpit's frames {"Type": ..., "Data": ...} so its
// web UI and clients follow along: "new" (a message summary), "update" ({ID, Read, Tags}),
// "delete" ({ID}), "truncate", "prune" (many deleted: reload), "stats" ({Total, Unread, Version}).
// Ours beside them: "session" ({"event": "started"|"changed"|"closed", "session": {...}}).
// "stats" and a session's "changed" are coalesced (at most one per interval); a client that
// reads too slowly to keep its unsent bytes under a limit is closed rather than buffered for.
// A socket is upgraded only when the route takes the request: the same credentials as every route
// (Authorization header) and a page of our own origin or the CORS one; otherwise the HTTP answer
// is 401 or 403 (see refusal()), from the API's missing-route handler.
class ApiEvents : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiEvents)
public:
    static constexpr int CoalesceMs = 250; // Mailpit's delay for its stats
    static constexpr qint64 DefaultMaxBacklogBytes = 4 * 1024 * 1024;
    static constexpr qsizetype PruneThreshold = 200; // more deletions at once: one "prune"

    // `server` may be null (no session events then); `settings` must outlive this.
    ApiEvents(QHttpServer* http, MessageStore* store, SmtpServer* server, const ApiSettings* settings,
        QObject* parent = nullptr);
    ~ApiEvents() override;

    [[nodiscard]] int clientCount() const { return int(m_clients.size()); }
    void setMaxBacklogBytes(qint64 bytes) { m_maxBacklogBytes = bytes; }
    // Sends {"Type": type, "Data": data} to every client, after any deletions still held back.
    void broadcast(const QString& type, const QJsonValue& data = QJsonValue::Null);

    // Why a request may not follow events: status 401 (credentials) or 403 (a foreign page's
    // Origin), with the reason; status 0 when it may. Pure: the Authorization and Origin headers,
    // and the host and port the request was sent to.
    struct Refusal {
        int status = 0;
        QString reason;
    };
    [[nodiscard]] static Refusal refusal(const QByteArray& authorization, const QString& origin,
        const QString& host, int port, const ApiSettings& settings);
    [[nodiscard]] Refusal refusal(const QHttpServerRequest& request) const;

Q_SIGNALS:
    void clientAccepted();
    void clientDropped(const QString& reason);

private:
    void acceptPending();
    void drop(QWebSocket* socket, const QString& reason);
    void send(const QByteArray& frame);
    void messageAdded(qint64 id);
    void messageRemoved(qint64 id);
    void messageChanged(qint64 id);
    void allMessagesRemoved();
    void flushDeletions();
    void scheduleStats();
    void sendStats();
    void watchSession(SmtpSession* session);
    void sendSession(const QString& event, const SessionInfo& info);
    void sendChangedSessions();

    QHttpServer* m_http;
    MessageStore* m_store;
    QPointer<SmtpServer> m_server;
    const ApiSettings* m_settings;
    QList<QWebSocket*> m_clients; // children of this
    qint64 m_maxBacklogBytes = DefaultMaxBacklogBytes;
    // Deletions wait for the end of the event-loop turn, so a clear-all becomes one "truncate".
    QList<qint64> m_deleted;
    bool m_truncated = false;
    QTimer m_deletionTimer;
    QTimer m_statsTimer;
    QHash<QString, SessionInfo> m_changedSessions;
    QTimer m_sessionTimer;
};

} // namespace Mailscope
