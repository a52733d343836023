#pragma once

#include "client/smtpclient.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <list>
#include <map>
#include <memory>
#include <optional>

namespace Mailscope {

// Open SMTP connections kept for reuse: messages for the same server and options wait in one
// queue and go out over at most maxConnections() connections, each sending one message after
// another (RSET between). A connection idle for idleTimeout() says QUIT. When a connection
// breaks, only the message on it fails; the queue goes on over a new connection. A message
// that failed without a reply on a reused connection (the server dropped an idle connection
// just as it was used) is tried once more on a fresh one.
class SmtpClientPool : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmtpClientPool)
public:
    using Callback = std::function<void(const DeliveryResult& result)>;

    explicit SmtpClientPool(QObject* parent = nullptr);
    ~SmtpClientPool() override; // connections are dropped; callbacks still waiting are not called

    void setMaxConnections(int perDestination) { m_maxConnections = qMax(1, perDestination); }
    [[nodiscard]] int maxConnections() const { return m_maxConnections; }
    void setIdleTimeout(int milliseconds) { m_idleTimeoutMs = qMax(0, milliseconds); }
    [[nodiscard]] int idleTimeout() const { return m_idleTimeoutMs; }

    // Queues `message` for the server `options` names; `done` is called once with its result,
    // from the event loop, unless `context` is destroyed before.
    void deliver(
        const ClientOptions& options, const OutgoingMessage& message, QObject* context, Callback done);
    void closeIdleConnections(); // QUIT every connection with nothing to send

    [[nodiscard]] int connectionCount() const;
    [[nodiscard]] int queuedCount() const; // waiting for a connection

Q_SIGNALS:
    // `connection` names the connection ("host:port #n") in the transcript of many.
    void transcriptLine(const QString& connection, const Mailscope::TranscriptLine& line);

private:
    struct Job {
        OutgoingMessage message;
        QPointer<QObject> context;
        bool hasContext = false; // a context was given: its destruction cancels the callback
        Callback done;
        bool retried = false;
    };
    struct Connection {
        SmtpClient* client = nullptr;
        QTimer* idleTimer = nullptr;
        std::optional<Job> job; // the message on its way
        bool jobOnReusedConnection = false;
        bool closing = false;
    };
    struct Destination {
        ClientOptions options;
        QList<Job> queue;
        std::list<std::unique_ptr<Connection>> connections;
    };

    void pump(const QString& key);
    void startJob(Destination& destination, Connection* connection);
    void onMessageFinished(const QString& key, Connection* connection, const DeliveryResult& result);
    void onConnectionEnded(const QString& key, Connection* connection);
    Connection* openConnection(const QString& key, Destination& destination);

    std::map<QString, Destination> m_destinations;
    int m_maxConnections = 3;
    int m_idleTimeoutMs = 30'000;
    quint64 m_connectionsOpened = 0;
};

// What identifies a destination: two messages with equal keys may share a connection.
[[nodiscard]] QString clientOptionsKey(const ClientOptions& options);

} // namespace Mailscope
