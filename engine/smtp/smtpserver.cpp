#include "smtp/smtpserver.h"

#include "smtp/listener.h"
#include "smtp/smtpsession.h"
#include "store/messagestore.h"

#include <QDateTime>
#include <QSslSocket>

namespace Mailscope {

namespace {

bool resolveListenAddress(const QString &host, QHostAddress *address)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        *address = QHostAddress(QHostAddress::LocalHost);
        return true;
    }
    if (host == QLatin1String("*")) {
        *address = QHostAddress(QHostAddress::Any);
        return true;
    }
    return address->setAddress(host);
}

} // namespace

SmtpServer::SmtpServer(MessageStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    // Session ids stay unique across runs that share a persistent store.
    , m_runPrefix(QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 36))
{
    m_graceTimer.setSingleShot(true);
    connect(&m_graceTimer, &QTimer::timeout, this, [this] {
        for (const QPointer<SmtpSession> &session : std::as_const(m_sessions))
            if (session)
                session->abort();
        checkStopped();
    });
}

SmtpServer::~SmtpServer()
{
    closeListeners();
    for (const QPointer<SmtpSession> &session : std::as_const(m_sessions))
        if (session) {
            session->disconnect(this);
            delete session.data();
        }
}

bool SmtpServer::setSettings(const ServerSettings &settings, QString *error)
{
    const bool listenersChanged = settings.listeners != m_settings.listeners;
    const bool tlsChanged = !(settings.tls == m_settings.tls) || settings.hostName != m_settings.hostName;
    const ServerSettings previous = m_settings;
    m_settings = settings;
    if (!(settings.rules == previous.rules))
        m_rules.resetCounters();
    if (isListening() && (tlsChanged || listenersChanged) && !loadTls(error)) {
        m_settings = previous; // keep serving as before rather than half-configured
        return false;
    }
    if (!listenersChanged || !isListening())
        return true;
    closeListeners();
    return start(error);
}

void SmtpServer::setHandler(SessionHandler *handler)
{
    m_handler = handler ? handler : &m_defaultHandler;
    m_rules.setInner(m_handler);
}

bool SmtpServer::start(QString *error)
{
    if (isListening())
        return true;
    m_stopping = false;
    m_stopAnnounced = false;
    bool ok = true;
    QString message;
    if (!loadTls(&message)) {
        if (error)
            *error = message;
        return false;
    }
    openListeners(m_settings.listeners, &message, &ok);
    if (!ok) {
        closeListeners();
        if (error)
            *error = message;
    }
    return ok;
}

void SmtpServer::openListeners(const QList<ListenerConfig> &configs, QString *error, bool *ok)
{
    for (const ListenerConfig &config : configs) {
        QHostAddress address;
        if (!resolveListenAddress(config.host, &address)) {
            *error = QStringLiteral("cannot listen on %1: \"%2\" is not an IP address").arg(config.url(), config.host);
            *ok = false;
            return;
        }
        auto listener = std::make_unique<Listener>(config);
        if (!listener->listen(address, config.port)) {
            *error = QStringLiteral("cannot listen on %1: %2").arg(config.url(), listener->errorString());
            *ok = false;
            return;
        }
        Listener *raw = listener.get();
        connect(raw, &QTcpServer::newConnection, this, [this, raw] { acceptConnection(raw); });
        m_listeners.push_back(std::move(listener));
    }
}

bool SmtpServer::loadTls(QString *error)
{
    if (!m_settings.tls.isUsed(m_settings.listeners)) {
        m_tls = TlsContext();
        return true;
    }
    TlsContext loaded;
    QString message;
    if (!loaded.load(m_settings.tls, m_settings.effectiveHostName(), m_selfSignedFolder, &message)) {
        if (error)
            *error = QStringLiteral("TLS: ") + message;
        return false;
    }
    m_tls = loaded;
    return true;
}

void SmtpServer::closeListeners()
{
    for (const auto &listener : m_listeners)
        listener->close();
    m_listeners.clear();
}

QList<SmtpServer::ListenerStatus> SmtpServer::listeners() const
{
    QList<ListenerStatus> list;
    for (const auto &listener : m_listeners)
        list.append({ listener->config(), listener->clients });
    return list;
}

QList<SmtpSession *> SmtpServer::sessions() const
{
    QList<SmtpSession *> list;
    for (const QPointer<SmtpSession> &session : m_sessions)
        if (session)
            list.append(session.data());
    return list;
}

QString SmtpServer::nextSessionId()
{
    return QString::fromLatin1(m_runPrefix + '-' + QByteArray::number(++m_sessionCounter));
}

void SmtpServer::acceptConnection(Listener *listener)
{
    while (listener->hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(listener->nextPendingConnection());
        if (!socket)
            continue;
        const int limit = m_settings.maxClients;
        if (m_stopping || (limit > 0 && m_sessions.size() >= limit)) {
            const QString reason = m_stopping ? QStringLiteral("server stopping") : QStringLiteral("client limit reached");
            const QByteArray text = m_stopping ? " Service shutting down" : " Too many connections, try again later";
            socket->write("421 4.7.0 " + m_settings.effectiveHostName().toUtf8() + text + "\r\n");
            socket->disconnectFromHost();
            connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            Q_EMIT connectionRefused(socket->peerAddress(), socket->peerPort(), reason);
            continue;
        }
        auto *session = new SmtpSession(socket, listener->config(), nextSessionId(),
                                        { &m_settings, m_store, &m_rules, &m_tls }, this);
        m_sessions.append(session);
        ++listener->clients;
        const QString id = session->info().id;
        connect(session, &SmtpSession::transcriptLine, m_store,
                [store = m_store, id](const TranscriptLine &line) { store->appendTranscript(id, line); });
        connect(session, &SmtpSession::infoChanged, m_store, &MessageStore::recordSession);
        QPointer<Listener> guardedListener(listener);
        connect(session, &SmtpSession::sessionClosed, this, [this, session, guardedListener](const SessionInfo &info) {
            m_sessions.removeAll(session);
            if (guardedListener)
                --guardedListener->clients;
            Q_EMIT sessionClosed(info);
            checkStopped();
        });
        Q_EMIT sessionStarted(session);
        session->start();
    }
}

void SmtpServer::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    closeListeners();
    for (const QPointer<SmtpSession> &session : std::as_const(m_sessions))
        if (session)
            session->requestStop();
    m_graceTimer.start(m_settings.stopGraceSeconds * 1000);
    QMetaObject::invokeMethod(this, &SmtpServer::checkStopped, Qt::QueuedConnection);
}

void SmtpServer::checkStopped()
{
    m_sessions.removeAll(nullptr);
    if (!m_stopping || m_stopAnnounced || !m_sessions.isEmpty())
        return;
    m_stopAnnounced = true;
    m_graceTimer.stop();
    m_store->flush();
    Q_EMIT stopped();
}

} // namespace Mailscope
