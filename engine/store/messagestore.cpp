#include "store/messagestore.h"

#include "store/messagespool.h"
#include "store/messagestoreprivate.h"
#include "store/storeschema.h"

#include <QFile>
#include <QSqlError>

namespace Mailscope {

MessageStore::MessageStore(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
}

MessageStore::~MessageStore()
{
    d->close();
}

bool MessageStore::open(const QString &location, QString *errorMessage)
{
    d->close();
    QString error;
    if (d->open(location, &error))
        return true;
    d->close();
    if (errorMessage)
        *errorMessage = error;
    return false;
}

bool MessageStore::isOpen() const
{
    return d->db.isOpen();
}

bool MessageStore::isPersistent() const
{
    return isOpen() && !d->tempDir;
}

QString MessageStore::folder() const
{
    return d->folder;
}

void MessageStore::setRetentionLimit(int newestMessages)
{
    d->retentionLimit = qMax(0, newestMessages);
    d->applyRetention();
}

int MessageStore::retentionLimit() const
{
    return d->retentionLimit;
}

void MessageStore::setSpoolMemoryLimit(qint64 bytes)
{
    d->spoolMemoryLimit = bytes;
}

std::unique_ptr<MessageSpool> MessageStore::createSpool() const
{
    return std::make_unique<MessageSpool>(
        d->folder.isEmpty() ? QString() : d->spoolDir(), d->spoolMemoryLimit);
}

int MessageStore::messageCount() const
{
    if (!isOpen())
        return 0;
    QSqlQuery count = d->query();
    if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM messages")) || !count.next())
        return 0;
    return count.value(0).toInt();
}

std::optional<StoredMessage> MessageStore::message(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    if (d->justAdded && d->justAdded->id == id)
        return d->justAdded;
    QSqlQuery &select = *d->selectMessage;
    select.bindValue(0, id);
    std::optional<StoredMessage> message;
    if (d->execOrReport(select) && select.next())
        message = StoreSchema::readMessage(select);
    select.finish();
    return message;
}

QList<StoredMessage> MessageStore::messages(int offset, int limit) const
{
    QList<StoredMessage> list;
    if (!isOpen())
        return list;
    QSqlQuery select = d->query();
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT %1 FROM messages ORDER BY id DESC LIMIT ? OFFSET ?")
                       .arg(StoreSchema::messageColumns()));
    select.addBindValue(limit < 0 ? -1 : limit);
    select.addBindValue(qMax(0, offset));
    if (!d->execOrReport(select))
        return list;
    while (select.next())
        list.append(StoreSchema::readMessage(select));
    return list;
}

QList<qint64> MessageStore::messageIdsForSession(const QString &sessionId) const
{
    return d->ids(QStringLiteral("SELECT id FROM messages WHERE session_id = ? ORDER BY id"), { sessionId });
}

QString MessageStore::rawFilePath(qint64 id) const
{
    if (!isOpen() || id <= 0)
        return {};
    const QString path = d->messagePath(id);
    return QFile::exists(path) ? path : QString();
}

std::unique_ptr<QIODevice> MessageStore::openRaw(qint64 id) const
{
    const QString path = rawFilePath(id);
    if (path.isEmpty())
        return nullptr;
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return nullptr;
    return file;
}

QByteArray MessageStore::raw(qint64 id) const
{
    const std::unique_ptr<QIODevice> file = openRaw(id);
    return file ? file->readAll() : QByteArray();
}

bool MessageStore::removeMessage(qint64 id)
{
    return !d->removeMessages(QStringLiteral("id = ?"), { id }).isEmpty();
}

void MessageStore::removeAllMessages()
{
    d->removeMessages(QStringLiteral("1"));
    Q_EMIT allMessagesRemoved();
}

void MessageStore::recordSession(const SessionInfo &session)
{
    if (!isOpen())
        return;
    d->pendingSessions.insert(session.id, session);
    if (!d->flushTimer.isActive())
        d->flushTimer.start();
}

void MessageStore::appendTranscript(const QString &sessionId, const TranscriptLine &line)
{
    if (!isOpen())
        return;
    d->pendingLines.append({ sessionId, line });
    if (!d->flushTimer.isActive())
        d->flushTimer.start();
}

std::optional<SessionInfo> MessageStore::session(const QString &sessionId) const
{
    if (!isOpen())
        return std::nullopt;
    d->flushPending();
    QSqlQuery select = d->query();
    select.prepare(QStringLiteral("SELECT %1 FROM sessions WHERE id = ?").arg(StoreSchema::sessionColumns()));
    select.addBindValue(sessionId);
    if (!d->execOrReport(select) || !select.next())
        return std::nullopt;
    return StoreSchema::readSession(select);
}

int MessageStore::sessionCount() const
{
    if (!isOpen())
        return 0;
    d->flushPending();
    QSqlQuery count = d->query();
    if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM sessions")) || !count.next())
        return 0;
    return count.value(0).toInt();
}

QList<SessionInfo> MessageStore::sessions(int offset, int limit) const
{
    QList<SessionInfo> list;
    if (!isOpen())
        return list;
    d->flushPending();
    QSqlQuery select = d->query();
    select.setForwardOnly(true);
    select.prepare(
        QStringLiteral("SELECT %1 FROM sessions ORDER BY started DESC, rowid DESC LIMIT ? OFFSET ?")
            .arg(StoreSchema::sessionColumns()));
    select.addBindValue(limit < 0 ? -1 : limit);
    select.addBindValue(qMax(0, offset));
    if (!d->execOrReport(select))
        return list;
    while (select.next())
        list.append(StoreSchema::readSession(select));
    return list;
}

QList<TranscriptLine> MessageStore::transcript(const QString &sessionId) const
{
    QList<TranscriptLine> lines;
    if (!isOpen())
        return lines;
    d->flushPending();
    QSqlQuery select = d->query();
    select.setForwardOnly(true);
    select.prepare(
        QStringLiteral("SELECT time, direction, text FROM transcript WHERE session_id = ? ORDER BY seq"));
    select.addBindValue(sessionId);
    if (!d->execOrReport(select))
        return lines;
    while (select.next()) {
        const QString code = select.value(1).toString();
        lines.append({ StoreSchema::toTime(select.value(0)),
            TranscriptLine::directionFromCode(code.isEmpty() ? 'N' : code.front().toLatin1()),
            select.value(2).toByteArray() });
    }
    return lines;
}

void MessageStore::flush()
{
    d->flushPending();
}

} // namespace Mailscope
