#include "store/messagestore.h"

#include "store/headerpeek.h"
#include "store/messagespool.h"
#include "store/messagestoreprivate.h"
#include "store/messagesummary.h"
#include "store/storeschema.h"

#include <QFile>
#include <QSqlError>

namespace Mailscope {

namespace {

constexpr qint64 SubjectSearchBytes = 64 * 1024;

} // namespace

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

MessageStore::AddResult MessageStore::addMessage(
    MessageSpool &body, const Envelope &envelope, const SessionInfo &session)
{
    AddResult result;
    const auto failWith = [&](const QString &error) {
        result.error = error.isEmpty() ? QStringLiteral("Unknown error") : error;
        d->reportError(QStringLiteral("Message store: message not stored: ") + result.error);
        return result;
    };
    if (!isOpen())
        return failWith(QStringLiteral("The message store is not open"));
    if (body.hasFailed())
        return failWith(body.errorString());
    MessageSummary summary;
    if (const std::unique_ptr<QIODevice> reader = body.openReader())
        summary = MessageSummary::read(*reader);
    if (!summary.isParsed) // still worth a subject in the list
        summary.subject = peekHeader(body.head(SubjectSearchBytes), QByteArrayLiteral("Subject"));

    // The transcript up to this message is written in the message's own transaction: one commit.
    QString error;
    Private::Batch batch;
    if (!d->beginWithPending(&batch, &error))
        return failWith(error);
    const auto rollBack = [&] {
        d->db.rollback();
        d->requeue(std::move(batch.sessions), std::move(batch.lines));
    };
    // A message's session can always be looked up; a row already there is newer and stays.
    StoreSchema::bindSession(*d->ensureSession, session);
    StoredMessage stored;
    stored.sessionId = session.id;
    stored.received = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    stored.size = body.size();
    stored.subject = summary.subject;
    stored.heloName = session.heloName;
    stored.remoteAddress = session.remoteAddress.toString();
    stored.transmissionType = session.transmissionType;
    stored.authUser = session.authUser;
    stored.from = summary.from;
    stored.date = StoreSchema::toTime(StoreSchema::fromTime(summary.date));
    stored.messageId = summary.messageId;
    stored.snippet = summary.snippet;
    stored.attachmentCount = summary.attachmentCount;
    const QString parameters = StoreSchema::parametersToJson(envelope.mailParameters);
    const QString recipients = StoreSchema::recipientsToJson(envelope.recipients);
    const QString to = StoreSchema::addressesToJson(summary.to);
    const QString cc = StoreSchema::addressesToJson(summary.cc);
    QSqlQuery &insert = *d->insertMessage;
    const QVariantList values { stored.sessionId, stored.received.toMSecsSinceEpoch(), stored.size,
        envelope.mailFrom, parameters, recipients, stored.subject, stored.heloName, stored.remoteAddress,
        stored.transmissionType, stored.authUser, summary.from.name, summary.from.address, to, cc,
        StoreSchema::fromTime(summary.date), stored.messageId, stored.snippet, stored.attachmentCount };
    for (int i = 0; i < values.size(); ++i)
        insert.bindValue(i, values.at(i));
    if (!StoreSchema::exec(*d->ensureSession, &error) || !StoreSchema::exec(insert, &error)) {
        rollBack();
        return failWith(error);
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    const QString path = d->messagePath(id);
    // The row commits only once the file is in place, so a row always has its bytes.
    if (id <= 0 || !body.saveTo(path)) {
        rollBack();
        return failWith(id <= 0 ? QStringLiteral("No id for the new message") : body.errorString());
    }
    QSqlQuery &index = *d->insertText;
    index.bindValue(0, id);
    index.bindValue(1, summary.subject);
    index.bindValue(2,
        envelope.mailFrom + QLatin1Char(' ') + envelope.recipientAddresses().join(QLatin1Char(' '))
            + QLatin1Char(' ') + summary.searchableAddresses);
    index.bindValue(3, summary.searchableBody);
    if (!StoreSchema::exec(index, &error)) // the message matters more than its index entry
        d->reportError(QStringLiteral("Message store: message %1 not indexed: %2").arg(id).arg(error));
    if (!d->db.commit()) {
        error = d->db.lastError().text();
        rollBack();
        QFile::remove(path);
        return failWith(error);
    }
    result.id = id;
    // What a SELECT of the new row would give, so that messageAdded's observers need none.
    stored.id = id;
    stored.envelope.mailFrom = envelope.mailFrom;
    stored.envelope.mailParameters = StoreSchema::parametersFromJson(parameters);
    stored.envelope.recipients = StoreSchema::recipientsFromJson(recipients);
    stored.to = StoreSchema::addressesFromJson(to);
    stored.cc = StoreSchema::addressesFromJson(cc);
    d->justAdded = std::move(stored);
    Q_EMIT messageAdded(id);
    d->justAdded.reset();
    d->applyRetention();
    return result;
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
