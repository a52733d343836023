#include "sessionlistmodel.h"

#include "smtp/smtpserver.h"
#include "store/messagestore.h"

#include <QLocale>

namespace Mailscope {

SessionListModel::SessionListModel(SmtpServer* server, MessageStore* store, QObject* parent)
    : QAbstractTableModel(parent)
{
    for (const SessionInfo& info : store->sessions(0, RememberedSessions))
        m_rows << Row { info, nullptr, SmtpSession::State::Closed };
    for (SmtpSession* session : server->sessions())
        addSession(session);
    connect(server, &SmtpServer::sessionStarted, this, &SessionListModel::addSession);
}

void SessionListModel::addSession(SmtpSession* session)
{
    const QString id = session->info().id;
    const int existing = rowOf(id);
    if (existing >= 0) {
        beginRemoveRows({}, existing, existing);
        m_rows.removeAt(existing);
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(Row { session->info(), session, session->state() });
    endInsertRows();
    connect(session, &SmtpSession::infoChanged, this,
        [this, id](const SessionInfo& info) { updateRow(id, [&info](Row& row) { row.info = info; }); });
    connect(session, &SmtpSession::stateChanged, this,
        [this, id](SmtpSession::State state) { updateRow(id, [state](Row& row) { row.state = state; }); });
    connect(session, &SmtpSession::sessionClosed, this, [this, id](const SessionInfo& info) {
        updateRow(id, [&info](Row& row) {
            row.info = info;
            row.state = SmtpSession::State::Closed;
            row.session = nullptr;
        });
        Q_EMIT liveCountChanged(liveCount());
    });
    Q_EMIT liveCountChanged(liveCount());
}

void SessionListModel::updateRow(const QString& id, const std::function<void(Row&)>& change)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    change(m_rows[row]);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString SessionListModel::sessionId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).info.id : QString();
}

int SessionListModel::rowOf(const QString& sessionId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).info.id == sessionId)
            return row;
    return -1;
}

SmtpSession* SessionListModel::liveSession(const QString& sessionId) const
{
    const int row = rowOf(sessionId);
    return row < 0 ? nullptr : m_rows.at(row).session.data();
}

int SessionListModel::liveCount() const
{
    int count = 0;
    for (const Row& row : m_rows)
        count += row.session && row.state != SmtpSession::State::Closed ? 1 : 0;
    return count;
}

int SessionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionListModel::stateName(const Row& row)
{
    switch (row.state) {
    case SmtpSession::State::Greeting:
        return tr("greeting");
    case SmtpSession::State::Ready:
        return tr("ready");
    case SmtpSession::State::Mail:
        return tr("MAIL");
    case SmtpSession::State::Recipients:
        return tr("RCPT");
    case SmtpSession::State::Data:
        return tr("DATA");
    case SmtpSession::State::Chunking:
        return tr("BDAT");
    case SmtpSession::State::Closing:
        return tr("closing");
    case SmtpSession::State::Closed:
        break;
    }
    return tr("closed");
}

QVariant SessionListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const SessionInfo& info = row.info;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Messages || index.column() == Bytes
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    if (role == Qt::ToolTipRole && index.column() == Tls && info.tls.active)
        return tr("%1, %2, SNI %3")
            .arg(info.tls.protocol, info.tls.cipher,
                info.tls.serverName.isEmpty() ? tr("none") : info.tls.serverName);
    if (role == Qt::ToolTipRole && index.column() == Peer)
        return info.clientHostName.isEmpty() ? info.listener
                                             : tr("%1 via %2").arg(info.clientHostName, info.listener);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return info.id;
    case Peer:
        return QStringLiteral("%1:%2").arg(info.remoteAddress.toString()).arg(info.remotePort);
    case Started:
        return QLocale().toString(info.started.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
    case State:
        return stateName(row);
    case Helo:
        return info.heloName;
    case Tls:
        return info.tls.active ? info.tls.protocol : QString();
    case User:
        return info.authUser;
    case Messages:
        return info.transactionCount;
    case Bytes:
        return tr("%1 in / %2 out")
            .arg(QLocale().formattedDataSize(info.bytesIn), QLocale().formattedDataSize(info.bytesOut));
    }
    return {};
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Session");
    case Peer:
        return tr("Client");
    case Started:
        return tr("Started");
    case State:
        return tr("State");
    case Helo:
        return tr("HELO name");
    case Tls:
        return tr("TLS");
    case User:
        return tr("User");
    case Messages:
        return tr("Messages");
    case Bytes:
        return tr("Bytes");
    }
    return {};
}

} // namespace Mailscope
