#pragma once

#include "store/messagestore.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

namespace Mailscope {

// The messages matching a search, newest first, read from the store a page at a time.
// New messages are gathered and inserted in one batch per tick, so a flood of mail
// costs one model update rather than one per message.
class MessageListModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageListModel)

public:
    enum Column { Unread, From, To, Subject, Received, Size, Attachments, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ReadRole };

    explicit MessageListModel(MessageStore* store, QObject* parent = nullptr);

    void setQuery(const QString& query);
    [[nodiscard]] QString query() const { return m_query; }
    [[nodiscard]] int totalMatches() const { return m_total; }
    [[nodiscard]] qint64 messageId(int row) const;
    [[nodiscard]] int rowOf(qint64 id) const;
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // A message dragged out is its raw file, ID.eml, byte for byte.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void totalMatchesChanged(int total);

private:
    void queueAdded(qint64 id);
    void insertPending();
    void removeMessage(qint64 id);
    void refreshMessage(qint64 id);

    static constexpr int PageSize = 500;
    MessageStore* m_store;
    QString m_query;
    QList<StoredMessage> m_rows;
    int m_total = 0;
    QList<qint64> m_pending;
    QTimer m_batchTimer;
};

} // namespace Mailscope
