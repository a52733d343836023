#include "messagelistmodel.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QMimeData>
#include <QSet>
#include <QUrl>

namespace Mailscope {

namespace {

QString addressList(const QList<MailAddress>& addresses, const QStringList& fallback)
{
    QStringList names;
    for (const MailAddress& a : addresses)
        names << (a.name.isEmpty() ? a.address : a.name);
    return names.isEmpty() ? fallback.join(QStringLiteral(", ")) : names.join(QStringLiteral(", "));
}

} // namespace

MessageListModel::MessageListModel(MessageStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(100);
    connect(&m_batchTimer, &QTimer::timeout, this, &MessageListModel::insertPending);
    connect(store, &MessageStore::messageAdded, this, &MessageListModel::queueAdded);
    connect(store, &MessageStore::messageRemoved, this, &MessageListModel::removeMessage);
    connect(store, &MessageStore::messageChanged, this, &MessageListModel::refreshMessage);
    reload();
}

void MessageListModel::setQuery(const QString& query)
{
    if (query == m_query)
        return;
    m_query = query;
    reload();
}

void MessageListModel::reload()
{
    beginResetModel();
    m_pending.clear();
    const SearchResult result = m_store->search(m_query, 0, PageSize);
    m_rows = result.messages;
    m_total = result.total;
    endResetModel();
    Q_EMIT totalMatchesChanged(m_total);
}

qint64 MessageListModel::messageId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int MessageListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

void MessageListModel::queueAdded(qint64 id)
{
    m_pending << id;
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void MessageListModel::insertPending()
{
    if (m_pending.isEmpty())
        return;
    if (!m_query.isEmpty()) {
        // Whether new mail matches is the store's question: ask it again, once per batch.
        reload();
        return;
    }
    QList<StoredMessage> fresh;
    for (auto it = m_pending.crbegin(); it != m_pending.crend(); ++it)
        if (const auto message = m_store->message(*it))
            fresh << *message;
    m_pending.clear();
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_rows = fresh + m_rows;
    m_total += int(fresh.size());
    endInsertRows();
    Q_EMIT totalMatchesChanged(m_total);
}

void MessageListModel::removeMessage(qint64 id)
{
    m_pending.removeAll(id);
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    --m_total;
    endRemoveRows();
    Q_EMIT totalMatchesChanged(m_total);
}

void MessageListModel::refreshMessage(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    if (const auto message = m_store->message(id)) {
        m_rows[row] = *message;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int MessageListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags MessageListModel::flags(const QModelIndex& index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList MessageListModel::mimeTypes() const
{
    return { QStringLiteral("text/uri-list") };
}

QMimeData* MessageListModel::mimeData(const QModelIndexList& indexes) const
{
    QList<QUrl> urls;
    QSet<qint64> seen;
    for (const QModelIndex& index : indexes) {
        const qint64 id = messageId(index.row());
        if (id == 0 || seen.contains(id))
            continue;
        seen.insert(id);
        const QString path = m_store->rawFilePath(id);
        if (!path.isEmpty())
            urls << QUrl::fromLocalFile(path);
    }
    if (urls.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setUrls(urls);
    return data;
}

bool MessageListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void MessageListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const SearchResult page = m_store->search(m_query, int(m_rows.size()), PageSize);
    if (page.messages.isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.messages.size()) - 1);
    m_rows += page.messages;
    endInsertRows();
}

QVariant MessageListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const StoredMessage& m = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return m.id;
    case ReadRole:
        return m.isRead;
    case Qt::FontRole:
        if (!m.isRead) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        return index.column() == Unread ? QVariant(QColor(0x2a, 0x7a, 0xe2)) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Unread)
            return Qt::AlignCenter;
        return index.column() == Size || index.column() == Attachments
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Unread)
            return m.isRead ? tr("Read") : tr("Unread");
        if (index.column() == From)
            return m.from.address.isEmpty() ? m.envelope.mailFrom : m.from.toString();
        if (index.column() == To)
            return m.envelope.recipientAddresses().join(QLatin1Char('\n'));
        if (index.column() == Subject)
            return m.snippet;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Unread:
            return m.isRead ? QString() : QStringLiteral("\u25CF");
        case From:
            return m.from.address.isEmpty() ? m.envelope.mailFrom
                                            : (m.from.name.isEmpty() ? m.from.address : m.from.name);
        case To:
            return addressList(m.to, m.envelope.recipientAddresses());
        case Subject:
            return m.subject.isEmpty() ? tr("(no subject)") : m.subject;
        case Received:
            return QLocale().toString(m.received.toLocalTime(), QLocale::ShortFormat);
        case Size:
            return QLocale().formattedDataSize(m.size);
        case Attachments:
            return m.attachmentCount > 0 ? QString::number(m.attachmentCount) : QString();
        }
    }
    return {};
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Unread)
        return tr("Unread");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Unread:
        return QString();
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Subject:
        return tr("Subject");
    case Received:
        return tr("Received");
    case Size:
        return tr("Size");
    case Attachments:
        return tr("Attachments");
    }
    return {};
}

} // namespace Mailscope
