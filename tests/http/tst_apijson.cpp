// ApiJson: Mailpit's JSON shapes built from engine values.
#include "http/apijson.h"
#include "mime/mimeparser.h"
#include "store/messagestore.h"

#include <QTest>
#include <QTimeZone>

namespace Mailscope {

class TestApiJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void canonicalisesHeaderKeysAsGoDoes_data();
    void canonicalisesHeaderKeysAsGoDoes();
    void readsHeadersUnfoldedAndRepeated();
    void summaryHasMailpitFields();
    void envelopeOnlyRecipientsAreBcc();
    void partIdsAreMimePaths();
    void linksCidImagesToParts();
    void writesTimesAsRfc3339();
};

void TestApiJson::canonicalisesHeaderKeysAsGoDoes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::newRow("lower") << "content-type"
                           << "Content-Type";
    QTest::newRow("upper") << "MESSAGE-ID"
                           << "Message-Id";
    QTest::newRow("mime") << "MIME-Version"
                          << "Mime-Version";
    QTest::newRow("x-header") << "x-mailer"
                              << "X-Mailer";
}

void TestApiJson::canonicalisesHeaderKeysAsGoDoes()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(ApiJson::canonicalHeaderKey(name), key);
}

void TestApiJson::readsHeadersUnfoldedAndRepeated()
{
    const QJsonObject headers = ApiJson::headers("From nobody Mon Jan 1 00:00:00 2024\r\n"
                                                 "Subject: a long\r\n\tfolded subject\r\n"
                                                 "received: one\r\nReceived: two\r\n"
                                                 "X-Encoded: =?utf-8?q?caf=C3=A9?=\r\n"
                                                 "\r\n"
                                                 "Body-Looking: not a header\r\n");
    QCOMPARE(headers.value(QLatin1String("Subject")).toArray(),
        (QJsonArray { QStringLiteral("a long folded subject") }));
    QCOMPARE(headers.value(QLatin1String("Received")).toArray(),
        (QJsonArray { QStringLiteral("one"), QStringLiteral("two") }));
    QCOMPARE(headers.value(QLatin1String("X-Encoded")).toArray().first().toString(),
        QStringLiteral("=?utf-8?q?caf=C3=A9?="));
    QVERIFY(!headers.contains(QLatin1String("Body-Looking")));
    QCOMPARE(headers.size(), 3);
}

StoredMessage sample()
{
    StoredMessage m;
    m.id = 7;
    m.received = QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0, 123), Qt::UTC);
    m.size = 1234;
    m.subject = QStringLiteral("Hi");
    m.from = { QStringLiteral("Alice"), QStringLiteral("alice@example.com") };
    m.to = { { QString(), QStringLiteral("bob@example.com") } };
    m.envelope.recipients
        = { { QStringLiteral("BOB@example.com"), {} }, { QStringLiteral("hidden@example.com"), {} } };
    m.messageId = QStringLiteral("m1@example.com");
    m.attachmentCount = 2;
    m.snippet = QStringLiteral("hello");
    m.tags = { QStringLiteral("ci") };
    return m;
}

void TestApiJson::summaryHasMailpitFields()
{
    const QJsonObject summary = ApiJson::messageSummary(sample());
    const QStringList keys { "Attachments", "Bcc", "Cc", "Created", "From", "ID", "MessageID", "Read",
        "ReplyTo", "Size", "Snippet", "Subject", "Tags", "To", "Username" };
    QCOMPARE(summary.keys(), keys);
    QCOMPARE(summary.value(QLatin1String("ID")).toString(), QStringLiteral("7"));
    QCOMPARE(summary.value(QLatin1String("From")).toObject().value(QLatin1String("Name")).toString(),
        QStringLiteral("Alice"));
    QCOMPARE(summary.value(QLatin1String("Attachments")).toInt(), 2);
    QCOMPARE(summary.value(QLatin1String("Created")).toString(), QStringLiteral("2024-05-01T10:00:00.123Z"));
    StoredMessage noFrom = sample();
    noFrom.from = {};
    QVERIFY(ApiJson::messageSummary(noFrom).value(QLatin1String("From")).isNull());
}

void TestApiJson::envelopeOnlyRecipientsAreBcc()
{
    const QList<MailAddress> bcc = ApiJson::blindCopies(sample());
    QCOMPARE(bcc.size(), 1);
    QCOMPARE(bcc.first().address, QStringLiteral("hidden@example.com"));
}

const QByteArray multipart
    = "From: a@example.com\r\nSubject: parts\r\nMIME-Version: 1.0\r\n"
      "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
      "--b1\r\nContent-Type: multipart/related; boundary=\"b2\"\r\n\r\n"
      "--b2\r\nContent-Type: text/html\r\n\r\n<img src=\"cid:logo@x\">\r\n"
      "--b2\r\nContent-Type: image/png\r\nContent-ID: <logo@x>\r\n\r\nPNG\r\n--b2--\r\n"
      "--b1\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=\"a.txt\"\r\n\r\n"
      "file\r\n--b1--\r\n";

void TestApiJson::partIdsAreMimePaths()
{
    const ParsedMessage parsed = MimeParser::parse(multipart);
    QCOMPARE(parsed.attachments.size(), 2);
    QStringList ids;
    for (const Attachment& a : parsed.attachments) {
        const QString id = ApiJson::partId(parsed, a.partIndex);
        ids << id;
        QCOMPARE(ApiJson::partIndex(parsed, id), std::optional<int>(a.partIndex));
    }
    ids.sort();
    QCOMPARE(ids, (QStringList { QStringLiteral("1.2"), QStringLiteral("2") }));
    QVERIFY(!ApiJson::partIndex(parsed, QStringLiteral("1"))
                 .has_value()); // a multipart has no content of its own
    QVERIFY(!ApiJson::partIndex(parsed, QStringLiteral("9")).has_value());
    QVERIFY(!ApiJson::partIndex(parsed, QStringLiteral("../1")).has_value());
}

void TestApiJson::linksCidImagesToParts()
{
    const ParsedMessage parsed = MimeParser::parse(multipart);
    QCOMPARE(ApiJson::linkInlineParts(parsed.htmlBody, parsed, QStringLiteral("3")).trimmed(),
        QStringLiteral("<img src=\"/api/v1/message/3/part/1.2\">"));
}

void TestApiJson::writesTimesAsRfc3339()
{
    QCOMPARE(ApiJson::rfc3339(QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), QTimeZone(3600))),
        QStringLiteral("2024-01-02T03:04:05.000+01:00"));
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestApiJson)
#include "tst_apijson.moc"
