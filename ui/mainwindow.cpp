#include "mainwindow.h"

#include "consolepage.h"
#include "listenerstatus.h"
#include "messagelistmodel.h"
#include "messagespage.h"
#include "senddialog.h"
#include "serverstartup.h"
#include "sessionlistmodel.h"
#include "sessionspage.h"
#include "settingsdialog.h"

#include "client/messagerelay.h"
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

enum Page { MessagesPageIndex, SessionsPageIndex, ConsolePageIndex };

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
    , m_console(new ConsolePage(server, this))
    , m_status(new ListenerStatus(server, this))
{
    setWindowTitle(tr("Mailscope"));
    m_pages->addWidget(m_messages);
    m_pages->addWidget(m_sessions);
    m_pages->addWidget(m_console);
    m_navigation->addItem(tr("Messages"));
    m_navigation->addItem(tr("Sessions"));
    m_navigation->addItem(tr("Console"));
    m_navigation->item(ConsolePageIndex)->setToolTip(tr("Talk SMTP by hand to any server (Ctrl+3)"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);
    m_navigation->setSpacing(3);
    // Wide enough for large counts in the longest translation, and steady while they change.
    const QFontMetrics navigationMetrics(navigationFont);
    const int widest = qMax(navigationMetrics.horizontalAdvance(tr("Messages  %1 (%n new)", nullptr, 99).arg(9999)),
        navigationMetrics.horizontalAdvance(tr("Sessions  %1 (%n live)", nullptr, 99).arg(9999)));
    m_navigation->setFixedWidth(qMax(170, widest + 24));
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
    connect(m_sessions, &SessionsPage::messageLinkActivated, this, &MainWindow::showMessage);
    connect(m_messages, &MessagesPage::messagesImported, this, [this](int count, const QStringList& errors) {
        statusBar()->showMessage(errors.isEmpty() ? tr("Imported %n message(s)", nullptr, count)
                                                  : tr("Imported %n message(s), %1 failed", nullptr, count)
                                                        .arg(errors.size()),
            8000);
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
    QAction* send = toolbar->addAction(QIcon::fromTheme(QStringLiteral("mail-send"),
                                           style()->standardIcon(QStyle::SP_ArrowForward)),
        tr("Send…"), this, [this] { openSendDialog(); });
    send->setObjectName(QStringLiteral("sendTestMessage"));
    send->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    send->setToolTip(tr("Send a test message to Mailscope or another server (Ctrl+Shift+N)"));
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
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_3), [this] { showPage(ConsolePageIndex); });
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

SendDialog* MainWindow::openSendDialog()
{
    auto* dialog = findChild<SendDialog*>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        QList<ListenerConfig> listening;
        for (const SmtpServer::ListenerStatus& l : m_server->listeners())
            listening << l.config;
        dialog = new SendDialog(listening, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void MainWindow::showMessage(qint64 id)
{
    showPage(MessagesPageIndex);
    m_messages->showMessage(id);
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
    Q_EMIT serverStateChanged();
}

void MainWindow::updateCounts()
{
    const int unread = m_store->search(QStringLiteral("is:unread"), 0, 1).total;
    const int messages = m_store->messageCount();
    const int live = m_sessions->model()->liveCount();
    m_navigation->item(MessagesPageIndex)
        ->setText(unread > 0 ? tr("Messages  %1 (%n new)", nullptr, unread).arg(messages)
                             : tr("Messages  %1").arg(messages));
    const int sessions = m_sessions->model()->rowCount();
    m_navigation->item(SessionsPageIndex)
        ->setText(live > 0 ? tr("Sessions  %1 (%n live)", nullptr, live).arg(sessions)
                           : tr("Sessions  %1").arg(sessions));
    setWindowTitle(unread > 0 ? tr("Mailscope — %n unread", nullptr, unread) : tr("Mailscope"));
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
            statusBar()->showMessage(tr("Message %1 relayed to %2: %3 of %n recipient(s) accepted", nullptr,
                                         int(result.recipients.size()))
                                         .arg(outcome.messageId)
                                         .arg(outcome.relay)
                                         .arg(accepted),
                10000);
        else
            statusBar()->showMessage(tr("Message %1 not relayed to %2: %3 (the captured message is kept)")
                                         .arg(outcome.messageId)
                                         .arg(outcome.relay, result.error),
                10000);
    });
}

} // namespace Mailscope
