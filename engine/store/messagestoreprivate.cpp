#include "store/messagestoreprivate.h"

#include "store/storeschema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <atomic>
#include <utility>

namespace Mailscope {

namespace {

QString databaseFileName()
{
    return QStringLiteral("mailscope.sqlite");
}

// Several stores may live in one process (tests, or a server per folder).
QString uniqueConnectionName()
{
    static std::atomic<quint64> counter { 0 };
    return QStringLiteral("mailscope-store-%1").arg(++counter);
}

} // namespace

MessageStore::Private::Private(MessageStore *store)
    : q(store)
{
    flushTimer.setSingleShot(true);
    flushTimer.setInterval(TranscriptFlushDelayMs);
    QObject::connect(&flushTimer, &QTimer::timeout, q, &MessageStore::flush);
    commitTimer.setSingleShot(true);
    commitTimer.setInterval(0);
    QObject::connect(&commitTimer, &QTimer::timeout, q, [this] { commitQueued(true); });
    // One reader is enough to keep MIME parsing off the event loop; more would only compete with it.
    summaryPool.setMaxThreadCount(1);
    queueClock.start();
}

bool MessageStore::Private::execOrReport(QSqlQuery &query)
{
    QString error;
    if (StoreSchema::exec(query, &error))
        return true;
    reportError(QStringLiteral("Message store: ") + error);
    return false;
}

bool MessageStore::Private::runStatement(
    const QString &sql, const QVariantList &values, QString *error, QSqlQuery *result)
{
    QSqlQuery statement = query();
    statement.setForwardOnly(true);
    statement.prepare(sql);
    for (const QVariant &value : values)
        statement.addBindValue(value);
    if (!StoreSchema::exec(statement, error))
        return false;
    if (result)
        *result = std::move(statement);
    return true;
}

bool MessageStore::Private::prepareQuery(std::optional<QSqlQuery> &slot, const QString &sql, QString *error)
{
    slot.emplace(db);
    if (slot->prepare(sql))
        return true;
    *error = slot->lastError().text() + QStringLiteral(" (") + sql + QLatin1Char(')');
    return false;
}

bool MessageStore::Private::open(const QString &location, QString *error)
{
    if (location.isEmpty()) {
        *error = QStringLiteral("No store location given");
        return false;
    }
    if (location == QLatin1String(":memory:")) {
        tempDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/mailscope-XXXXXX"));
        if (!tempDir->isValid()) {
            *error = QStringLiteral("Cannot create a temporary folder: ") + tempDir->errorString();
            return false;
        }
        folder = tempDir->path();
    } else {
        folder = QDir(location).absolutePath();
    }
    for (const QString &dir : { folder, messagesDir(), spoolDir() }) {
        if (!QDir().mkpath(dir) || !QFileInfo(dir).isDir()) {
            *error = QStringLiteral("Cannot create the folder %1").arg(QDir::toNativeSeparators(dir));
            return false;
        }
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = QStringLiteral("The Qt SQLite driver is missing (package libqt6sql6-sqlite)");
        return false;
    }
    connectionName = uniqueConnectionName();
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(folder + QLatin1Char('/') + databaseFileName());
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    if (!StoreSchema::prepare(db, error))
        return false;
    const bool prepared
        = insertRow.prepare(db,
              QStringLiteral("INSERT INTO messages (session_id, received, size, mail_from,"
                             " mail_parameters, recipients, subject, helo, remote_address,"
                             " transmission, auth_user, from_name, from_address, to_list,"
                             " cc_list, date, message_id, snippet, attachment_count)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              error)
        && insertText.prepare(db,
            QStringLiteral("INSERT INTO message_text (rowid, subject, addresses, body) VALUES (?, ?, ?, ?)"),
            error)
        && insertLine.prepare(db,
            QStringLiteral(
                "INSERT INTO transcript (session_id, seq, time, direction, text) VALUES (?, ?, ?, ?, ?)"),
            error)
        && insertLines.prepare(db,
            QStringLiteral("INSERT INTO transcript (session_id, seq, time, direction, text) VALUES ")
                + QStringList(TranscriptLinesPerInsert, QStringLiteral("(?, ?, ?, ?, ?)")).join(QLatin1Char(',')),
            error)
        && selectLastSequence.prepare(db,
            QStringLiteral("SELECT MAX(seq) FROM transcript WHERE session_id = ?"), error)
        && upsertSession.prepare(db, StoreSchema::sessionUpsert(true), error)
        && ensureSession.prepare(db, StoreSchema::sessionUpsert(false), error)
        && prepareQuery(selectMessage,
            QStringLiteral("SELECT %1 FROM messages WHERE id = ?").arg(StoreSchema::messageColumns()), error);
    if (!prepared)
        return false;
    removeLeftovers();
    applyRetention();
    return true;
}

// What a crash leaves behind: half-received bodies in spool/, a body saved whose row
// never committed (its id would be reused), or a row whose file is gone.
void MessageStore::Private::removeLeftovers()
{
    const QDir spool(spoolDir());
    const QStringList spoolFiles = spool.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : spoolFiles)
        QFile::remove(spool.filePath(name));

    const QDir messages(messagesDir());
    QSet<qint64> files;
    const QStringList messageFiles = messages.entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : messageFiles) {
        bool isId = false;
        const qint64 id = name.endsWith(QLatin1String(".eml")) ? name.chopped(4).toLongLong(&isId) : 0;
        if (isId && id > 0)
            files.insert(id);
        else if (name.endsWith(QLatin1String(".part")))
            QFile::remove(messages.filePath(name));
    }
    const QList<qint64> rows = ids(QStringLiteral("SELECT id FROM messages"));
    for (qint64 id : rows) {
        if (!files.remove(id))
            removeMessages(QStringLiteral("id = ?"), { id });
    }
    for (qint64 id : std::as_const(files))
        QFile::remove(messagePath(id));
}

void MessageStore::Private::close()
{
    commitQueued(); // bodies a session is waiting for are stored before the store goes
    commitTimer.stop();
    flushPending();
    flushTimer.stop();
    pendingLines.clear();
    pendingSessions.clear();
    forgetUncommitted();
    // Every query must be gone before the connection is removed.
    insertRow.finalize();
    insertText.finalize();
    insertLine.finalize();
    insertLines.finalize();
    selectLastSequence.finalize();
    upsertSession.finalize();
    ensureSession.finalize();
    selectMessage.reset();
    justAdded.reset();
    if (db.isValid()) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
    }
    connectionName.clear();
    tempDir.reset();
    folder.clear();
}

