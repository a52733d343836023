#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace Mailscope {

// One condition of a search, as written in Mailpit's query syntax.
struct SearchTerm {
    enum class Field {
        Text, // a word or "a phrase", anywhere in the headers and bodies
        From,
        To, // To, Cc or an envelope recipient
        Cc,
        Subject,
        MessageId,
        Tag,
        HasAttachment,
        IsRead,
        IsUnread,
        IsTagged,
        Before, // received before the start of `date` (local time)
        After, // received on or after the start of `date`
    };

    Field field = Field::Text;
    QString value; // the word, phrase or filter value, quotes removed
    QDate date; // for Before and After
    bool negated = false; // written with a leading '-'
    bool isPhrase = false; // written in double quotes

    friend bool operator==(const SearchTerm &, const SearchTerm &) = default;
};

// A search query split into terms, all of which must hold. Unknown prefixes ("foo:bar")
// are plain words; filters without a usable value (an unreadable date, "has:something")
// are dropped. Parsing never fails.
struct SearchQuery {
    QList<SearchTerm> terms;

    [[nodiscard]] static SearchQuery parse(QStringView text);
    [[nodiscard]] bool isEmpty() const { return terms.isEmpty(); }
};

} // namespace Mailscope
