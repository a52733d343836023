#include "trayicon.h"

#include "appicon.h"
#include "mainwindow.h"
#include "notificationbatcher.h"
#include "traypresenter.h"
#include "windowsettings.h"

#include "smtp/smtpserver.h"
#include "store/messagestore.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace Mailscope {

TrayIcon::TrayIcon(MainWindow* window, SmtpServer* server, MessageStore* store, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_server(server)
    , m_store(store)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(std::make_unique<QMenu>())
    , m_batcher(new NotificationBatcher(this))
    , m_baseIcon(applicationIcon())
{
    m_showHide = m_menu->addAction(QString(), this, &TrayIcon::toggleWindow);
    m_startStop = m_menu->addAction(QString(), this, [this] {
        if (m_server->isListening())
            m_window->stopServer();
        else
            m_window->startServer();
    });
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit Mailscope"), this, &TrayIcon::quit);
    connect(m_menu.get(), &QMenu::aboutToShow, this, &TrayIcon::updateMenu);
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            toggleWindow();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        showWindow();
        if (m_notifiedMessage > 0)
            m_window->showMessage(m_notifiedMessage);
        // X11 trays report a click on the icon while a message shows as both the message's click
        // and the icon's: that one click must not hide the window again.
        m_shownByMessage = true;
        QTimer::singleShot(0, this, [this] { m_shownByMessage = false; });
    });

    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(200);
    connect(&m_countTimer, &QTimer::timeout, this, &TrayIcon::updateIcon);
    auto countLater = [this] { m_countTimer.start(); };
    connect(store, &MessageStore::messageAdded, this, countLater);
    connect(store, &MessageStore::messageRemoved, this, countLater);
    connect(store, &MessageStore::messageChanged, this, countLater);
    connect(window, &MainWindow::serverStateChanged, this, countLater);
    connect(store, &MessageStore::messageAdded, this, [this](qint64 id) {
        if (WindowSettings::load().notifyOnNewMail && isAvailable())
            m_batcher->add(id);
    });
    connect(m_batcher, &NotificationBatcher::batchReady, this, &TrayIcon::notify);

    window->installEventFilter(this);
    updateIcon();
    updateMenu();
    m_tray->show();
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable() && m_tray->isVisible();
}

bool TrayIcon::eventFilter(QObject* watched, QEvent* event)
{
    // Only the window manager's close button hides to the tray (a spontaneous close); Quit,
    // Ctrl+Q and the end of the desktop session close the window for real.
    if (watched == m_window && event->type() == QEvent::Close && event->spontaneous() && isAvailable()
        && WindowSettings::load().keepRunningInTray) {
        event->ignore();
        m_window->hide();
        if (!m_toldHidden) {
            m_toldHidden = true;
            m_notifiedMessage = 0;
            m_tray->showMessage(tr("Mailscope keeps running"),
                tr("The server is still listening. Click the tray icon to bring the window back."),
                m_baseIcon);
        }
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void TrayIcon::updateIcon()
{
    const int unread = m_store->search(QStringLiteral("is:unread"), 0, 1).total;
    if (unread != m_unread) {
        m_unread = unread;
        m_tray->setIcon(TrayPresenter::badgedIcon(m_baseIcon, unread));
    }
    m_tray->setToolTip(TrayPresenter::toolTip(unread, m_server->isListening()));
}

void TrayIcon::updateMenu()
{
    m_showHide->setText(m_window->isVisible() ? tr("&Hide Window") : tr("&Show Window"));
    m_startStop->setText(m_server->isListening() ? tr("S&top Server") : tr("St&art Server"));
}

void TrayIcon::toggleWindow()
{
    if (m_shownByMessage)
        return;
    if (m_window->isVisible() && !m_window->isMinimized())
        m_window->hide();
    else
        showWindow();
}

void TrayIcon::showWindow()
{
    m_window->show();
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void TrayIcon::quit()
{
    m_window->close(); // not spontaneous: the window saves its state and closes for real
    QCoreApplication::quit();
}

void TrayIcon::notify(int count, const QList<qint64>& newest)
{
    // The window in front shows the new mail already.
    if (m_window->isVisible() && m_window->isActiveWindow())
        return;
    if (!WindowSettings::load().notifyOnNewMail)
        return;
    QList<StoredMessage> messages;
    for (qint64 id : newest)
        if (const std::optional<StoredMessage> message = m_store->message(id))
            messages << *message;
    const TrayPresenter::Notification text = TrayPresenter::notification(count, messages);
    m_notifiedMessage = count == 1 && !messages.isEmpty() ? messages.first().id : 0;
    m_tray->showMessage(text.title, text.body, m_baseIcon, 8000);
}

} // namespace Mailscope