void MessageStore::Private::forgetUncommitted()
{
    nextSeq.clear();
    sessionsWritten.clear();
}

qint64 MessageStore::Private::nextSequence(const QString &sessionId, QString *error)
{
    auto it = nextSeq.find(sessionId);
    if (it == nextSeq.end()) {
        // A session id seen before in this folder (e.g. a previous run) continues its numbering.
        selectLastSequence.bind(1, sessionId);
        QVariant last;
        if (!selectLastSequence.queryValue(&last, error))
            return -1;
        const qint64 next = last.isNull() ? 0 : last.toLongLong() + 1;
        it = nextSeq.insert(sessionId, next);
    }
    return it.value()++;
}

bool MessageStore::Private::flushPending()
{
    flushTimer.stop();
    if (!db.isOpen() || (pendingLines.isEmpty() && pendingSessions.isEmpty()))
        return true;
    // Taken out first: a failing batch is reported once, not retried forever.
    const QHash<QString, SessionInfo> sessions = std::exchange(pendingSessions, {});
    const QList<PendingLine> lines = std::exchange(pendingLines, {});
    QString error;
    bool ok = db.transaction();
    if (!ok)
        error = db.lastError().text();
    ok = ok && writePending(sessions, lines, &error);
    if (ok && !db.commit()) {
        ok = false;
        error = db.lastError().text();
    }
    if (!ok) {
        db.rollback();
        forgetUncommitted();
        reportError(QStringLiteral("Message store: cannot write %1 transcript lines: %2")
                        .arg(lines.size())
                        .arg(error));
    }
    return ok;
}

bool MessageStore::Private::writePending(
    const QHash<QString, SessionInfo> &sessions, const QList<PendingLine> &lines, QString *error)
{
    for (auto it = sessions.cbegin(); it != sessions.cend(); ++it) {
        StoreSchema::bindSession(upsertSession, it.value());
        if (!upsertSession.exec(error))
            return false;
        sessionsWritten.insert(it.key());
    }
    // Whole groups of lines in one statement each (SQLite's cost is per statement), the rest alone.
    qsizetype next = 0;
    for (; next + TranscriptLinesPerInsert <= lines.size(); next += TranscriptLinesPerInsert) {
        for (int row = 0; row < TranscriptLinesPerInsert; ++row) {
            if (!bindLine(insertLines, row * 5, lines.at(next + row), error))
                return false;
        }
        if (!insertLines.exec(error))
            return false;
    }
    for (; next < lines.size(); ++next) {
        if (!bindLine(insertLine, 0, lines.at(next), error) || !insertLine.exec(error))
            return false;
    }
    return true;
}

