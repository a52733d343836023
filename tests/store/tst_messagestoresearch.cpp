// MessageStore: the summary kept on arrival and search in Mailpit's syntax over it and FTS5.
#include "storetesthelpers.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

namespace Mailscope {

using StoreTest::add;
using StoreTest::message;

class TestMessageStoreSearch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keepsSummaryOfEachMessage();
    void snippetComesFromHtmlWhenThereIsNoText();
    void storesUnreadableMessageAnyway();
    void searches_data();
    void searches();
    void pagesResultsWithTotal();
    void forgetsIndexOfRemovedMessages();

private:
    QList<qint64> ids(const QString &query) const;

    MessageStore m_store;
    qint64 m_report = 0, m_invoice = 0, m_hello = 0, m_html = 0;
};

QList<qint64> TestMessageStoreSearch::ids(const QString &query) const
{
    QList<qint64> found;
    for (const StoredMessage &stored : m_store.search(query, 0, -1).messages)
        found << stored.id;
    return found;
}

void TestMessageStoreSearch::initTestCase()
{
    QVERIFY(m_store.open(QStringLiteral(":memory:")));
    m_report = add(m_store,
        message("=?utf-8?q?Quarterly_r=C3=A9port?=", "\"Alice Archer\" <alice@example.com>",
            "bob@example.net", "The numbers are in. Revenue grew."),
        { QStringLiteral("bob@example.net"), QStringLiteral("hidden@example.net") });
    m_invoice = add(m_store,
        "From: billing@shop.example\r\nTo: carol@example.org\r\nCc: dave@example.org\r\nSubject: Invoice "
        "42\r\n"
        "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nPlease "
        "pay.\r\n"
        "--b\r\nContent-Type: application/pdf; name=invoice.pdf\r\nContent-Transfer-Encoding: "
        "base64\r\n\r\nJVBERg==\r\n"
        "--b--\r\n");
    m_hello = add(
        m_store, message("hello world", "bob@example.net", "alice@example.com", "Just saying hello there."));
    m_html = add(m_store,
        message("Newsletter", "news@example.com", "alice@example.com",
            "<html><head><style>p{}</style></head><body><p>Big&nbsp;sale on <b>widgets</b></p></body></html>",
            "Content-Type: text/html; charset=utf-8\r\n"));
    QVERIFY(m_store.setRead(m_hello, true));
    QVERIFY(m_store.addTag(m_invoice, QStringLiteral("Finance")));
    QVERIFY(m_store.addTag(m_report, QStringLiteral("finance")));
}

void TestMessageStoreSearch::keepsSummaryOfEachMessage()
{
    const StoredMessage report = *m_store.message(m_report);
    QCOMPARE(report.subject, QStringLiteral("Quarterly réport"));
    QCOMPARE(
        report.from, (MailAddress { QStringLiteral("Alice Archer"), QStringLiteral("alice@example.com") }));
    QCOMPARE(report.to, (QList<MailAddress> { { {}, QStringLiteral("bob@example.net") } }));
    QCOMPARE(report.snippet, QStringLiteral("The numbers are in. Revenue grew."));
    QCOMPARE(report.attachmentCount, 0);
    const StoredMessage invoice = *m_store.message(m_invoice);
    QCOMPARE(invoice.attachmentCount, 1);
    QCOMPARE(invoice.cc, (QList<MailAddress> { { {}, QStringLiteral("dave@example.org") } }));
    QCOMPARE(invoice.tags, QStringList { QStringLiteral("Finance") });
    QVERIFY(!invoice.isRead);
    const StoredMessage listed = m_store.messages(0, 1).first(); // the listing carries it too
    QCOMPARE(listed.id, m_html);
    QCOMPARE(listed.from.address, QStringLiteral("news@example.com"));
}

void TestMessageStoreSearch::snippetComesFromHtmlWhenThereIsNoText()
{
    QCOMPARE(m_store.message(m_html)->snippet, QStringLiteral("Big sale on widgets"));
    const qint64 longOne = add(m_store, message("long", "a@b.c", "d@e.f", QByteArray(2000, 'z')));
    QCOMPARE(m_store.message(longOne)->snippet.size(), 250);
    m_store.removeMessage(longOne);
}

void TestMessageStoreSearch::storesUnreadableMessageAnyway()
{
    MessageStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    static const char raw[] = "\x00\x01\x02 not a message";
    const QByteArray garbage(raw, sizeof raw - 1);
    const qint64 id = add(store, garbage);
    QVERIFY(id > 0);
    QCOMPARE(store.raw(id), garbage);
    QCOMPARE(store.search(QString()).total, 1);
}

