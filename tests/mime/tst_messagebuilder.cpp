// MessageBuilder: address lists as people type them, and built messages read back by the parser.
#include "mime/messagebuilder.h"
#include "mime/mimeparser.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace Mailscope {

namespace {

MessageDraft sampleDraft()
{
    MessageDraft draft;
    draft.from = { QStringLiteral("Jörg Shop"), QStringLiteral("shop@example.com") };
    draft.to = { { QString(), QStringLiteral("ann@example.com") }, { QStringLiteral("Bob"), QStringLiteral("bob@example.org") } };
    draft.cc = { { QString(), QStringLiteral("audit@example.net") } };
    draft.subject = QStringLiteral("Grüße: order #1042 € 48");
    draft.text = QStringLiteral("Your order 1042 is confirmed.\nThanks, Jörg");
    return draft;
}

bool hasBareLineFeed(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i)
        if (bytes.at(i) == '\n' && (i == 0 || bytes.at(i - 1) != '\r'))
            return true;
    return false;
}

} // namespace

class MessageBuilderTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesAddressLists_data();
    void parsesAddressLists();
    void buildsPlainTextMessage();
    void buildsAlternativeWithAttachments();
    void buildsHtmlOnlyMessage();
    void encodesLongLinesWithinSmtpLimits();
    void readsAttachmentFromFile();
};

void MessageBuilderTest::parsesAddressLists_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("invalid");

    QTest::newRow("empty") << QString() << QStringList() << QStringList() << QStringList();
    QTest::newRow("one bare") << QStringLiteral(" ann@example.com ") << QStringList { "ann@example.com" }
                              << QStringList { "" } << QStringList();
    QTest::newRow("named and bare") << QStringLiteral("Ann <ann@example.com>, bob@example.org")
                                    << QStringList { "ann@example.com", "bob@example.org" }
                                    << QStringList { "Ann", "" } << QStringList();
    QTest::newRow("comma in quotes") << QStringLiteral("\"Doe, Jo\" <jo@example.com>;ann@example.com")
                                     << QStringList { "jo@example.com", "ann@example.com" }
                                     << QStringList { "Doe, Jo", "" } << QStringList();
    QTest::newRow("encoded word") << QStringLiteral("=?UTF-8?B?SsO2cmc=?= <j@example.com>")
                                  << QStringList { "j@example.com" } << QStringList { "Jörg" } << QStringList();
    QTest::newRow("trailing comma") << QStringLiteral("ann@example.com,, ") << QStringList { "ann@example.com" }
                                    << QStringList { "" } << QStringList();
    QTest::newRow("no domain") << QStringLiteral("ann, bob@example.org") << QStringList { "bob@example.org" }
                               << QStringList { "" } << QStringList { "ann" };
    QTest::newRow("empty domain") << QStringLiteral("ann@") << QStringList() << QStringList()
                                  << QStringList { "ann@" };
    QTest::newRow("space in local part") << QStringLiteral("a b@example.com") << QStringList() << QStringList()
                                         << QStringList { "a b@example.com" };
    QTest::newRow("group") << QStringLiteral("team: a@example.com;") << QStringList() << QStringList()
                           << QStringList { "team: a@example.com" };
}

void MessageBuilderTest::parsesAddressLists()
{
    QFETCH(QString, text);
    QFETCH(QStringList, addresses);
    QFETCH(QStringList, names);
    QFETCH(QStringList, invalid);
    const MessageBuilder::AddressList list = MessageBuilder::parseAddressList(text);
    QStringList gotAddresses, gotNames;
    for (const MailAddress &a : list.addresses) {
        gotAddresses << a.address;
        gotNames << a.name;
    }
    QCOMPARE(gotAddresses, addresses);
    QCOMPARE(gotNames, names);
    QCOMPARE(list.invalid, invalid);
    QCOMPARE(list.ok(), invalid.isEmpty());
}

void MessageBuilderTest::buildsPlainTextMessage()
{
    const QByteArray raw = MessageBuilder::build(sampleDraft());
    QVERIFY(!hasBareLineFeed(raw));
    QVERIFY2(raw.endsWith("\r\n"), raw.right(20).constData());
    // Headers stay ASCII: the subject and the name travel as RFC 2047 encoded words.
    const QByteArray head = raw.left(raw.indexOf("\r\n\r\n"));
    for (char c : head)
        QVERIFY2(uchar(c) < 128, head.constData());
    QVERIFY(head.contains("MIME-Version: 1.0"));

    const ParsedMessage parsed = MimeParser::parse(raw);
    QVERIFY(parsed.isValid);
    QCOMPARE(parsed.subject, QStringLiteral("Grüße: order #1042 € 48"));
    QCOMPARE(parsed.from.size(), 1);
    QCOMPARE(parsed.from.first().name, QStringLiteral("Jörg Shop"));
    QCOMPARE(parsed.from.first().address, QStringLiteral("shop@example.com"));
    QCOMPARE(parsed.to.size(), 2);
    QCOMPARE(parsed.to.at(1).toString(), QStringLiteral("Bob <bob@example.org>"));
    QCOMPARE(parsed.cc.size(), 1);
    QVERIFY(parsed.date.isValid());
    QVERIFY(qAbs(parsed.date.secsTo(QDateTime::currentDateTime())) < 120);
    QVERIFY2(parsed.messageId.endsWith(QLatin1String("@example.com")), qPrintable(parsed.messageId));
    QCOMPARE(parsed.root.contentType, QStringLiteral("text/plain"));
    QCOMPARE(parsed.root.charset.toLower(), QStringLiteral("utf-8"));
    QCOMPARE(parsed.textBody.trimmed(), QStringLiteral("Your order 1042 is confirmed.\nThanks, Jörg"));
    QVERIFY(parsed.attachments.isEmpty());
}