bool MessageStore::Private::bindLine(SqliteStatement &insert, int firstIndex, const PendingLine &pending,
    QString *error)
{
    const qint64 seq = nextSequence(pending.sessionId, error);
    if (seq < 0)
        return false;
    const char direction = TranscriptLine::directionCode(pending.line.direction);
    insert.bind(firstIndex + 1, pending.sessionId);
    insert.bind(firstIndex + 2, seq);
    insert.bind(firstIndex + 3, StoreSchema::fromTime(pending.line.time));
    insert.bind(firstIndex + 4, QString(QLatin1Char(direction)));
    insert.bindBlob(firstIndex + 5, pending.line.text.isNull() ? QByteArray("", 0) : pending.line.text);
    return true;
}

bool MessageStore::Private::beginWithPending(Batch *batch, QString *error)
{
    flushTimer.stop();
    batch->sessions = std::exchange(pendingSessions, {});
    batch->lines = std::exchange(pendingLines, {});
    if (!db.transaction()) {
        *error = db.lastError().text();
        requeue(std::exchange(batch->sessions, {}), std::exchange(batch->lines, {}));
        return false;
    }
    QString lineError;
    if (writePending(batch->sessions, batch->lines, &lineError))
        return true;
    // As in flushPending: the batch is reported once and dropped; the message still goes in.
    db.rollback();
    forgetUncommitted();
    reportError(QStringLiteral("Message store: cannot write %1 transcript lines: %2")
                    .arg(batch->lines.size())
                    .arg(lineError));
    *batch = {};
    if (db.transaction())
        return true;
    *error = db.lastError().text();
    return false;
}

void MessageStore::Private::requeue(QHash<QString, SessionInfo> sessions, QList<PendingLine> lines)
{
    forgetUncommitted();
    for (auto it = pendingSessions.cbegin(); it != pendingSessions.cend(); ++it)
        sessions.insert(it.key(), it.value()); // a later update wins
    pendingSessions = std::move(sessions);
    pendingLines = std::move(lines) + pendingLines;
    if (!pendingLines.isEmpty() || !pendingSessions.isEmpty())
        flushTimer.start();
}

QList<qint64> MessageStore::Private::ids(const QString &sql, const QVariantList &values)
{
    QList<qint64> result;
    if (!db.isOpen())
        return result;
    QSqlQuery select;
    QString error;
    if (!runStatement(sql, values, &error, &select)) {
        reportError(QStringLiteral("Message store: ") + error);
        return result;
    }
    while (select.next())
        result.append(select.value(0).toLongLong());
    return result;
}

// Rows go first, in one statement: a file left by a crash is cleaned at the next open.
QList<qint64> MessageStore::Private::removeMessages(const QString &condition, const QVariantList &values)
{
    const QList<qint64> removed
        = ids(QStringLiteral("SELECT id FROM messages WHERE %1 ORDER BY id").arg(condition), values);
    if (removed.isEmpty())
        return removed;
    justAdded.reset();
    QSqlQuery remove = query();
    remove.prepare(QStringLiteral("DELETE FROM messages WHERE %1").arg(condition));
    for (const QVariant &value : values)
        remove.addBindValue(value);
    if (!execOrReport(remove))
        return {};
    for (qint64 id : removed) {
        QFile::remove(messagePath(id));
        Q_EMIT q->messageRemoved(id);
    }
    return removed;
}

void MessageStore::Private::applyRetention()
{
    if (retentionLimit <= 0 || !db.isOpen())
        return;
    // Ids only grow, so everything up to the newest id past the limit is older.
    const QList<qint64> beyond = ids(
        QStringLiteral("SELECT id FROM messages ORDER BY id DESC LIMIT 1 OFFSET ?"), { retentionLimit });
    if (!beyond.isEmpty())
        removeMessages(QStringLiteral("id <= ?"), { beyond.first() });
}

} // namespace Mailscope
