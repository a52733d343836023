// SearchQuery: Mailpit's search syntax split into terms.
#include "store/searchquery.h"

#include <QTest>

namespace Mailscope {

namespace {

using Field = SearchTerm::Field;

SearchTerm term(Field field, const QString &value, bool negated = false, bool isPhrase = false)
{
    SearchTerm t;
    t.field = field;
    t.value = value;
    t.negated = negated;
    t.isPhrase = isPhrase;
    return t;
}

SearchTerm dated(Field field, const QString &value, const QDate &date, bool negated = false)
{
    SearchTerm t = term(field, value, negated);
    t.date = date;
    return t;
}

} // namespace

class TestSearchQuery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesTerms_data();
    void parsesTerms();
};

void TestSearchQuery::parsesTerms_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<SearchTerm>>("terms");
    QTest::newRow("empty") << QString() << QList<SearchTerm> {};
    QTest::newRow("blanks") << QStringLiteral("   \t ") << QList<SearchTerm> {};
    QTest::newRow("words") << QStringLiteral("hello  world")
                           << QList<SearchTerm> { term(Field::Text, QStringLiteral("hello")),
                                  term(Field::Text, QStringLiteral("world")) };
    QTest::newRow("phrase") << QStringLiteral("\"hello world\" x")
                            << QList<SearchTerm> { term(Field::Text, QStringLiteral("hello world"), false,
                                                       true),
                                   term(Field::Text, QStringLiteral("x")) };
    QTest::newRow("unterminated phrase") << QStringLiteral(
        "\"open end") << QList<SearchTerm> { term(Field::Text, QStringLiteral("open end"), false, true) };
    QTest::newRow("negated word") << QStringLiteral("-spam")
                                  << QList<SearchTerm> { term(Field::Text, QStringLiteral("spam"), true) };
    QTest::newRow("lone dash is a word")
        << QStringLiteral("a - b")
        << QList<SearchTerm> { term(Field::Text, QStringLiteral("a")), term(Field::Text, QStringLiteral("-")),
               term(Field::Text, QStringLiteral("b")) };
    QTest::newRow("filters") << QStringLiteral("from:alice@example.com TO:bob subject:\"big news\" cc:carol")
                             << QList<SearchTerm> { term(Field::From, QStringLiteral("alice@example.com")),
                                    term(Field::To, QStringLiteral("bob")),
                                    term(Field::Subject, QStringLiteral("big news")),
                                    term(Field::Cc, QStringLiteral("carol")) };
    QTest::newRow("states") << QStringLiteral("is:read -is:unread is:TAGGED has:attachment has:attachments")
                            << QList<SearchTerm> { term(Field::IsRead, {}), term(Field::IsUnread, {}, true),
                                   term(Field::IsTagged, {}), term(Field::HasAttachment, {}),
                                   term(Field::HasAttachment, {}) };
    QTest::newRow("unknown states dropped") << QStringLiteral("is:starred has:wings") << QList<SearchTerm> {};
    QTest::newRow("tags") << QStringLiteral("tag:urgent -tag:\"to do\"")
                          << QList<SearchTerm> { term(Field::Tag, QStringLiteral("urgent")),
                                 term(Field::Tag, QStringLiteral("to do"), true) };
    QTest::newRow("dates") << QStringLiteral("after:2024-01-02 before:2024/02/03 -before:20240304")
                           << QList<SearchTerm> { dated(Field::After, QStringLiteral("2024-01-02"),
                                                      QDate(2024, 1, 2)),
                                  dated(Field::Before, QStringLiteral("2024/02/03"), QDate(2024, 2, 3)),
                                  dated(Field::Before, QStringLiteral("20240304"), QDate(2024, 3, 4), true) };
    QTest::newRow("bad date dropped")
        << QStringLiteral("before:yesterday after:2024-13-45") << QList<SearchTerm> {};
    QTest::newRow("empty filter dropped") << QStringLiteral("from: subject:\"\"") << QList<SearchTerm> {};
    QTest::newRow("unknown prefix is text") << QStringLiteral(
        "http://x.org") << QList<SearchTerm> { term(Field::Text, QStringLiteral("http://x.org")) };
    QTest::newRow("colon inside quotes") << QStringLiteral(
        "\"from:me\"") << QList<SearchTerm> { term(Field::Text, QStringLiteral("from:me"), false, true) };
    QTest::newRow("message id") << QStringLiteral("message-id:<a@b>")
                                << QList<SearchTerm> { term(Field::MessageId, QStringLiteral("<a@b>")) };
}

void TestSearchQuery::parsesTerms()
{
    QFETCH(QString, query);
    QFETCH(QList<SearchTerm>, terms);
    const SearchQuery parsed = SearchQuery::parse(query);
    QCOMPARE(parsed.terms.size(), terms.size());
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const SearchTerm &actual = parsed.terms.at(i);
        QCOMPARE(int(actual.field), int(terms.at(i).field));
        QCOMPARE(actual.value, terms.at(i).value);
        QCOMPARE(actual.negated, terms.at(i).negated);
        QCOMPARE(actual.isPhrase, terms.at(i).isPhrase);
        QCOMPARE(actual.date, terms.at(i).date);
    }
    QCOMPARE(parsed.isEmpty(), terms.isEmpty());
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestSearchQuery)
#include "tst_searchquery.moc"
