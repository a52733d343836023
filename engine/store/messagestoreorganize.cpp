// MessageStore: read state, tags and export, the parts of a message a user changes or takes away.
#include "store/messagestore.h"

#include "store/messagestoreprivate.h"
#include "store/storeschema.h"

#include <QFile>
#include <QSet>
#include <QSqlError>

namespace Mailscope {

// Trimmed, without empties, each name once (tags compare case-insensitively).
QStringList MessageStore::Private::cleanTags(const QStringList &tags)
{
    QStringList clean;
    QSet<QString> seen;
    for (const QString &tag : tags) {
        const QString name = tag.trimmed();
        if (!name.isEmpty() && !seen.contains(name.toLower())) {
            seen.insert(name.toLower());
            clean << name;
        }
    }
    return clean;
}

bool MessageStore::Private::addTagRows(qint64 id, const QStringList &tags, QString *error)
{
    for (const QString &tag : cleanTags(tags)) {
        if (!runStatement(QStringLiteral("INSERT OR IGNORE INTO tags (name) VALUES (?)"), { tag }, error)
            || !runStatement(QStringLiteral("INSERT OR IGNORE INTO message_tags (message_id, tag_id)"
                                            " SELECT ?, id FROM tags WHERE name = ?"),
                { id, tag }, error))
            return false;
    }
    return true;
}

bool MessageStore::Private::tagNewMessage(qint64 id, const QStringList &tags, QStringList *stored, QString *error)
{
    if (!addTagRows(id, tags, error))
        return false;
    // A tag already known keeps the spelling it has: the names as the row gives them.
    QSqlQuery names;
    if (!runStatement(QStringLiteral("SELECT tags.name FROM message_tags JOIN tags ON tags.id = message_tags.tag_id"
                                     " WHERE message_tags.message_id = ?"),
            { id }, error, &names))
        return false;
    stored->clear();
    while (names.next())
        stored->append(names.value(0).toString());
    stored->sort(Qt::CaseInsensitive);
    return true;
}

bool MessageStore::Private::changeTags(
    qint64 id, const QStringList &add, const QStringList &remove, bool replace)
{
    const std::optional<StoredMessage> before = q->message(id);
    if (!before)
        return false;
    justAdded.reset(); // the row changes: what messageAdded's observers read next comes from it
    QString error;
    const auto run = [&](const QString &sql, const QVariantList &values) { return runStatement(sql, values, &error); };
    bool ok = db.transaction();
    if (ok && replace)
        ok = run(QStringLiteral("DELETE FROM message_tags WHERE message_id = ?"), { id });
    ok = ok && addTagRows(id, add, &error);
    for (const QString &tag : cleanTags(remove)) {
        ok = ok
            && run(QStringLiteral("DELETE FROM message_tags WHERE message_id = ?"
                                  " AND tag_id IN (SELECT id FROM tags WHERE name = ?)"),
                { id, tag });
    }
    // A tag no message carries any more is gone, so tags() lists only tags in use.
    ok = ok && run(QStringLiteral("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM message_tags)"), {});
    if (ok && !db.commit()) {
        error = db.lastError().text();
        ok = false;
    }
    if (!ok) {
        db.rollback();
        reportError(
            QStringLiteral("Message store: cannot change the tags of message %1: %2").arg(id).arg(error));
        return false;
    }
    const std::optional<StoredMessage> after = q->message(id);
    if (after && after->tags != before->tags)
        Q_EMIT q->messageChanged(id);
    return true;
}

bool MessageStore::setRead(qint64 id, bool read)
{
    const std::optional<StoredMessage> current = message(id);
    if (!current)
        return false;
    if (current->isRead == read)
        return true;
    d->justAdded.reset(); // the row changes: what messageAdded's observers read next comes from it
    QSqlQuery update = d->query();
    update.prepare(QStringLiteral("UPDATE messages SET is_read = ? WHERE id = ?"));
    update.addBindValue(read ? 1 : 0);
    update.addBindValue(id);
    if (!d->execOrReport(update))
        return false;
    Q_EMIT messageChanged(id);
    return true;
}

bool MessageStore::setTags(qint64 id, const QStringList &tags)
{
    return d->changeTags(id, tags, {}, true);
}

bool MessageStore::addTag(qint64 id, const QString &tag)
{
    return d->changeTags(id, { tag }, {}, false);
}

bool MessageStore::removeTag(qint64 id, const QString &tag)
{
    return d->changeTags(id, {}, { tag }, false);
}

QStringList MessageStore::tags() const
{
    QStringList names;
    if (!isOpen())
        return names;
    QSqlQuery select = d->query();
    if (!select.exec(QStringLiteral("SELECT name FROM tags ORDER BY name COLLATE NOCASE")))
        return names;
    while (select.next())
        names << select.value(0).toString();
    return names;
}

bool MessageStore::exportMessage(qint64 id, const QString &filePath, QString *errorMessage) const
{
    const auto fail = [&](const QString &error) {
        if (errorMessage)
            *errorMessage = error;
        return false;
    };
    const QString source = rawFilePath(id);
    if (source.isEmpty())
        return fail(QStringLiteral("No message %1").arg(id));
    if (QFile::exists(filePath) && !QFile::remove(filePath))
        return fail(QStringLiteral("Cannot replace %1").arg(filePath));
    QFile file(source);
    if (!file.copy(filePath))
        return fail(QStringLiteral("Cannot write %1: %2").arg(filePath, file.errorString()));
    return true;
}

} // namespace Mailscope
