// MimeComposer: what it writes, read back with MimeParser.
#include "mime/mimecomposer.h"
#include "mime/mimeparser.h"

#include <QTest>

namespace Mailscope {

class TestMimeComposer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void choosesTheStructure_data();
    void choosesTheStructure();
    void encodesHeadersAndBodiesFor7BitTransport();
    void endsEveryLineWithCrlf();
    void keepsAGivenMessageId();
};

namespace {

OutgoingMessage basic()
{
    OutgoingMessage message;
    message.from = { QStringLiteral("Ann"), QStringLiteral("ann@example.com") };
    message.to = { { QString(), QStringLiteral("bob@example.com") } };
    message.subject = QStringLiteral("Hello");
    message.text = QStringLiteral("Hi Bob");
    return message;
}

OutgoingMessage::Attachment file(const QString& name, const QString& contentId = {})
{
    return { QByteArray("\x00\x01binary", 8), name, QByteArrayLiteral("application/octet-stream"),
        contentId };
}

} // namespace

void TestMimeComposer::choosesTheStructure_data()
{
    QTest::addColumn<bool>("html");
    QTest::addColumn<bool>("inlinePart");
    QTest::addColumn<bool>("attachment");
    QTest::addColumn<QString>("rootType");
    QTest::addColumn<int>("attachments");
    QTest::newRow("text") << false << false << false << "text/plain" << 0;
    QTest::newRow("text and HTML") << true << false << false << "multipart/alternative" << 0;
    QTest::newRow("HTML with an inline image") << true << true << false << "multipart/related" << 1;
    QTest::newRow("text with a file") << false << false << true << "multipart/mixed" << 1;
    QTest::newRow("everything") << true << true << true << "multipart/mixed" << 2;
}

void TestMimeComposer::choosesTheStructure()
{
    QFETCH(bool, html);
    QFETCH(bool, inlinePart);
    QFETCH(bool, attachment);
    QFETCH(QString, rootType);
    QFETCH(int, attachments);
    OutgoingMessage message = basic();
    if (html)
        message.html = QStringLiteral("<p>Hi <img src=\"cid:pic@x\"></p>");
    if (inlinePart)
        message.attachments << file(QStringLiteral("pic.bin"), QStringLiteral("pic@x"));
    if (attachment)
        message.attachments << file(QStringLiteral("data.bin"));
    const ParsedMessage parsed = MimeParser::parse(MimeComposer::compose(message));
    QVERIFY(parsed.isValid);
    QCOMPARE(parsed.root.contentType, rootType);
    QCOMPARE(parsed.attachments.size(), attachments);
    QCOMPARE(parsed.textBody.trimmed(), QStringLiteral("Hi Bob"));
    QCOMPARE(parsed.htmlBody.isEmpty(), !html);
    for (const Attachment& a : parsed.attachments) {
        QCOMPARE(a.isInline, !a.contentId.isEmpty());
        QCOMPARE(a.size, 8);
    }
}

void TestMimeComposer::encodesHeadersAndBodiesFor7BitTransport()
{
    OutgoingMessage message = basic();
    message.from.name = QStringLiteral("Zoë Ünicode");
    message.subject = QStringLiteral("Grüße — 你好");
    message.text = QStringLiteral("naïve café\n");
    message.attachments << file(QStringLiteral("résumé.bin"));
    const QByteArray raw = MimeComposer::compose(message);
    for (const char c : raw)
        QVERIFY2(uchar(c) < 0x80, "an 8-bit byte in the written message");
    const ParsedMessage parsed = MimeParser::parse(raw);
    QCOMPARE(parsed.from.value(0).name, QStringLiteral("Zoë Ünicode"));
    QCOMPARE(parsed.subject, QStringLiteral("Grüße — 你好"));
    QCOMPARE(parsed.textBody.trimmed(), QStringLiteral("naïve café"));
    QCOMPARE(parsed.attachments.value(0).fileName, QStringLiteral("résumé.bin"));
    QVERIFY(parsed.date.isValid());
    QVERIFY(parsed.messageId.endsWith(QLatin1String("@example.com")));
}

void TestMimeComposer::endsEveryLineWithCrlf()
{
    OutgoingMessage message = basic();
    message.text = QStringLiteral("one\ntwo\r\nthree");
    message.html = QStringLiteral("<p>one</p>\n<p>two</p>");
    message.attachments << file(QStringLiteral("a.bin"));
    const QByteArray raw = MimeComposer::compose(message);
    QVERIFY(raw.contains("\r\n\r\n"));
    QCOMPARE(raw.count('\n'), raw.count("\r\n"));
}

void TestMimeComposer::keepsAGivenMessageId()
{
    OutgoingMessage message = basic();
    message.headers = { { QStringLiteral("Message-ID"), QStringLiteral("<given@example.com>") },
        { QStringLiteral("X-Note"), QStringLiteral("kept") } };
    const ParsedMessage parsed = MimeParser::parse(MimeComposer::compose(message));
    QCOMPARE(parsed.messageId, QStringLiteral("given@example.com"));
    QCOMPARE(parsed.header(QStringLiteral("X-Note")), QStringLiteral("kept"));
    int ids = 0;
    for (const HeaderField& field : parsed.headers)
        ids += field.name.compare(QLatin1String("Message-ID"), Qt::CaseInsensitive) == 0;
    QCOMPARE(ids, 1);
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestMimeComposer)
#include "tst_mimecomposer.moc"
