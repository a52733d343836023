#include "client/smtpclientpool.h"

#include <QTimer>

namespace Mailscope {

namespace {

// Failures that say nothing about the message: the connection was gone (no reply at all) or
// the server is closing it (421). On a reused connection that is worth one more try.
bool isConnectionLoss(const DeliveryResult& result)
{
    const bool anyAccepted = std::any_of(result.recipients.cbegin(), result.recipients.cend(),
        [](const DeliveryResult::RecipientResult& r) { return r.accepted; });
    return !result.ok() && !anyAccepted && (result.failedReply.code == 0 || result.failedReply.code == 421);
}

} // namespace

QString clientOptionsKey(const ClientOptions& o)
{
    const QStringList parts {
        o.host.toLower(),
        QString::number(o.port),
        QString::number(int(o.security)),
        QString::number(o.acceptBadCertificates),
        QString::number(o.lmtp),
        o.heloName,
        o.user,
        o.password,
        o.mechanism ? QString::fromLatin1(saslMechanismName(*o.mechanism)) : QString(),
        QString::number(o.usePipelining),
        QString::number(o.useChunking),
        QString::number(o.timeoutSeconds),
    };
    return parts.join(QChar(0x1f)); // a separator no field holds
}

SmtpClientPool::SmtpClientPool(QObject* parent)
    : QObject(parent)
{
}

SmtpClientPool::~SmtpClientPool()
{
    // The clients are children: deleting them must not reach back into a half-destroyed pool.
    for (auto& [key, destination] : m_destinations)
        for (auto& connection : destination.connections)
            connection->client->disconnect(this);
}

void SmtpClientPool::deliver(
    const ClientOptions& options, const OutgoingMessage& message, QObject* context, Callback done)
{
    const QString key = clientOptionsKey(options);
    Destination& destination = m_destinations[key];
    destination.options = options;
    destination.queue.append(Job { message, context, context != nullptr, std::move(done), false });
    // From the event loop, so a caller never sees its callback before deliver() returns.
    QTimer::singleShot(0, this, [this, key] { pump(key); });
}

void SmtpClientPool::closeIdleConnections()
{
    for (auto& [key, destination] : m_destinations)
        for (auto& connection : destination.connections)
            if (!connection->job && !connection->closing) {
                connection->closing = true;
                connection->idleTimer->stop();
                connection->client->quit();
            }
}

int SmtpClientPool::connectionCount() const
{
    int count = 0;
    for (const auto& [key, destination] : m_destinations)
        count += int(destination.connections.size());
    return count;
}

int SmtpClientPool::queuedCount() const
{
    int count = 0;
    for (const auto& [key, destination] : m_destinations)
        count += int(destination.queue.size());
    return count;
}

void SmtpClientPool::pump(const QString& key)
{
    const auto it = m_destinations.find(key);
    if (it == m_destinations.end())
        return;
    Destination& destination = it->second;
    while (!destination.queue.isEmpty()) {
        Connection* free = nullptr;
        for (auto& connection : destination.connections)
            if (!connection->job && !connection->closing && !connection->client->hasEnded()) {
                free = connection.get();
                break;
            }
        if (!free && int(destination.connections.size()) < m_maxConnections)
            free = openConnection(key, destination);
        if (!free)
            return; // every connection is busy: the queue waits for the first to finish
        startJob(destination, free);
    }
    if (destination.connections.empty())
        m_destinations.erase(it);
}

SmtpClientPool::Connection* SmtpClientPool::openConnection(const QString& key, Destination& destination)
{
    auto connection = std::make_unique<Connection>();
    Connection* raw = connection.get();
    raw->client = new SmtpClient(this);
    raw->idleTimer = new QTimer(raw->client);
    raw->idleTimer->setSingleShot(true);
    const QString name = QStringLiteral("%1:%2 #%3")
                             .arg(destination.options.host)
                             .arg(destination.options.port)
                             .arg(++m_connectionsOpened);
    connect(raw->client, &SmtpClient::transcriptLine, this,
        [this, name](const TranscriptLine& line) { Q_EMIT transcriptLine(name, line); });
    connect(raw->client, &SmtpClient::messageFinished, this,
        [this, key, raw](const DeliveryResult& result) { onMessageFinished(key, raw, result); });
    connect(raw->client, &SmtpClient::finished, this, [this, key, raw] { onConnectionEnded(key, raw); });
    connect(raw->idleTimer, &QTimer::timeout, this, [raw] {
        if (raw->job || raw->closing)
            return;
        raw->closing = true;
        raw->client->quit();
    });
    raw->client->open(destination.options);
    destination.connections.push_back(std::move(connection));
    return raw;
}

void SmtpClientPool::startJob(Destination& destination, Connection* connection)
{
    connection->idleTimer->stop();
    connection->job = destination.queue.takeFirst();
    connection->jobOnReusedConnection = connection->client->finishedCount() > 0;
    connection->client->deliver(connection->job->message);
}

void SmtpClientPool::onMessageFinished(
    const QString& key, Connection* connection, const DeliveryResult& result)
{
    if (!connection->job)
        return;
    Job job = std::move(*connection->job);
    connection->job.reset();
    const auto it = m_destinations.find(key);
    if (connection->jobOnReusedConnection && !job.retried && isConnectionLoss(result)
        && it != m_destinations.end()) {
        job.retried = true;
        it->second.queue.prepend(std::move(job));
    } else if (job.done && (!job.hasContext || job.context)) {
        job.done(result);
    }
    if (!connection->client->hasEnded())
        connection->idleTimer->start(m_idleTimeoutMs);
    // Later, not from inside the client's signal: the next message may go out on this connection.
    QTimer::singleShot(0, this, [this, key] { pump(key); });
}

void SmtpClientPool::onConnectionEnded(const QString& key, Connection* connection)
{
    const auto it = m_destinations.find(key);
    if (it == m_destinations.end())
        return;
    auto& connections = it->second.connections;
    for (auto c = connections.begin(); c != connections.end(); ++c) {
        if (c->get() != connection)
            continue;
        connection->idleTimer->stop();
        connection->idleTimer->disconnect(this);
        connection->client->disconnect(this);
        connection->client->deleteLater();
        connections.erase(c);
        break;
    }
    QTimer::singleShot(0, this, [this, key] { pump(key); });
}

} // namespace Mailscope
