#pragma once

#include "settings.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace Mailscope {

class MessageListHint;
class MessageListModel;
class MessageStore;
class MessageViewer;

// The captured messages: a search box, the list (or a hint while it is empty) and the viewer.
class MessagesPage : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessagesPage)

public:
    explicit MessagesPage(MessageStore* store, QWidget* parent = nullptr);

    void setListeners(const QList<ListenerConfig>& listeners, bool listening);
    void focusSearch();
    // Selects and opens the message, clearing a search that hides it.
    void showMessage(qint64 id);
    void deleteSelected();
    void deleteAll();
    void toggleRead();
    // Imports .eml and mbox files (also what is dropped on the page) and opens the last message.
    void importFiles(const QStringList& paths);
    void chooseFilesToImport();
    // Opens the release dialog for the current message (not blocking).
    void releaseCurrent();

    [[nodiscard]] MessageListModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] MessageViewer* viewer() const { return m_viewer; }
    [[nodiscard]] QLineEdit* searchBox() const { return m_search; }
    [[nodiscard]] QList<QAction*> messageActions() const { return m_actions; }

Q_SIGNALS:
    void sessionLinkActivated(const QString& sessionId);
    void messagesImported(int count, const QStringList& errors);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void openCurrent();
    void updateEmptyState();
    [[nodiscard]] QList<qint64> selectedIds() const;

    MessageStore* m_store;
    MessageListModel* m_model;
    QLineEdit* m_search;
    QTimer m_searchDelay;
    QStackedWidget* m_listStack;
    MessageListHint* m_hint;
    QTableView* m_table;
    MessageViewer* m_viewer;
    QList<QAction*> m_actions;
    QList<ListenerConfig> m_runningListeners; // where "Release" can send to Mailscope itself
};

} // namespace Mailscope
