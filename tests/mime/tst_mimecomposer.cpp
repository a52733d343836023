// MimeComposer: what it writes, read back with MimeParser; DraftAttachment::fromFile.
#include "mime/mimecomposer.h"
#include "mime/mimeparser.h"

#include <QTemporaryDir>
#include <QTest>

namespace Mailscope {

class TestMimeComposer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void choosesTheStructure_data();
    void choosesTheStructure();
    void writesTheHeaders();
    void encodesHeadersAndBodiesFor7BitTransport();
    void endsEveryLineWithCrlf();
    void keepsAGivenMessageId();
    void namesAMessageIdDomainWithoutASender();
    void keepsTheBytesOfEveryAttachment();
    void encodesLongLinesWithinSmtpLimits();
    void readsAttachmentFromFile();
};

namespace {

MessageDraft basic()
{
    MessageDraft draft;
    draft.from = { QStringLiteral("Ann"), QStringLiteral("ann@example.com") };
    draft.to = { { QString(), QStringLiteral("bob@example.com") } };
    draft.subject = QStringLiteral("Hello");
    draft.text = QStringLiteral("Hi Bob");
    return draft;
}

DraftAttachment file(const QString& name, const QString& contentId = {})
{
    return { name, QStringLiteral("application/octet-stream"), QByteArray("\x00\x01binary", 8), contentId };
}

// The bytes written to a file in `dir`: its path, or nothing when it cannot be written.
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? path : QString();
}

} // namespace

void TestMimeComposer::choosesTheStructure_data()
{
    QTest::addColumn<bool>("text");
    QTest::addColumn<bool>("html");
    QTest::addColumn<bool>("inlinePart");
    QTest::addColumn<bool>("attachment");
    QTest::addColumn<QString>("rootType");
    QTest::addColumn<int>("attachments");
    QTest::newRow("text") << true << false << false << false << "text/plain" << 0;
    QTest::newRow("HTML only") << false << true << false << false << "text/html" << 0;
    QTest::newRow("text and HTML") << true << true << false << false << "multipart/alternative" << 0;
    QTest::newRow("HTML with an inline image") << true << true << true << false << "multipart/related" << 1;
    QTest::newRow("text with a file") << true << false << false << true << "multipart/mixed" << 1;
    QTest::newRow("everything") << true << true << true << true << "multipart/mixed" << 2;
}

void TestMimeComposer::choosesTheStructure()
{
    QFETCH(bool, text);
    QFETCH(bool, html);
    QFETCH(bool, inlinePart);
    QFETCH(bool, attachment);
    QFETCH(QString, rootType);
    QFETCH(int, attachments);
    MessageDraft draft = basic();
    if (!text)
        draft.text.clear();
    if (html)
        draft.html = QStringLiteral("<p>Hi <img src=\"cid:pic@x\"></p>");
    if (inlinePart)
        draft.attachments << file(QStringLiteral("pic.bin"), QStringLiteral("pic@x"));
    if (attachment)
        draft.attachments << file(QStringLiteral("data.bin"));
    const ParsedMessage parsed = MimeParser::parse(MimeComposer::compose(draft));
    QVERIFY(parsed.isValid);
    QCOMPARE(parsed.root.contentType, rootType);
    QCOMPARE(parsed.attachments.size(), attachments);
    if (text)
        QCOMPARE(parsed.textBody, QStringLiteral("Hi Bob\n")); // the last line ends with a line break
    QCOMPARE(parsed.htmlBody.contains(QLatin1String("cid:pic@x")), html);
    // RFC 2046 5.1.4: the richest alternative comes last.
    if (rootType == QLatin1String("multipart/alternative"))
        QCOMPARE(parsed.root.children.value(1).contentType, QStringLiteral("text/html"));
    for (const Attachment& a : parsed.attachments) {
        QCOMPARE(a.isInline, !a.contentId.isEmpty());
        QCOMPARE(a.size, 8);
    }
}

