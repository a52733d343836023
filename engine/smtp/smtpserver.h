#pragma once

#include "settings.h"
#include "rules/ruleshandler.h"
#include "smtp/handler.h"
#include "smtp/sessioninfo.h"
#include "tls/tlscontext.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace Mailscope {

class MessageStore;
class SmtpSession;
class Listener;

// Owns the listeners and hands each accepted connection to a new SmtpSession.
// Sessions' transcripts and facts are written to the store as they happen.
class SmtpServer : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmtpServer)
public:
    struct ListenerStatus {
        ListenerConfig config; // with the real port when 0 was asked for
        int clients = 0;
    };

    explicit SmtpServer(MessageStore *store, QObject *parent = nullptr);
    ~SmtpServer() override;

    [[nodiscard]] const ServerSettings &settings() const { return m_settings; }
    // Applies at each session's next command; listeners restart only when their addresses change.
    bool setSettings(const ServerSettings &settings, QString *error = nullptr);
    // Not owned; nullptr restores the default that accepts everything.
    void setHandler(SessionHandler *handler);

    [[nodiscard]] bool start(QString *error = nullptr);
    [[nodiscard]] bool isListening() const { return !m_listeners.empty(); }
    [[nodiscard]] QList<ListenerStatus> listeners() const;
    [[nodiscard]] QList<SmtpSession *> sessions() const;
    [[nodiscard]] MessageStore *store() const { return m_store; }
    // The certificates in use once start() succeeded with TLS on (STARTTLS or smtps://).
    [[nodiscard]] const TlsContext &tls() const { return m_tls; }
    // Where the self-signed certificate is kept; defaultSelfSignedFolder() unless set.
    void setSelfSignedFolder(const QString &folder) { m_selfSignedFolder = folder; }

    // Graceful: new connections stop, messages in flight may finish within the
    // grace period; then every session is closed and stopped() is emitted.
    void stop();
    [[nodiscard]] bool isStopping() const { return m_stopping; }

Q_SIGNALS:
    void sessionStarted(Mailscope::SmtpSession *session);
    void sessionClosed(const Mailscope::SessionInfo &info);
    void connectionRefused(const QHostAddress &address, quint16 port, const QString &reason);
    void stopped();

private:
    void openListeners(const QList<ListenerConfig> &configs, QString *error, bool *ok);
    void acceptConnection(Listener *listener);
    void closeListeners();
    void checkStopped();
    bool loadTls(QString *error);
    QString nextSessionId();

    ServerSettings m_settings;
    MessageStore *m_store;
    TlsContext m_tls;
    QString m_selfSignedFolder = defaultSelfSignedFolder();
    SessionHandler m_defaultHandler;
    SessionHandler *m_handler = &m_defaultHandler;
    RulesHandler m_rules { &m_settings }; // asked first; m_handler decides where no rule does
    std::vector<std::unique_ptr<Listener>> m_listeners;
    QList<QPointer<SmtpSession>> m_sessions;
    QTimer m_graceTimer;
    bool m_stopping = false;
    bool m_stopAnnounced = false;
    quint64 m_sessionCounter = 0;
    QByteArray m_runPrefix;
};

} // namespace Mailscope