void MessageBuilderTest::buildsAlternativeWithAttachments()
{
    MessageDraft draft = sampleDraft();
    draft.html = QStringLiteral("<p>Order <b>1042</b> is confirmed.</p>");
    QByteArray binary;
    for (int i = 0; i < 3000; ++i)
        binary += char(i % 256);
    draft.attachments = { { QStringLiteral("Bericht für März.pdf"), QStringLiteral("application/pdf"), binary },
        { QStringLiteral("order.csv"), QStringLiteral("text/csv"), "id,total\r\n1042,48.00\r\n" } };
    const QByteArray raw = MessageBuilder::build(draft);
    QVERIFY(!hasBareLineFeed(raw));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("built.eml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(raw);
    file.close();
    const ParsedMessage parsed = MimeParser::parseFile(path);
    QCOMPARE(parsed.root.contentType, QStringLiteral("multipart/mixed"));
    QCOMPARE(parsed.root.children.size(), 3);
    const MimePart &alternative = parsed.root.children.at(0);
    QCOMPARE(alternative.contentType, QStringLiteral("multipart/alternative"));
    QCOMPARE(alternative.children.size(), 2);
    QCOMPARE(alternative.children.at(0).contentType, QStringLiteral("text/plain"));
    QCOMPARE(alternative.children.at(1).contentType, QStringLiteral("text/html"));
    QVERIFY(parsed.htmlBody.contains(QStringLiteral("<b>1042</b>")));

    QCOMPARE(parsed.attachments.size(), 2);
    const Attachment &pdf = parsed.attachments.at(0);
    QCOMPARE(pdf.fileName, QStringLiteral("Bericht für März.pdf"));
    QCOMPARE(pdf.contentType, QStringLiteral("application/pdf"));
    QVERIFY(!pdf.isInline);
    QCOMPARE(MimeParser::partContent(path, pdf.partIndex), binary);
    const Attachment &csv = parsed.attachments.at(1);
    QCOMPARE(csv.fileName, QStringLiteral("order.csv"));
    QCOMPARE(MimeParser::partContent(path, csv.partIndex), QByteArray("id,total\r\n1042,48.00\r\n"));
}

void MessageBuilderTest::buildsHtmlOnlyMessage()
{
    MessageDraft draft = sampleDraft();
    draft.text.clear();
    draft.html = QStringLiteral("<h1>Hello</h1>");
    const ParsedMessage parsed = MimeParser::parse(MessageBuilder::build(draft));
    QCOMPARE(parsed.root.contentType, QStringLiteral("text/html"));
    QVERIFY(parsed.htmlBody.contains(QStringLiteral("<h1>Hello</h1>")));
}

void MessageBuilderTest::encodesLongLinesWithinSmtpLimits()
{
    MessageDraft draft = sampleDraft();
    draft.text = QString(5000, u'x') + QStringLiteral("\n.\nend");
    const QByteArray raw = MessageBuilder::build(draft);
    // RFC 5322 2.1.1: no line longer than 998 characters.
    for (const QByteArray &line : raw.split('\n'))
        QVERIFY2(line.size() <= 999, QByteArray::number(line.size()).constData());
    const ParsedMessage parsed = MimeParser::parse(raw);
    QCOMPARE(parsed.textBody, QString(5000, u'x') + QStringLiteral("\n.\nend\n")); // the parser gives LF
}

void MessageBuilderTest::readsAttachmentFromFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("plain notes\n");
    file.close();
    QString error;
    const std::optional<DraftAttachment> attachment = DraftAttachment::fromFile(path, &error);
    QVERIFY2(attachment, qPrintable(error));
    QCOMPARE(attachment->fileName, QStringLiteral("notes.txt"));
    QCOMPARE(attachment->contentType, QStringLiteral("text/plain"));
    QCOMPARE(attachment->content, QByteArray("plain notes\n"));

    QVERIFY(!DraftAttachment::fromFile(dir.filePath(QStringLiteral("missing.bin")), &error));
    QVERIFY(error.contains(QLatin1String("missing.bin")));
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::MessageBuilderTest)
#include "tst_messagebuilder.moc"
