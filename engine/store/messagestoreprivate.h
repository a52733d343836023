#pragma once

#include "store/messagespool.h"
#include "store/messagestore.h"
#include "store/messagesummary.h"
#include "store/private/sqlitestatement.h"

#include <QElapsedTimer>
#include <QHash>
#include <QThreadPool>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace Mailscope {

// The store's connection, its prepared queries, and the transcript waiting to be written.
struct MessageStore::Private {
    struct PendingLine {
        QString sessionId;
        TranscriptLine line;
    };

    static constexpr qint64 DefaultSpoolMemoryLimit = 1024 * 1024;
    // Long enough to batch a burst of lines into one transaction, short enough to look live.
    static constexpr int TranscriptFlushDelayMs = 20;
    static constexpr int TranscriptLinesPerInsert = 16;
    // While summaries are still being read behind them, ready messages wait for company (one
    // commit writes the pages it touches once, however many messages it holds), but not for long.
    static constexpr int GroupCommitMessages = 64;
    static constexpr qint64 GroupCommitWaitMs = 5;

    // Transcript lines and session updates written inside a message's transaction.
    struct Batch {
        QHash<QString, SessionInfo> sessions;
        QList<PendingLine> lines;
    };

    // A message's summary, read from its body on a worker thread while the event loop goes on.
    struct SummaryTask {
        MessageSummary summary;
        std::atomic<bool> finished { false }; // set (release) after `summary` is written
    };

    struct QueuedMessage {
        std::unique_ptr<MessageSpool> body;
        Envelope envelope;
        SessionInfo session;
        AddCallback done;
        std::shared_ptr<SummaryTask> summary;
        qint64 queuedAtMs = 0; // steady clock, for how long the front of the queue may wait
    };

    explicit Private(MessageStore *store);

    [[nodiscard]] QString messagesDir() const { return folder + QStringLiteral("/messages"); }
    [[nodiscard]] QString spoolDir() const { return folder + QStringLiteral("/spool"); }
    [[nodiscard]] QString messagePath(qint64 id) const
    {
        return messagesDir() + QLatin1Char('/') + QString::number(id) + QStringLiteral(".eml");
    }

    void reportError(const QString &message) { Q_EMIT q->errorOccurred(message); }
    [[nodiscard]] QSqlQuery query() const { return QSqlQuery(db); }
    bool execOrReport(QSqlQuery &query);
    // Prepares, binds and runs `sql` (forward only); `result` receives the query to read rows from.
    bool runStatement(const QString &sql, const QVariantList &values, QString *error, QSqlQuery *result = nullptr);
    bool prepareQuery(std::optional<QSqlQuery> &slot, const QString &sql, QString *error);

    bool open(const QString &location, QString *error);
    void close();
    void removeLeftovers();
    bool flushPending();
    // Inside an open transaction: the message's row, file and index entry. On failure the
    // caller rolls back (the file, if saved, is removed here or by the caller's rollback).
    // A summary already read may be given; otherwise the body is read here.
    bool insertMessage(MessageSpool &body, const Envelope &envelope, const SessionInfo &session,
        StoredMessage *stored, QString *error, const MessageSummary *readSummary = nullptr);
    // Emits messageAdded with the new message at hand for its observers.
    void announce(StoredMessage &&message);
    [[nodiscard]] MessageStore::AddResult failed(const QString &error);
    // Stores the queued messages: every one (waiting for the summaries still being read), or with
    // `readyOnly` those at the front whose summary is read; the rest follow when theirs is.
    void commitQueued(bool readyOnly = false);
    void startSummary(QueuedMessage &message);
    // One message in a transaction of its own, announced when committed.
    [[nodiscard]] MessageStore::AddResult addAlone(MessageSpool &body, const Envelope &envelope,
        const SessionInfo &session, const MessageSummary *readSummary = nullptr);
    // Every message of the batch in one transaction, or (returning false) none of them.
    bool addTogether(std::vector<QueuedMessage> &batch, QList<StoredMessage> &stored);
    // Writes the given session updates and transcript lines inside the open transaction.
    bool writePending(const QHash<QString, SessionInfo> &sessions, const QList<PendingLine> &lines,
        QString *error);
    // Opens a transaction holding what is pending (or, if that cannot be written, nothing of it).
    bool beginWithPending(Batch *batch, QString *error);
    // Puts lines taken out for a transaction that rolled back in front of the queue again.
    void requeue(QHash<QString, SessionInfo> sessions, QList<PendingLine> lines);
    qint64 nextSequence(const QString &sessionId, QString *error);
    // Binds one transcript row to the five parameters after `firstIndex`.
    bool bindLine(SqliteStatement &insert, int firstIndex, const PendingLine &pending, QString *error);
    // After a rollback: sequence numbers and session rows of that transaction were not kept.
    void forgetUncommitted();
    QList<qint64> ids(const QString &sql, const QVariantList &values = {});
    QList<qint64> removeMessages(const QString &condition, const QVariantList &values = {});
    void applyRetention();
    bool changeTags(qint64 id, const QStringList &add, const QStringList &remove, bool replace);
    // Inside the new message's transaction: its tags from X-Tags; `stored` gets the names as kept.
    bool tagNewMessage(qint64 id, const QStringList &tags, QStringList *stored, QString *error);
    // Gives the message each of `tags` (cleaned), inside the caller's transaction.
    bool addTagRows(qint64 id, const QStringList &tags, QString *error);
    [[nodiscard]] static QStringList cleanTags(const QStringList &tags);

    MessageStore *q;
    QString folder;
    std::unique_ptr<QTemporaryDir> tempDir;
    QString connectionName;
    QSqlDatabase db;
    // Prepared once: these run for every message and every transcript line.
    SqliteStatement insertRow;
    SqliteStatement insertText;
    SqliteStatement insertLine;
    SqliteStatement insertLines; // TranscriptLinesPerInsert rows at once
    SqliteStatement selectLastSequence;
    SqliteStatement upsertSession;
    SqliteStatement ensureSession;
    // Every observer of messageAdded reads the new row: prepared once, not per message.
    std::optional<QSqlQuery> selectMessage;
    // The message being announced by messageAdded: its observers read it without a query.
    std::optional<StoredMessage> justAdded;
    int retentionLimit = 0;
    qint64 spoolMemoryLimit = DefaultSpoolMemoryLimit;
    QHash<QString, SessionInfo> pendingSessions;
    QList<PendingLine> pendingLines;
    QHash<QString, qint64> nextSeq;
    // Sessions whose row is in the store (or the open transaction): a message needs no upsert.
    QSet<QString> sessionsWritten;
    QTimer flushTimer;
    std::vector<QueuedMessage> queued;
    QTimer commitTimer; // zero delay: runs once the event loop has handled what is ready now
    // Reads summaries of queued messages (MIME parsing) off the event-loop thread.
    QThreadPool summaryPool;
    QElapsedTimer queueClock; // started once: the time base of QueuedMessage::queuedAtMs
};

} // namespace Mailscope
