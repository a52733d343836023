#pragma once

#include "smtp/sessioninfo.h"
#include "smtp/smtpsession.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>

namespace Mailscope {

class MessageStore;
class SmtpServer;

// Sessions, newest first: the ones the store remembers and the live ones, updated as they change.
class SessionListModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionListModel)

public:
    enum Column { Id, Peer, Started, State, Helo, Tls, User, Messages, Bytes, ColumnCount };

    SessionListModel(SmtpServer* server, MessageStore* store, QObject* parent = nullptr);

    [[nodiscard]] QString sessionId(int row) const;
    [[nodiscard]] int rowOf(const QString& sessionId) const;
    // The live session with this id, or nullptr once it has closed.
    [[nodiscard]] SmtpSession* liveSession(const QString& sessionId) const;
    [[nodiscard]] int liveCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void liveCountChanged(int count);

private:
    struct Row {
        SessionInfo info;
        QPointer<SmtpSession> session; // null once closed
        SmtpSession::State state = SmtpSession::State::Closed;
    };
    void addSession(SmtpSession* session);
    void updateRow(const QString& id, const std::function<void(Row&)>& change);
    [[nodiscard]] static QString stateName(const Row& row);

    static constexpr int RememberedSessions = 1000;
    QList<Row> m_rows;
};

} // namespace Mailscope