void TestMimeComposer::writesTheHeaders()
{
    MessageDraft draft = basic();
    draft.to << MailAddress { QStringLiteral("Bob"), QStringLiteral("bob@example.org") };
    draft.cc = { { QString(), QStringLiteral("audit@example.net") } };
    draft.replyTo = { { QString(), QStringLiteral("orders@example.com") } };
    const QByteArray raw = MimeComposer::compose(draft);
    QVERIFY(raw.left(raw.indexOf("\r\n\r\n")).contains("MIME-Version: 1.0"));
    const ParsedMessage parsed = MimeParser::parse(raw);
    QCOMPARE(parsed.from, (QList<MailAddress> { draft.from }));
    QCOMPARE(parsed.to.size(), 2);
    QCOMPARE(parsed.to.at(1).toString(), QStringLiteral("Bob <bob@example.org>"));
    QCOMPARE(parsed.cc, draft.cc);
    QCOMPARE(parsed.replyTo, draft.replyTo);
    QVERIFY(qAbs(parsed.date.secsTo(QDateTime::currentDateTime())) < 120); // no date given: now

    draft.date = QDateTime(QDate(2024, 2, 29), QTime(13, 14, 15), Qt::OffsetFromUTC, 2 * 3600);
    QCOMPARE(MimeParser::parse(MimeComposer::compose(draft)).date, draft.date);
}

void TestMimeComposer::encodesHeadersAndBodiesFor7BitTransport()
{
    MessageDraft draft = basic();
    draft.from.name = QStringLiteral("Zoë Ünicode");
    draft.subject = QStringLiteral("Grüße — 你好: order #1042 € 48");
    draft.text = QStringLiteral("naïve café, Jörg\n");
    draft.html = QStringLiteral("<p>Grüße</p>");
    draft.attachments << file(QStringLiteral("résumé.bin"));
    const QByteArray raw = MimeComposer::compose(draft);
    for (const char c : raw)
        QVERIFY2(uchar(c) < 0x80, "an 8-bit byte in the written message");
    const ParsedMessage parsed = MimeParser::parse(raw);
    QCOMPARE(parsed.from.value(0).name, QStringLiteral("Zoë Ünicode"));
    QCOMPARE(parsed.subject, draft.subject);
    QCOMPARE(parsed.textBody, draft.text);
    QVERIFY(parsed.htmlBody.contains(QStringLiteral("Grüße")));
    QCOMPARE(parsed.attachments.value(0).fileName, QStringLiteral("résumé.bin"));
    // Every text part in UTF-8, even where Latin-1 would do.
    const QList<MimePart> alternatives = parsed.root.children.value(0).children;
    QCOMPARE(alternatives.size(), 2);
    for (const MimePart& part : alternatives)
        QCOMPARE(part.charset.toLower(), QStringLiteral("utf-8"));
}

void TestMimeComposer::endsEveryLineWithCrlf()
{
    MessageDraft draft = basic();
    draft.text = QStringLiteral("one\ntwo\r\nthree");
    draft.html = QStringLiteral("<p>one</p>\n<p>two</p>");
    draft.attachments << file(QStringLiteral("a.bin"));
    const QByteArray raw = MimeComposer::compose(draft);
    QVERIFY(raw.contains("\r\n\r\n"));
    QVERIFY(raw.endsWith("\r\n"));
    QCOMPARE(raw.count('\n'), raw.count("\r\n"));
}

void TestMimeComposer::keepsAGivenMessageId()
{
    MessageDraft draft = basic();
    draft.headers = { { QStringLiteral("Message-ID"), QStringLiteral("<given@example.com>") },
        { QStringLiteral("X-Note"), QStringLiteral("kept") },
        { QStringLiteral("X-Later"), QStringLiteral("2") } };
    const QByteArray raw = MimeComposer::compose(draft);
    QVERIFY(raw.indexOf("X-Note: kept") < raw.indexOf("X-Later: 2"));
    const ParsedMessage parsed = MimeParser::parse(raw);
    QCOMPARE(parsed.messageId, QStringLiteral("given@example.com"));
    QCOMPARE(parsed.header(QStringLiteral("X-Note")), QStringLiteral("kept"));
    int ids = 0;
    for (const HeaderField& field : parsed.headers)
        ids += field.name.compare(QLatin1String("Message-ID"), Qt::CaseInsensitive) == 0;
    QCOMPARE(ids, 1);
    QVERIFY(
        MimeParser::parse(MimeComposer::compose(basic())).messageId.endsWith(QLatin1String("@example.com")));
}

