#include "store/searchquery.h"

#include <QDateTime>
#include <QHash>
#include <optional>

namespace Mailscope {

namespace {

using Field = SearchTerm::Field;

struct Token {
    QString text; // the token with its quotes removed
    bool negated = false;
    bool quotedWhole = false; // "like this"
    QString prefix; // before the first unquoted ':' (lower case), empty if none
};

// Splits at unquoted whitespace; a quote runs to the next quote or the end.
QList<Token> tokenize(QStringView text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i].isSpace())
            ++i;
        if (i >= text.size())
            break;
        Token token;
        if (text[i] == QLatin1Char('-') && i + 1 < text.size() && !text[i + 1].isSpace()) {
            token.negated = true;
            ++i;
        }
        token.quotedWhole = text[i] == QLatin1Char('"');
        bool inQuotes = false;
        bool prefixDone = false;
        for (; i < text.size() && (inQuotes || !text[i].isSpace()); ++i) {
            const QChar c = text[i];
            if (c == QLatin1Char('"')) {
                inQuotes = !inQuotes;
                continue;
            }
            if (c == QLatin1Char(':') && !inQuotes && !prefixDone && !token.quotedWhole) {
                prefixDone = true;
                token.prefix = token.text.toLower();
                token.text.clear();
                continue;
            }
            token.text += c;
        }
        tokens.append(token);
    }
    return tokens;
}

std::optional<QDate> dateOf(const QString &value)
{
    for (const QString &format : { QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy/MM/dd"),
             QStringLiteral("yyyyMMdd"), QStringLiteral("d MMM yyyy") }) {
        const QDate date = QDate::fromString(value, format);
        if (date.isValid())
            return date;
    }
    const QDateTime time = QDateTime::fromString(value, Qt::ISODate);
    return time.isValid() ? std::optional<QDate>(time.date()) : std::nullopt;
}

// The term a prefixed token stands for; nullopt drops it, a Text term keeps it as words.
std::optional<SearchTerm> filterTerm(const Token &token)
{
    static const QHash<QString, Field> valued { { QStringLiteral("from"), Field::From },
        { QStringLiteral("to"), Field::To }, { QStringLiteral("cc"), Field::Cc },
        { QStringLiteral("subject"), Field::Subject }, { QStringLiteral("message-id"), Field::MessageId },
        { QStringLiteral("tag"), Field::Tag }, { QStringLiteral("before"), Field::Before },
        { QStringLiteral("after"), Field::After } };
    SearchTerm term;
    term.negated = token.negated;
    term.value = token.text;
    const QString value = token.text.toLower();
    if (token.prefix == QLatin1String("is")) {
        static const QHash<QString, Field> states { { QStringLiteral("read"), Field::IsRead },
            { QStringLiteral("unread"), Field::IsUnread }, { QStringLiteral("tagged"), Field::IsTagged } };
        if (!states.contains(value))
            return std::nullopt;
        term.field = states.value(value);
        term.value.clear();
        return term;
    }
    if (token.prefix == QLatin1String("has")) {
        if (value != QLatin1String("attachment") && value != QLatin1String("attachments"))
            return std::nullopt;
        term.field = Field::HasAttachment;
        term.value.clear();
        return term;
    }
    if (!valued.contains(token.prefix)) { // "foo:bar" is just text
        term.value = token.prefix + QLatin1Char(':') + token.text;
        return term;
    }
    term.field = valued.value(token.prefix);
    if (term.value.isEmpty())
        return std::nullopt;
    if (term.field == Field::Before || term.field == Field::After) {
        const std::optional<QDate> date = dateOf(term.value);
        if (!date)
            return std::nullopt;
        term.date = *date;
    }
    return term;
}

} // namespace

SearchQuery SearchQuery::parse(QStringView text)
{
    SearchQuery query;
    const QList<Token> tokens = tokenize(text);
    for (const Token &token : tokens) {
        if (token.prefix.isEmpty()) {
            if (token.text.trimmed().isEmpty())
                continue;
            SearchTerm term;
            term.value = token.text;
            term.negated = token.negated;
            term.isPhrase = token.quotedWhole;
            query.terms.append(term);
        } else if (const std::optional<SearchTerm> term = filterTerm(token)) {
            query.terms.append(*term);
        }
    }
    return query;
}

} // namespace Mailscope
