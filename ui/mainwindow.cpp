#include "mainwindow.h"

#include "client/messagerelay.h"

#include "listenerstatus.h"
#include "messagelistmodel.h"
#include "messagespage.h"
#include "serverstartup.h"
#include "sessionlistmodel.h"
#include "sessionspage.h"
#include "settingsdialog.h"

#include "smtp/smtpserver.h"
#include "smtp/smtpsession.h"
#include "store/messagestore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace Mailscope {

namespace {

enum Page { MessagesPageIndex, SessionsPageIndex };

} // namespace

MainWindow::MainWindow(SmtpServer* server, MessageStore* store, const QString& settingsPath, QWidget* parent)
    : QMainWindow(parent)
    , m_server(server)
    , m_store(store)
    , m_settingsPath(settingsPath)
    , m_configuredListeners(server->settings().listeners)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_messages(new MessagesPage(store, this))
    , m_sessions(new SessionsPage(server, store, this))
    , m_status(new ListenerStatus(server, this))
{
    setWindowTitle(tr("Mailscope"));
    m_pages->addWidget(m_messages);
    m_pages->addWidget(m_sessions);
    m_navigation->addItem(tr("Messages"));
    m_navigation->addItem(tr("Sessions"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(170);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);
    m_navigation->setSpacing(3);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createActions();
    connect(m_messages, &MessagesPage::sessionLinkActivated, this, [this](const QString& id) {
        showPage(SessionsPageIndex);
        m_sessions->showSession(id);
    });
    connect(m_sessions, &SessionsPage::messageLinkActivated, this, [this](qint64 id) {
        showPage(MessagesPageIndex);
        m_messages->showMessage(id);
    });
    connect(server, &SmtpServer::stopped, this, &MainWindow::updateServerState);
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(200);
    connect(&m_countsTimer, &QTimer::timeout, this, &MainWindow::updateCounts);
    auto countsLater = [this] { m_countsTimer.start(); };
    connect(store, &MessageStore::messageAdded, this, countsLater);
    connect(store, &MessageStore::messageRemoved, this, countsLater);
    connect(store, &MessageStore::messageChanged, this, countsLater);
    connect(m_messages->model(), &MessageListModel::modelReset, this, countsLater);
    connect(m_sessions->model(), &SessionListModel::liveCountChanged, this, countsLater);

    showPage(MessagesPageIndex);
    updateServerState();
    updateCounts();
    resize(1200, 800);
    QSettings state;
    restoreGeometry(state.value(QStringLiteral("window/geometry")).toByteArray());
}

void MainWindow::createActions()
{
    QToolBar* toolbar = addToolBar(tr("Server"));
    toolbar->setObjectName(QStringLiteral("serverToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_startStop = toolbar->addAction(QString(), this, [this] {
        if (m_server->isListening())
            stopServer();
        else
            startServer();
    });
    m_startStop->setObjectName(QStringLiteral("startStop"));
    m_startStop->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    toolbar->addWidget(m_status);
    auto* spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);

    for (QAction* action : m_messages->messageActions())
        if (action->objectName() == QLatin1String("deleteAllMessages")) {
            action->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
            toolbar->addAction(action);
            addAction(action);
        }
    QAction* settings = toolbar->addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView),
        tr("Settings…"), this, [this] { openSettings(); });
    settings->setObjectName(QStringLiteral("openSettings"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setToolTip(tr("Server behaviour: listeners, extensions, TLS, AUTH, limits (Ctrl+,)"));

    auto shortcut = [this](const QKeySequence& keys, const std::function<void()>& slot) {
        auto* action = new QAction(this);
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_1), [this] { showPage(MessagesPageIndex); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_2), [this] { showPage(SessionsPageIndex); });
    auto focusSearch = [this] {
        showPage(MessagesPageIndex);
        m_messages->focusSearch();
    };
    // Ctrl+F finds where the user is: messages, or the transcript on the sessions page.
    shortcut(QKeySequence::Find, [this, focusSearch] {
        if (m_pages->currentWidget() == m_sessions)
            m_sessions->focusFind();
        else
            focusSearch();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_K), focusSearch);
    shortcut(QKeySequence::Quit, [this] { close(); });
}