void TestMimeComposer::namesAMessageIdDomainWithoutASender()
{
    for (const QString& from : { QString(), QStringLiteral("postmaster"), QStringLiteral("ann@") }) {
        MessageDraft draft = basic();
        draft.from = { QString(), from };
        const QByteArray raw = MimeComposer::compose(draft);
        const ParsedMessage parsed = MimeParser::parse(raw);
        QVERIFY2(
            parsed.messageId.endsWith(QLatin1String("@mailscope.localhost")), qPrintable(parsed.messageId));
        QCOMPARE(raw.startsWith("From:") || raw.contains("\nFrom:"), !from.isEmpty()); // null sender: none
    }
}

void TestMimeComposer::keepsTheBytesOfEveryAttachment()
{
    MessageDraft draft = basic();
    QByteArray binary;
    for (int i = 0; i < 3000; ++i)
        binary += char(i % 256);
    const QByteArray csv = "id,total\r\n1042,48.00\r\n";
    const QByteArray lines = "plain ASCII\nwith bare line feeds\n";
    const QByteArray notes = "Grüße\r\nnaïve\r\n"; // quoted-printable
    const QByteArray loneCr = "Grüße\rcafé";
    draft.attachments
        = { { QStringLiteral("Bericht für März.pdf"), QStringLiteral("application/pdf"), binary, {} },
              { QStringLiteral("order.csv"), QStringLiteral("text/csv"), csv, {} },
              { QStringLiteral("lines.bin"), QString(), lines, {} },
              { QStringLiteral("lines.txt"), QStringLiteral("text/plain"), lines, {} },
              { QStringLiteral("notes.txt"), QStringLiteral("text/plain"), notes, {} },
              { QStringLiteral("mac.txt"), QStringLiteral("text/plain"), loneCr, {} } };
    const QByteArray raw = MimeComposer::compose(draft);
    QVERIFY(raw.contains(csv)); // text within the 7-bit limits stays readable

    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("composed.eml"), raw);
    QVERIFY(!path.isEmpty());
    const ParsedMessage parsed = MimeParser::parseFile(path);
    QCOMPARE(parsed.attachments.size(), draft.attachments.size());
    for (qsizetype i = 0; i < draft.attachments.size(); ++i) {
        const Attachment& attachment = parsed.attachments.at(i);
        const DraftAttachment& written = draft.attachments.at(i);
        QCOMPARE(attachment.fileName, written.fileName);
        QCOMPARE(attachment.contentType,
            written.contentType.isEmpty() ? QStringLiteral("application/octet-stream") : written.contentType);
        QVERIFY(!attachment.isInline);
        QCOMPARE(MimeParser::partContent(path, attachment.partIndex), written.content);
    }
}

void TestMimeComposer::encodesLongLinesWithinSmtpLimits()
{
    MessageDraft draft = basic();
    draft.text = QString(5000, u'x') + QStringLiteral("\n.\nend");
    const QByteArray raw = MimeComposer::compose(draft);
    // RFC 5322 2.1.1: no line longer than 998 characters.
    for (const QByteArray& line : raw.split('\n'))
        QVERIFY2(line.size() <= 999, QByteArray::number(line.size()).constData());
    const ParsedMessage parsed = MimeParser::parse(raw);
    QCOMPARE(parsed.textBody, QString(5000, u'x') + QStringLiteral("\n.\nend\n")); // the parser gives LF
}

void TestMimeComposer::readsAttachmentFromFile()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("notes.txt"), "plain notes\n");
    QVERIFY(!path.isEmpty());
    QString error;
    const std::optional<DraftAttachment> attachment = DraftAttachment::fromFile(path, &error);
    QVERIFY2(attachment, qPrintable(error));
    QCOMPARE(attachment->fileName, QStringLiteral("notes.txt"));
    QCOMPARE(attachment->contentType, QStringLiteral("text/plain"));
    QCOMPARE(attachment->content, QByteArray("plain notes\n"));
    QVERIFY(attachment->contentId.isEmpty());

    QVERIFY(!DraftAttachment::fromFile(dir.filePath(QStringLiteral("missing.bin")), &error));
    QVERIFY(error.contains(QLatin1String("missing.bin")));
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestMimeComposer)
#include "tst_mimecomposer.moc"
