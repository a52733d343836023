#pragma once

#include "settings.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QAction;
class QListWidget;
class QStackedWidget;

namespace Mailscope {

class ConsolePage;
class ListenerStatus;
class MessageRelay;
class MessageStore;
class MessagesPage;
class SendDialog;
class SessionsPage;
class SettingsDialog;
class SmtpServer;

// The window: listeners and their state on top, messages and sessions below.
class MainWindow : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(
        SmtpServer* server, MessageStore* store, const QString& settingsPath, QWidget* parent = nullptr);

    // Starts listening, moving a listener whose port is taken to the next free one.
    bool startServer();
    void stopServer();
    // Opens the settings dialog without blocking; the same one while it is open.
    SettingsDialog* openSettings();
    // Opens the "Send test message" dialog without blocking; the same one while it is open.
    SendDialog* openSendDialog();
    // Shows the messages page with the message selected and open.
    void showMessage(qint64 id);
    // Tells in the status bar what became of each message sent on to the relay.
    void showRelayOutcomes(MessageRelay* relay);

    [[nodiscard]] MessagesPage* messagesPage() const { return m_messages; }
    [[nodiscard]] SessionsPage* sessionsPage() const { return m_sessions; }
    [[nodiscard]] ConsolePage* consolePage() const { return m_console; }
    [[nodiscard]] ListenerStatus* listenerStatus() const { return m_status; }

Q_SIGNALS:
    void serverStateChanged();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void showPage(int page);
    void updateServerState();
    void updateCounts();

    SmtpServer* m_server;
    MessageStore* m_store;
    QString m_settingsPath;
    QList<ListenerConfig> m_configuredListeners; // before a taken port moved them
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    MessagesPage* m_messages;
    SessionsPage* m_sessions;
    ConsolePage* m_console;
    ListenerStatus* m_status;
    QAction* m_startStop = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    QTimer m_countsTimer;
};

} // namespace Mailscope