bool MainWindow::startServer()
{
    const ServerStartup result = startOnFreePorts(*m_server);
    if (!result.ok)
        statusBar()->showMessage(tr("Not listening: %1").arg(result.error));
    else if (!result.movedListeners.isEmpty())
        statusBar()->showMessage(tr("Listening on %1").arg(result.movedListeners.join(QStringLiteral(", "))));
    else
        statusBar()->showMessage(tr("Listening"), 5000);
    updateServerState();
    return result.ok;
}

void MainWindow::stopServer()
{
    m_server->stop();
    statusBar()->showMessage(tr("Stopping: messages being received may finish"), 5000);
    updateServerState();
}

SettingsDialog* MainWindow::openSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_server, m_settingsPath, m_configuredListeners, this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settingsDialog, &SettingsDialog::applied, this, [this] {
            m_configuredListeners = m_settingsDialog->configuredListeners();
            updateServerState();
        });
    }
    m_settingsDialog->open();
    m_settingsDialog->raise();
    return m_settingsDialog;
}

void MainWindow::showPage(int page)
{
    m_pages->setCurrentIndex(page);
    if (m_navigation->currentRow() != page)
        m_navigation->setCurrentRow(page);
}

void MainWindow::updateServerState()
{
    const bool listening = m_server->isListening();
    m_startStop->setText(listening ? tr("Stop") : tr("Start"));
    m_startStop->setIcon(style()->standardIcon(listening ? QStyle::SP_MediaStop : QStyle::SP_MediaPlay));
    m_startStop->setToolTip(listening ? tr("Stop listening (Ctrl+R)") : tr("Start listening (Ctrl+R)"));
    QList<ListenerConfig> listeners;
    for (const SmtpServer::ListenerStatus& l : m_server->listeners())
        listeners << l.config;
    m_messages->setListeners(listening ? listeners : m_server->settings().listeners, listening);
    m_status->refresh();
}

void MainWindow::updateCounts()
{
    const int unread = m_store->search(QStringLiteral("is:unread"), 0, 1).total;
    const int messages = m_store->messageCount();
    const int live = m_sessions->model()->liveCount();
    m_navigation->item(MessagesPageIndex)
        ->setText(unread > 0 ? tr("Messages  %1 (%2 new)").arg(messages).arg(unread)
                             : tr("Messages  %1").arg(messages));
    const int sessions = m_sessions->model()->rowCount();
    m_navigation->item(SessionsPageIndex)
        ->setText(live > 0 ? tr("Sessions  %1 (%2 live)").arg(sessions).arg(live)
                           : tr("Sessions  %1").arg(sessions));
    setWindowTitle(unread > 0 ? tr("Mailscope — %1 unread").arg(unread) : tr("Mailscope"));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings state;
    state.setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::showRelayOutcomes(MessageRelay* relay)
{
    connect(relay, &MessageRelay::relayed, this, [this](const RelayOutcome& outcome) {
        const DeliveryResult& result = outcome.result;
        int accepted = 0;
        for (const DeliveryResult::RecipientResult& r : result.recipients)
            accepted += r.accepted ? 1 : 0;
        if (result.ok())
            statusBar()->showMessage(tr("Message %1 relayed to %2: %3 of %4 recipients accepted")
                                         .arg(outcome.messageId)
                                         .arg(outcome.relay)
                                         .arg(accepted)
                                         .arg(result.recipients.size()),
                10000);
        else
            statusBar()->showMessage(tr("Message %1 not relayed to %2: %3 (the captured message is kept)")
                                         .arg(outcome.messageId)
                                         .arg(outcome.relay, result.error),
                10000);
    });
}

} // namespace Mailscope
