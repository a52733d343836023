#include "messagespage.h"

#include "messagelisthint.h"
#include "messagelistmodel.h"
#include "messageviewer.h"
#include "releasedialog.h"

#include "store/messageimport.h"
#include "store/messagestore.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QMimeData>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Mailscope {

MessagesPage::MessagesPage(MessageStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new MessageListModel(store, this))
    , m_search(new QLineEdit(this))
    , m_listStack(new QStackedWidget(this))
    , m_hint(new MessageListHint(this))
    , m_table(new QTableView(this))
    , m_viewer(new MessageViewer(store, this))
{
    m_search->setPlaceholderText(
        tr("Search: words, from:, to:, subject:, has:attachment, is:unread … (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        m_model->setQuery(m_search->text().trimmed());
    });
    connect(
        &m_searchDelay, &QTimer::timeout, this, [this] { m_model->setQuery(m_search->text().trimmed()); });

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(MessageListModel::Unread, QHeaderView::Fixed);
    header->resizeSection(MessageListModel::Unread, 24);
    header->resizeSection(MessageListModel::From, 200);
    header->resizeSection(MessageListModel::To, 200);
    header->setSectionResizeMode(MessageListModel::Subject, QHeaderView::Stretch);
    header->resizeSection(MessageListModel::Received, 170);
    header->resizeSection(MessageListModel::Size, 80);
    header->resizeSection(MessageListModel::Attachments, 90);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MessagesPage::openCurrent);

    m_listStack->addWidget(m_hint);
    m_listStack->addWidget(m_table);
    connect(m_model, &MessageListModel::modelReset, this, &MessagesPage::updateEmptyState);
    connect(m_model, &MessageListModel::rowsInserted, this, &MessagesPage::updateEmptyState);
    connect(m_model, &MessageListModel::rowsRemoved, this, &MessagesPage::updateEmptyState);
    connect(m_viewer, &MessageViewer::sessionLinkActivated, this, &MessagesPage::sessionLinkActivated);

    auto makeAction
        = [this](const QString& text, const QKeySequence& shortcut, void (MessagesPage::*slot)()) {
              auto* action = new QAction(text, this);
              action->setShortcut(shortcut);
              action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
              connect(action, &QAction::triggered, this, slot);
              addAction(action);
              m_actions << action;
              return action;
          };
    makeAction(tr("&Delete"), QKeySequence::Delete, &MessagesPage::deleteSelected)
        ->setObjectName(QStringLiteral("deleteMessage"));
    makeAction(
        tr("Delete &all…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), &MessagesPage::deleteAll)
        ->setObjectName(QStringLiteral("deleteAllMessages"));
    makeAction(tr("Mark read/&unread"), QKeySequence(Qt::CTRL | Qt::Key_U), &MessagesPage::toggleRead)
        ->setObjectName(QStringLiteral("toggleRead"));
    makeAction(tr("&Import…"), QKeySequence::Open, &MessagesPage::chooseFilesToImport)
        ->setObjectName(QStringLiteral("importMessages"));
    QAction* release = makeAction(
        tr("&Release…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &MessagesPage::releaseCurrent);
    release->setObjectName(QStringLiteral("releaseMessage"));
    release->setToolTip(tr("Send the captured message to a real server (Ctrl+Shift+R)"));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(m_actions);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_listStack);
    splitter->addWidget(m_viewer);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);
    setAcceptDrops(true);
    updateEmptyState();
}

namespace {

// The local files being dragged in, or none when the drag is something else.
QStringList droppedFiles(const QMimeData* data)
{
    QStringList paths;
    for (const QUrl& url : data->urls()) {
        if (!url.isLocalFile())
            return {};
        paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

void MessagesPage::dragEnterEvent(QDragEnterEvent* event)
{
    // A message dragged out of the list and back in is not a new message.
    if (event->source() != m_table && !droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MessagesPage::dropEvent(QDropEvent* event)
{
    const QStringList paths = droppedFiles(event->mimeData());
    if (event->source() == m_table || paths.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(paths);
}

void MessagesPage::chooseFilesToImport()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import messages"), QString(),
        tr("Messages and mailboxes (*.eml *.mbox *.mbx *.msg *.txt);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

void MessagesPage::importFiles(const QStringList& paths)
{
    QList<qint64> ids;
    QStringList errors;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (const QString& path : paths) {
        const MessageImport::Result result = MessageImport::importFile(*m_store, path);
        ids += result.ids;
        errors += result.errors;
    }
    QApplication::restoreOverrideCursor();
    if (!ids.isEmpty()) {
        m_model->reload();
        showMessage(ids.last());
    }
    Q_EMIT messagesImported(int(ids.size()), errors);
    if (!errors.isEmpty()) {
        const QStringList shown = errors.mid(0, 10);
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Import messages"),
            tr("%n message(s) imported; these could not be:", nullptr, int(ids.size())) + QStringLiteral("\n\n")
                + shown.join(QLatin1Char('\n')) + (errors.size() > shown.size() ? QStringLiteral("\n…") : QString()),
            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // not modal to the loop: mail keeps arriving meanwhile
    }
}

void MessagesPage::setListeners(const QList<ListenerConfig>& listeners, bool listening)
{
    m_hint->setListeners(listeners, listening);
    m_runningListeners = listening ? listeners : QList<ListenerConfig>();
}

void MessagesPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MessagesPage::showMessage(qint64 id)
{
    if (m_model->rowOf(id) < 0 && !m_model->query().isEmpty()) {
        m_search->clear();
        m_searchDelay.stop();
        m_model->setQuery(QString());
    }
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void MessagesPage::openCurrent()
{
    const qint64 id = m_model->messageId(m_table->currentIndex().row());
    if (id == 0) {
        m_viewer->clear();
        return;
    }
    if (id == m_viewer->messageId())
        return;
    m_viewer->showMessage(id);
    m_store->setRead(id, true);
}

QList<qint64> MessagesPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids << m_model->messageId(index.row());
    return ids;
}

void MessagesPage::deleteSelected()
{
    const int row = m_table->currentIndex().row();
    for (qint64 id : selectedIds())
        m_store->removeMessage(id);
    // The next message takes the deleted one's place, as in a mail client.
    if (m_model->rowCount() > 0)
        m_table->selectRow(qMin(row, m_model->rowCount() - 1));
    else
        m_viewer->clear();
}

void MessagesPage::deleteAll()
{
    const int count = m_store->messageCount();
    if (count == 0)
        return;
    if (QMessageBox::question(
            this, tr("Delete all messages"), tr("Delete all %n message(s) in the store?", nullptr, count))
        != QMessageBox::Yes)
        return;
    m_store->removeAllMessages();
    m_model->reload();
    m_viewer->clear();
}

void MessagesPage::toggleRead()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const bool read
        = !m_model->data(m_model->index(m_model->rowOf(ids.first()), 0), MessageListModel::ReadRole).toBool();
    for (qint64 id : ids)
        m_store->setRead(id, read);
}

void MessagesPage::releaseCurrent()
{
    const qint64 id = m_model->messageId(m_table->currentIndex().row());
    if (id == 0)
        return;
    auto* dialog = new ReleaseDialog(m_store, id, m_runningListeners, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MessagesPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_hint->setSearching(!m_model->query().isEmpty());
    m_listStack->setCurrentWidget(empty ? static_cast<QWidget*>(m_hint) : m_table);
    // While the list is empty the hint gets the whole page: there is nothing to read yet.
    m_viewer->setVisible(!empty);
    if (empty)
        m_viewer->clear();
}

} // namespace Mailscope
