// Adding messages: one at a time (addMessage) or as a group commit (queueMessage).
#include "store/headerpeek.h"
#include "store/messagespool.h"
#include "store/messagestoreprivate.h"
#include "store/messagesummary.h"
#include "store/storeschema.h"

#include <QFile>
#include <QSqlError>
#include <algorithm>
#include <utility>

namespace Mailscope {

namespace {

constexpr qint64 SubjectSearchBytes = 64 * 1024;

} // namespace

MessageStore::AddResult MessageStore::Private::failed(const QString &error)
{
    MessageStore::AddResult result;
    result.error = error.isEmpty() ? QStringLiteral("Unknown error") : error;
    reportError(QStringLiteral("Message store: message not stored: ") + result.error);
    return result;
}

bool MessageStore::Private::insertMessage(MessageSpool &body, const Envelope &envelope,
    const SessionInfo &session, StoredMessage *stored, QString *error, const MessageSummary *readSummary)
{
    if (body.hasFailed()) {
        *error = body.errorString();
        return false;
    }
    MessageSummary summary;
    if (readSummary)
        summary = *readSummary;
    else if (const std::unique_ptr<QIODevice> reader = body.openReader())
        summary = MessageSummary::read(*reader);
    if (!summary.isParsed) // still worth a subject in the list
        summary.subject = peekHeader(body.head(SubjectSearchBytes), QByteArrayLiteral("Subject"));

    // A message's session can always be looked up; a row already there is newer and stays.
    if (!sessionsWritten.contains(session.id)) {
        StoreSchema::bindSession(ensureSession, session);
        if (!ensureSession.exec(error))
            return false;
        sessionsWritten.insert(session.id);
    }
    stored->sessionId = session.id;
    stored->received = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    stored->size = body.size();
    stored->subject = summary.subject;
    stored->heloName = session.heloName;
    stored->remoteAddress = session.remoteAddress.toString();
    stored->transmissionType = session.transmissionType;
    stored->authUser = session.authUser;
    stored->from = summary.from;
    stored->date = StoreSchema::toTime(StoreSchema::fromTime(summary.date));
    stored->messageId = summary.messageId;
    stored->snippet = summary.snippet;
    stored->attachmentCount = summary.attachmentCount;
    const QString parameters = StoreSchema::parametersToJson(envelope.mailParameters);
    const QString recipients = StoreSchema::recipientsToJson(envelope.recipients);
    const QString to = StoreSchema::addressesToJson(summary.to);
    const QString cc = StoreSchema::addressesToJson(summary.cc);
    const QVariantList values { stored->sessionId, stored->received.toMSecsSinceEpoch(), stored->size,
        envelope.mailFrom, parameters, recipients, stored->subject, stored->heloName, stored->remoteAddress,
        stored->transmissionType, stored->authUser, summary.from.name, summary.from.address, to, cc,
        StoreSchema::fromTime(summary.date), stored->messageId, stored->snippet, stored->attachmentCount };
    for (int i = 0; i < values.size(); ++i)
        insertRow.bind(i + 1, values.at(i));
    if (!insertRow.exec(error))
        return false;
    const qint64 id = insertRow.lastInsertId();
    // The row commits only once the file is in place, so a row always has its bytes.
    if (id <= 0 || !body.saveTo(messagePath(id))) {
        *error = id <= 0 ? QStringLiteral("No id for the new message") : body.errorString();
        return false;
    }
    QString tagError; // like the index entry, the tags matter less than the message
    if (!summary.tags.isEmpty() && !tagNewMessage(id, summary.tags, &stored->tags, &tagError))
        reportError(QStringLiteral("Message store: message %1 not tagged: %2").arg(id).arg(tagError));
    insertText.bind(1, id);
    insertText.bind(2, summary.subject);
    insertText.bind(3,
        envelope.mailFrom + QLatin1Char(' ') + envelope.recipientAddresses().join(QLatin1Char(' '))
            + QLatin1Char(' ') + summary.searchableAddresses);
    insertText.bind(4, summary.searchableBody);
    QString indexError;
    if (!insertText.exec(&indexError)) // the message matters more than its index entry
        reportError(QStringLiteral("Message store: message %1 not indexed: %2").arg(id).arg(indexError));
    // What a SELECT of the new row gives, so that messageAdded's observers need none.
    stored->id = id;
    stored->envelope.mailFrom = envelope.mailFrom;
    stored->envelope.mailParameters = StoreSchema::parametersFromJson(parameters);
    stored->envelope.recipients = StoreSchema::recipientsFromJson(recipients);
    stored->to = StoreSchema::addressesFromJson(to);
    stored->cc = StoreSchema::addressesFromJson(cc);
    return true;
}

void MessageStore::Private::announce(StoredMessage &&message)
{
    const qint64 id = message.id;
    justAdded = std::move(message);
    Q_EMIT q->messageAdded(id);
    justAdded.reset();
}

MessageStore::AddResult MessageStore::addMessage(
    MessageSpool &body, const Envelope &envelope, const SessionInfo &session)
{
    if (!isOpen())
        return d->failed(QStringLiteral("The message store is not open"));
    if (body.hasFailed())
        return d->failed(body.errorString());
    commitQueued(); // ids stay in the order the messages came
    AddResult result = d->addAlone(body, envelope, session);
    d->applyRetention();
    return result;
}

MessageStore::AddResult MessageStore::Private::addAlone(MessageSpool &body, const Envelope &envelope,
    const SessionInfo &session, const MessageSummary *readSummary)
{
    // The transcript up to this message is written in the message's own transaction: one commit.
    QString error;
    Batch batch;
    if (!beginWithPending(&batch, &error))
        return failed(error);
    StoredMessage stored;
    const bool ok = insertMessage(body, envelope, session, &stored, &error, readSummary);
    if (!ok || !db.commit()) {
        if (ok)
            error = db.lastError().text();
        db.rollback();
        requeue(std::move(batch.sessions), std::move(batch.lines));
        if (stored.id > 0)
            QFile::remove(messagePath(stored.id));
        return failed(error);
    }
    AddResult result;
    result.id = stored.id;
    announce(std::move(stored));
    return result;
}

void MessageStore::queueMessage(std::unique_ptr<MessageSpool> body, const Envelope &envelope,
    const SessionInfo &session, AddCallback done)
{
    d->queued.push_back({ std::move(body), envelope, session, std::move(done), {}, d->queueClock.elapsed() });
    d->startSummary(d->queued.back());
    if (!d->commitTimer.isActive())
        d->commitTimer.start(0);
}

void MessageStore::Private::startSummary(QueuedMessage &message)
{
    if (message.body->hasFailed())
        return; // stored as a failure without a summary
    auto task = std::make_shared<SummaryTask>();
    message.summary = task;
    // The body stays untouched on this thread until the task has finished, and close() waits for
    // every task, so the store is still there when the task tells it.
    const MessageSpool *body = message.body.get();
    MessageStore *store = q;
    summaryPool.start([task, body, store] {
        if (const std::unique_ptr<QIODevice> reader = body->openReader())
            task->summary = MessageSummary::read(*reader);
        task->finished.store(true, std::memory_order_release);
        QMetaObject::invokeMethod(store, [store] { store->d->commitTimer.start(0); }, Qt::QueuedConnection);
    });
}

void MessageStore::commitQueued()
{
    d->commitQueued();
}

bool MessageStore::Private::addTogether(std::vector<QueuedMessage> &batch, QList<StoredMessage> &stored)
{
    QString error;
    Batch transcript;
    if (!beginWithPending(&transcript, &error))
        return false;
    bool ok = true;
    for (size_t i = 0; ok && i < batch.size(); ++i) {
        const QueuedMessage &message = batch[i];
        ok = insertMessage(*message.body, message.envelope, message.session, &stored[qsizetype(i)], &error,
            message.summary ? &message.summary->summary : nullptr);
    }
    if (ok && db.commit())
        return true;
    db.rollback();
    requeue(std::move(transcript.sessions), std::move(transcript.lines));
    for (StoredMessage &message : stored) {
        if (message.id > 0)
            QFile::remove(messagePath(message.id));
        message = {};
    }
    return false;
}

void MessageStore::Private::commitQueued(bool readyOnly)
{
    commitTimer.stop();
    if (!readyOnly)
        summaryPool.waitForDone();
    // Ids follow the order the messages came in: only a run of read summaries at the front goes.
    const auto firstWaiting = std::find_if(queued.begin(), queued.end(), [](const QueuedMessage &message) {
        return message.summary && !message.summary->finished.load(std::memory_order_acquire);
    });
    if (firstWaiting == queued.begin())
        return; // the task that finishes starts the timer again
    const qint64 waitedMs = queueClock.elapsed() - queued.front().queuedAtMs;
    if (readyOnly && firstWaiting != queued.end() && firstWaiting - queued.begin() < GroupCommitMessages
        && waitedMs < GroupCommitWaitMs) {
        // More are being read: commit with them, or once the front has waited long enough.
        commitTimer.start(int(GroupCommitWaitMs - waitedMs));
        return;
    }
    std::vector<QueuedMessage> batch(std::make_move_iterator(queued.begin()), std::make_move_iterator(firstWaiting));
    queued.erase(queued.begin(), firstWaiting);
    QList<AddResult> results(qsizetype(batch.size()));
    QList<StoredMessage> stored(qsizetype(batch.size()));
    // One transaction for the lot, without a savepoint per message: a savepoint makes the search
    // index write out its pending entries each time. Bodies already moved from the spool folder
    // cannot be saved a second time, so those messages are stored alone.
    const bool inMemory = std::all_of(batch.cbegin(), batch.cend(),
        [](const QueuedMessage &message) { return !message.body->isOnDisk(); });
    if (db.isOpen() && batch.size() > 1 && inMemory && addTogether(batch, stored)) {
        for (qsizetype i = 0; i < stored.size(); ++i) {
            results[i].id = stored[i].id;
            announce(std::move(stored[i]));
        }
    } else {
        // Alone, a message that cannot be stored fails by itself and says why.
        for (size_t i = 0; i < batch.size(); ++i) {
            const QueuedMessage &message = batch[i];
            results[qsizetype(i)] = db.isOpen()
                ? addAlone(*message.body, message.envelope, message.session,
                      message.summary ? &message.summary->summary : nullptr)
                : failed(QStringLiteral("The message store is not open"));
        }
    }
    applyRetention();
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (batch[size_t(i)].done)
            batch[size_t(i)].done(results[i]);
    }
}

} // namespace Mailscope