void TestMessageStoreSearch::searches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // names of the messages, newest first
    QTest::newRow("everything") << QString() << QStringList { "html", "hello", "invoice", "report" };
    QTest::newRow("word in body") << QStringLiteral("revenue") << QStringList { "report" };
    QTest::newRow("word prefix") << QStringLiteral("reven") << QStringList { "report" };
    QTest::newRow("longer word than written") << QStringLiteral("reports") << QStringList {};
    QTest::newRow("accented subject") << QStringLiteral("report") << QStringList { "report" };
    QTest::newRow("word in html") << QStringLiteral("widgets") << QStringList { "html" };
    QTest::newRow("no match in html markup") << QStringLiteral("style") << QStringList {};
    QTest::newRow("two words") << QStringLiteral("hello saying") << QStringList { "hello" };
    QTest::newRow("phrase") << QStringLiteral("\"saying hello\"") << QStringList { "hello" };
    QTest::newRow("phrase out of order") << QStringLiteral("\"hello saying\"") << QStringList {};
    QTest::newRow("address as text") << QStringLiteral("alice@example.com")
                                     << QStringList { "html", "hello", "report" };
    QTest::newRow("negated word") << QStringLiteral("-hello") << QStringList { "html", "invoice", "report" };
    QTest::newRow("from") << QStringLiteral("from:alice") << QStringList { "report" };
    QTest::newRow("from display name") << QStringLiteral("from:\"alice archer\"") << QStringList { "report" };
    QTest::newRow("to") << QStringLiteral("to:alice@example.com") << QStringList { "html", "hello" };
    QTest::newRow("to includes cc") << QStringLiteral("to:dave") << QStringList { "invoice" };
    QTest::newRow("to includes envelope") << QStringLiteral("to:hidden@") << QStringList { "report" };
    QTest::newRow("subject") << QStringLiteral("subject:invoice") << QStringList { "invoice" };
    QTest::newRow("not subject") << QStringLiteral("-subject:invoice -subject:hello")
                                 << QStringList { "html", "report" };
    QTest::newRow("attachment") << QStringLiteral("has:attachment") << QStringList { "invoice" };
    QTest::newRow("read") << QStringLiteral("is:read") << QStringList { "hello" };
    QTest::newRow("unread") << QStringLiteral("is:unread") << QStringList { "html", "invoice", "report" };
    QTest::newRow("tag any case") << QStringLiteral("tag:FINANCE") << QStringList { "invoice", "report" };
    QTest::newRow("not tagged") << QStringLiteral("-is:tagged") << QStringList { "html", "hello" };
    QTest::newRow("combined") << QStringLiteral("tag:finance from:billing pay") << QStringList { "invoice" };
    QTest::newRow("after today") << QStringLiteral("after:") + QDate::currentDate().toString(Qt::ISODate)
                                 << QStringList { "html", "hello", "invoice", "report" };
    QTest::newRow("before today") << QStringLiteral("before:") + QDate::currentDate().toString(Qt::ISODate)
                                  << QStringList {};
    QTest::newRow("after tomorrow") << QStringLiteral("after:")
            + QDate::currentDate().addDays(1).toString(Qt::ISODate)
                                    << QStringList {};
    QTest::newRow("fts syntax is just text") << QStringLiteral("\"NEAR(a b)\" OR * ^") << QStringList {};
    QTest::newRow("sql quote is just text")
        << QStringLiteral("subject:'; DROP TABLE messages; --") << QStringList {};
}

void TestMessageStoreSearch::searches()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const QHash<QString, qint64> named { { QStringLiteral("report"), m_report },
        { QStringLiteral("invoice"), m_invoice }, { QStringLiteral("hello"), m_hello },
        { QStringLiteral("html"), m_html } };
    QList<qint64> expectedIds;
    for (const QString &name : expected)
        expectedIds << named.value(name);
    QCOMPARE(ids(query), expectedIds);
    QCOMPARE(m_store.search(query).total, expectedIds.size());
    QCOMPARE(m_store.messageCount(), 4);
}

void TestMessageStoreSearch::pagesResultsWithTotal()
{
    const SearchResult page = m_store.search(QStringLiteral("is:unread"), 1, 1);
    QCOMPARE(page.total, 3);
    QCOMPARE(page.messages.size(), 1);
    QCOMPARE(page.messages.first().id, m_invoice);
    QCOMPARE(m_store.search(QStringLiteral("is:unread"), 5, 10).messages.size(), 0);
}

void TestMessageStoreSearch::forgetsIndexOfRemovedMessages()
{
    MessageStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    const qint64 id = add(store, message("gone", "a@b.c", "d@e.f", "ephemeral words"));
    QCOMPARE(store.search(QStringLiteral("ephemeral")).total, 1);
    store.removeAllMessages();
    QCOMPARE(store.search(QStringLiteral("ephemeral")).total, 0);
    const QString connection = QStringLiteral("check-index");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(store.folder() + QStringLiteral("/mailscope.sqlite"));
        QVERIFY(db.open());
        QSqlQuery count(db);
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM message_text WHERE rowid = %1").arg(id))
            && count.next());
        QCOMPARE(count.value(0).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestMessageStoreSearch)
#include "tst_messagestoresearch.moc"
