// SendRequest: Mailpit's /api/v1/send JSON in, the message to compose and its envelope out.
#include "http/sendrequest.h"

#include <QJsonDocument>
#include <QTest>

namespace Mailscope {

class TestSendRequest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsEveryField();
    void namesEachRecipientOnceInTheEnvelope();
    void acceptsKeysInAnyCase();
    void refuses_data();
    void refuses();
};

namespace {

bool read(const QByteArray& json, SendRequest* request, QString* error)
{
    return SendRequest::fromJson(QJsonDocument::fromJson(json).object(), request, error);
}

} // namespace

void TestSendRequest::readsEveryField()
{
    SendRequest request;
    QString error;
    QVERIFY2(read(R"({"From": {"Email": "a@example.com", "Name": " Ann "},
        "To": [{"Email": "b@example.com", "Name": "Bob"}], "Cc": [{"Email": "c@example.com"}],
        "Bcc": ["d@example.com"], "ReplyTo": [{"Email": "r@example.com"}],
        "Subject": "S", "Text": "T", "HTML": "<p>H</p>",
        "Attachments": [{"Content": "data:image/png;base64,iVBORw0KGgo=", "Filename": "p.png", "ContentID": "<p@x>"},
                        {"Content": "aGVsbG8=", "Filename": "h.txt", "ContentType": "text/x-note"}],
        "Headers": {"X-One": "1"}, "Tags": ["ci", "b@d!"]})",
                 &request, &error),
        qPrintable(error));
    const MessageDraft& m = request.message;
    QCOMPARE(m.from, (MailAddress { QStringLiteral("Ann"), QStringLiteral("a@example.com") }));
    QCOMPARE(m.to.value(0).name, QStringLiteral("Bob"));
    QCOMPARE(m.cc.value(0).address, QStringLiteral("c@example.com"));
    QCOMPARE(m.replyTo.value(0).address, QStringLiteral("r@example.com"));
    QCOMPARE(m.subject, QStringLiteral("S"));
    QCOMPARE(m.text, QStringLiteral("T"));
    QCOMPARE(m.html, QStringLiteral("<p>H</p>"));
    QCOMPARE(m.attachments.size(), 2);
    QCOMPARE(m.attachments[0].content, QByteArray::fromHex("89504e470d0a1a0a"));
    QCOMPARE(m.attachments[0].contentType, QStringLiteral("image/png")); // found from the bytes
    QCOMPARE(m.attachments[0].contentId, QStringLiteral("p@x"));
    QCOMPARE(m.attachments[1].content, QByteArrayLiteral("hello"));
    QCOMPARE(m.attachments[1].contentType, QStringLiteral("text/x-note"));
    QCOMPARE(request.tags, (QStringList { QStringLiteral("ci"), QStringLiteral("bd") }));
    QCOMPARE(m.headers,
        (QList<std::pair<QString, QString>> { { QStringLiteral("X-One"), QStringLiteral("1") },
            { QStringLiteral("X-Tags"), QStringLiteral("ci, bd") } }));
    QCOMPARE(request.recipients,
        (QStringList { QStringLiteral("b@example.com"), QStringLiteral("c@example.com"),
            QStringLiteral("d@example.com") }));
}

void TestSendRequest::namesEachRecipientOnceInTheEnvelope()
{
    SendRequest request;
    QString error;
    QVERIFY(read(R"({"From": {"Email": "a@example.com"}, "To": [{"Email": "b@example.com"}],
        "Cc": [{"Email": "B@example.com"}], "Bcc": [{"Email": "b@example.com"}]})",
        &request, &error));
    QCOMPARE(request.recipients, QStringList { QStringLiteral("b@example.com") });
}

void TestSendRequest::acceptsKeysInAnyCase()
{
    SendRequest request;
    QString error;
    QVERIFY2(
        read(R"({"from": {"email": "a@example.com"}, "to": [{"email": "b@example.com"}], "subject": "s"})",
            &request, &error),
        qPrintable(error));
    QCOMPARE(request.message.subject, QStringLiteral("s"));
}

void TestSendRequest::refuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QByteArray from = R"("From": {"Email": "a@example.com"})";
    const QByteArray to = R"("To": [{"Email": "b@example.com"}])";
    QTest::newRow("no From") << "{" + to + "}"
                             << "From must be an object";
    QTest::newRow("From without Email") << R"({"From": {"Name": "x"}, )" + to + "}"
                                        << "invalid From address";
    QTest::newRow("no recipients") << "{" + from + "}"
                                   << "no recipients";
    QTest::newRow("To not an array") << "{" + from + R"(, "To": {"Email": "b@example.com"}})"
                                     << "To must be an array";
    QTest::newRow("bad Cc") << "{" + from + R"(, "Cc": [{"Email": "b@"}]})"
                            << "invalid Cc address";
    QTest::newRow("bad Bcc") << "{" + from + R"(, "Bcc": ["nobody"]})"
                             << "invalid Bcc address";
    QTest::newRow("Subject a number") << "{" + from + ", " + to + R"(, "Subject": 5})"
                                      << "Subject must be a string";
    QTest::newRow("Date header") << "{" + from + ", " + to + R"(, "Headers": {"date": "x"}})"
                                 << "cannot overwrite header";
    QTest::newRow("bad header name") << "{" + from + ", " + to + R"(, "Headers": {"X Bad": "x"}})"
                                     << "invalid header name";
    QTest::newRow("folded header") << "{" + from + ", " + to + R"(, "Headers": {"X-A": "1\nX-B: 2"}})"
                                   << "one line";
    QTest::newRow("bad base64") << "{" + from + ", " + to
            + R"(, "Attachments": [{"Content": "@@", "Filename": "f"}]})"
                                << "error decoding base64 attachment \"f\"";
}

void TestSendRequest::refuses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    SendRequest request;
    QString message;
    QVERIFY(!read(json, &request, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestSendRequest)
#include "tst_sendrequest.moc"
