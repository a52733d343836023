#pragma once

#include <QIcon>
#include <QObject>
#include <QTimer>
#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Mailscope {

class MainWindow;
class MessageStore;
class NotificationBatcher;
class SmtpServer;

// The icon in the system tray: the unread count in a badge and its tooltip, a menu to show or
// hide the window, start or stop the server and quit, batched notifications of new mail, and the
// window hidden instead of closed when the user chose to keep the server running in the tray.
// Where the desktop has no tray it shows nothing and the window closes as usual.
class TrayIcon : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    TrayIcon(MainWindow* window, SmtpServer* server, MessageStore* store, QObject* parent = nullptr);
    ~TrayIcon() override;

    // A tray to show the icon in exists, so a hidden window can be brought back.
    [[nodiscard]] bool isAvailable() const;
    [[nodiscard]] QSystemTrayIcon* systemTrayIcon() const { return m_tray; }
    [[nodiscard]] NotificationBatcher* batcher() const { return m_batcher; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateIcon();
    void updateMenu();
    void toggleWindow();
    void showWindow();
    void quit();
    void notify(int count, const QList<qint64>& newest);

    MainWindow* m_window;
    SmtpServer* m_server;
    MessageStore* m_store;
    QSystemTrayIcon* m_tray;
    std::unique_ptr<QMenu> m_menu; // a QMenu cannot have a QObject parent
    QAction* m_showHide = nullptr;
    QAction* m_startStop = nullptr;
    NotificationBatcher* m_batcher;
    QTimer m_countTimer;
    QIcon m_baseIcon;
    int m_unread = -1;
    qint64 m_notifiedMessage = 0; // a notification's message, opened when it is clicked
    bool m_toldHidden = false;
    bool m_shownByMessage = false; // during the click that showed the window from a message
};

} // namespace Mailscope
