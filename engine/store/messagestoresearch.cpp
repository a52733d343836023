// MessageStore::search: a SearchQuery as an SQL condition over the messages table and its
// full-text index (FTS5).
#include "store/messagestore.h"

#include "store/messagestoreprivate.h"
#include "store/searchquery.h"
#include "store/storeschema.h"

namespace Mailscope {

namespace {

using Field = SearchTerm::Field;

struct Condition {
    QString sql;
    QVariantList values;
};

QString likePattern(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// Any of `columns` contains `value` (case-insensitive for ASCII, as SQLite's LIKE).
Condition containedIn(const QStringList &columns, const QString &value)
{
    Condition condition;
    QStringList alternatives;
    for (const QString &column : columns) {
        alternatives << QStringLiteral("IFNULL(%1, '') LIKE ? ESCAPE '\\'").arg(column);
        condition.values << likePattern(value);
    }
    condition.sql = QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    return condition;
}

// FTS5: the words of the term as one phrase, its last word a prefix ("exam" finds "example").
QString ftsPhrase(const QString &value)
{
    QStringList words;
    QString word;
    for (const QChar c : value + QLatin1Char(' ')) {
        if (c.isLetterOrNumber() || c.isMark()) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (words.isEmpty())
        return {};
    return QLatin1Char('"') + words.join(QLatin1Char(' ')) + QStringLiteral("\" *");
}

qint64 startOfDay(const QDate &date)
{
    return date.startOfDay().toMSecsSinceEpoch(); // local time, as the user thinks of a day
}

std::optional<Condition> conditionOf(const SearchTerm &term)
{
    switch (term.field) {
    case Field::Text: {
        const QString phrase = ftsPhrase(term.value);
        if (phrase.isEmpty())
            return std::nullopt;
        return Condition {
            QStringLiteral("id IN (SELECT rowid FROM message_text WHERE message_text MATCH ?)"), { phrase }
        };
    }
    case Field::From:
        return containedIn(
            { QStringLiteral("from_name"), QStringLiteral("from_address"), QStringLiteral("mail_from") },
            term.value);
    case Field::To:
        return containedIn(
            { QStringLiteral("to_list"), QStringLiteral("cc_list"), QStringLiteral("recipients") },
            term.value);
    case Field::Cc:
        return containedIn({ QStringLiteral("cc_list") }, term.value);
    case Field::Subject:
        return containedIn({ QStringLiteral("subject") }, term.value);
    case Field::MessageId: {
        QString id = term.value;
        if (id.startsWith(QLatin1Char('<')) && id.endsWith(QLatin1Char('>')))
            id = id.mid(1, id.size() - 2);
        return Condition { QStringLiteral("message_id = ?"), { id } };
    }
    case Field::Tag:
        return Condition { QStringLiteral("id IN (SELECT message_id FROM message_tags"
                                          " JOIN tags ON tags.id = message_tags.tag_id WHERE tags.name = ?)"),
            { term.value } };
    case Field::HasAttachment:
        return Condition { QStringLiteral("attachment_count > 0"), {} };
    case Field::IsRead:
        return Condition { QStringLiteral("is_read = 1"), {} };
    case Field::IsUnread:
        return Condition { QStringLiteral("is_read = 0"), {} };
    case Field::IsTagged:
        return Condition { QStringLiteral("id IN (SELECT message_id FROM message_tags)"), {} };
    case Field::Before:
        return Condition { QStringLiteral("received < ?"), { startOfDay(term.date) } };
    case Field::After:
        return Condition { QStringLiteral("received >= ?"), { startOfDay(term.date) } };
    }
    return std::nullopt;
}

Condition whereClause(const SearchQuery &query)
{
    Condition where { QStringLiteral("1"), {} };
    for (const SearchTerm &term : query.terms) {
        const std::optional<Condition> condition = conditionOf(term);
        if (!condition)
            continue;
        where.sql += (term.negated ? QStringLiteral(" AND NOT ") : QStringLiteral(" AND ")) + condition->sql;
        where.values += condition->values;
    }
    return where;
}

} // namespace

SearchResult MessageStore::search(const QString &query, int start, int limit) const
{
    SearchResult result;
    if (!isOpen())
        return result;
    const Condition where = whereClause(SearchQuery::parse(query));
    QSqlQuery count = d->query();
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM messages WHERE ") + where.sql);
    for (const QVariant &value : where.values)
        count.addBindValue(value);
    if (!d->execOrReport(count) || !count.next())
        return result;
    result.total = count.value(0).toInt();

    QSqlQuery select = d->query();
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT %1 FROM messages WHERE %2 ORDER BY id DESC LIMIT ? OFFSET ?")
                       .arg(StoreSchema::messageColumns(), where.sql));
    for (const QVariant &value : where.values)
        select.addBindValue(value);
    select.addBindValue(limit < 0 ? -1 : limit);
    select.addBindValue(qMax(0, start));
    if (!d->execOrReport(select))
        return result;
    while (select.next())
        result.messages.append(StoreSchema::readMessage(select));
    return result;
}

bool MessageStore::matches(qint64 id, const QString &query) const
{
    if (!isOpen())
        return false;
    const Condition where = whereClause(SearchQuery::parse(query));
    QSqlQuery select = d->query();
    select.prepare(QStringLiteral("SELECT COUNT(*) FROM messages WHERE id = ? AND ") + where.sql);
    select.addBindValue(id);
    for (const QVariant &value : where.values)
        select.addBindValue(value);
    return d->execOrReport(select) && select.next() && select.value(0).toInt() > 0;
}

} // namespace Mailscope
