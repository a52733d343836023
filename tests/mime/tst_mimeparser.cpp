// MimeParser: decoded headers, the part tree, body choice, attachments and their bytes,
// and generated malformed input that must give a best-effort result quickly.
#include "mime/mimeparser.h"
#include "smtp/envelope.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

namespace Mailscope {

namespace {

// Far above what these parses take, far below a hang.
constexpr qint64 ParseBudgetMs = 5000;

QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

QByteArray multipart(const QByteArray &type, const QByteArray &boundary, const QList<QByteArray> &parts)
{
    QByteArray body = "Content-Type: multipart/" + type + "; boundary=\"" + boundary + "\"\n\n";
    for (const QByteArray &part : parts)
        body += "--" + boundary + "\n" + part + "\n";
    return body + "--" + boundary + "--\n";
}

QString writeFile(const QTemporaryDir &dir, const QByteArray &content)
{
    static int counter = 0;
    const QString path = dir.filePath(QStringLiteral("m%1.eml").arg(++counter));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

ParsedMessage timedParse(const QByteArray &raw)
{
    QElapsedTimer timer;
    timer.start();
    ParsedMessage message = MimeParser::parse(raw);
    if (timer.elapsed() > ParseBudgetMs)
        qWarning("parse took %lld ms", timer.elapsed());
    return message;
}

int depthOf(const MimePart &part)
{
    int deepest = 0;
    for (const MimePart &child : part.children)
        deepest = qMax(deepest, depthOf(child));
    return deepest + 1;
}

const QByteArray MixedMessage = crlf("From: =?UTF-8?B?SsO8cmdlbg==?= <jurgen@example.org>\n"
                                     "To: A <a@example.com>, b@example.com\n"
                                     "Cc: \"C, the third\" <c@example.com>\n"
                                     "Reply-To: replies@example.org\n"
                                     "Subject: =?iso-8859-1?Q?Gr=FC=DFe?= and =?utf-8?q?=E2=9C=93?=\n"
                                     "Date: Tue, 2 Jan 2024 10:20:30 +0100\n"
                                     "Message-ID: <abc@example.org>\n"
                                     "MIME-Version: 1.0\n")
    + crlf(multipart("mixed", "outer",
        { multipart("alternative", "inner",
              { "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: "
                "quoted-printable\n\nK=E4se\n",
                  "Content-Type: text/html; charset=utf-8\n\n<p>K\xc3\xa4se &amp; more</p>\n" }),
            "Content-Type: application/octet-stream\nContent-Disposition: attachment;\n"
            " filename*=utf-8''%E2%9C%93%20list.txt\nContent-Transfer-Encoding: base64\n\naGVsbG8gd29ybGQ=\n",
            "Content-Type: message/rfc822\n\nFrom: inner@example.org\nSubject: inner\n\ninner body\n" }));

} // namespace

class TestMimeParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void decodesHeaders();
    void textLinesEndInLineFeedsAndBareReturnsStay();
    void listsEveryHeaderRawAndDecoded();
    void buildsThePartTree();
    void picksBodiesAndAttachments();
    void findsBlindCopiesInTheEnvelope();
    void convertsCharsets_data();
    void convertsCharsets();
    void decodesUuencodedPart();
    void keepsRelatedResourcesInline();
    void flagsSignedAndEncryptedParts();
    void givesPartBytesByIndex();
    void readsFromDevicesAndFiles();
    void cutsVeryLongTextAtTheLimit();

    void survivesMalformedInput_data();
    void survivesMalformedInput();
    void toleratesMissingClosingBoundary();
    void toleratesBadBase64();
    void fallsBackOnUnknownCharset();
    void readsMegabyteHeaderLine();
    void limitsDeepNesting_data();
    void limitsDeepNesting();

private:
    QTemporaryDir m_dir;
};

void TestMimeParser::decodesHeaders()
{
    const ParsedMessage message = MimeParser::parse(MixedMessage);
    QVERIFY(message.isValid);
    QCOMPARE(message.subject, QStringLiteral("Grüße and ✓"));
    QCOMPARE(message.from,
        (QList<MailAddress> { { QStringLiteral("Jürgen"), QStringLiteral("jurgen@example.org") } }));
    QCOMPARE(message.to,
        (QList<MailAddress> { { QStringLiteral("A"), QStringLiteral("a@example.com") },
            { {}, QStringLiteral("b@example.com") } }));
    QCOMPARE(message.cc,
        (QList<MailAddress> { { QStringLiteral("C, the third"), QStringLiteral("c@example.com") } }));
    QCOMPARE(message.replyTo, (QList<MailAddress> { { {}, QStringLiteral("replies@example.org") } }));
    QCOMPARE(message.messageId, QStringLiteral("abc@example.org"));
    QCOMPARE(message.date, QDateTime::fromString(QStringLiteral("2024-01-02T10:20:30+01:00"), Qt::ISODate));
    QCOMPARE(message.date.offsetFromUtc(), 3600);
    QVERIFY(message.warnings.isEmpty());
}

void TestMimeParser::listsEveryHeaderRawAndDecoded()
{
    const ParsedMessage message
        = MimeParser::parse(crlf("Subject: =?utf-8?q?caf=C3=A9?=\n  folded\nX-A: 1\nX-A: 2\n\nbody\n"));
    QCOMPARE(message.headers.size(), 3);
    QCOMPARE(message.headers.at(0).name, QStringLiteral("Subject"));
    QCOMPARE(message.headers.at(0).rawValue, QByteArray("=?utf-8?q?caf=C3=A9?=\r\n  folded"));
    QCOMPARE(message.headers.at(0).value, QStringLiteral("café  folded"));
    QCOMPARE(message.header(QStringLiteral("x-a")), QStringLiteral("1"));
    QCOMPARE(message.headers.at(2).value, QStringLiteral("2"));
}

void TestMimeParser::buildsThePartTree()
{
    const ParsedMessage message = MimeParser::parse(MixedMessage);
    const MimePart &root = message.root;
    QCOMPARE(root.contentType, QStringLiteral("multipart/mixed"));
    QCOMPARE(root.children.size(), 3);
    const MimePart &alternative = root.children.at(0);
    QCOMPARE(alternative.path, QStringLiteral("1"));
    QCOMPARE(alternative.children.at(0).path, QStringLiteral("1.1"));
    QCOMPARE(alternative.children.at(0).index, 2);
    QCOMPARE(alternative.children.at(0).charset, QStringLiteral("iso-8859-1"));
    QCOMPARE(alternative.children.at(0).transferEncoding, QStringLiteral("quoted-printable"));
    const MimePart &file = root.children.at(1);
    QCOMPARE(file.index, 4);
    QCOMPARE(file.fileName, QStringLiteral("✓ list.txt"));
    QCOMPARE(file.disposition, QStringLiteral("attachment"));
    QCOMPARE(file.size, qint64(11));
    const MimePart &embedded = root.children.at(2);
    QVERIFY(embedded.isMessage());
    QCOMPARE(embedded.children.size(), 1);
    QCOMPARE(embedded.children.at(0).path, QStringLiteral("3.1"));
    QVERIFY(embedded.size > 0);
    QCOMPARE(message.part(6), &embedded.children.at(0));
    QCOMPARE(message.part(7), nullptr);
}

void TestMimeParser::picksBodiesAndAttachments()
{
    const ParsedMessage message = MimeParser::parse(MixedMessage);
    QCOMPARE(message.textBody, QStringLiteral("Käse\n"));
    QCOMPARE(message.htmlBody, QStringLiteral("<p>Käse &amp; more</p>\n"));
    QCOMPARE(message.attachments.size(), 2);
    QCOMPARE(message.attachments.at(0).fileName, QStringLiteral("✓ list.txt"));
    QCOMPARE(message.attachments.at(0).partIndex, 4);
    QVERIFY(!message.attachments.at(0).isInline);
    QCOMPARE(message.attachments.at(1).contentType, QStringLiteral("message/rfc822"));
}

void TestMimeParser::findsBlindCopiesInTheEnvelope()
{
    const ParsedMessage message = MimeParser::parse(MixedMessage);
    Envelope envelope;
    envelope.recipients
        = { { QStringLiteral("A@EXAMPLE.COM"), {} }, { QStringLiteral("hidden@example.net"), {} },
              { QStringLiteral("c@example.com"), {} }, { QStringLiteral("hidden@example.net"), {} } };
    QCOMPARE(blindCopyRecipients(message, envelope), QStringList { QStringLiteral("hidden@example.net") });
}

void TestMimeParser::convertsCharsets_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("text");
    QTest::newRow("latin-1") << QByteArray("text/plain; charset=ISO-8859-1") << QByteArray("caf\xe9")
                             << QStringLiteral("café");
    QTest::newRow("windows-1252") << QByteArray("text/plain; charset=windows-1252")
                                  << QByteArray("\x93q\x94 \x80") << QStringLiteral("“q” €");
    QTest::newRow("koi8-r") << QByteArray("text/plain; charset=koi8-r")
                            << QByteArray("\xd0\xd2\xc9\xd7\xc5\xd4") << QStringLiteral("привет");
    QTest::newRow("shift_jis") << QByteArray("text/plain; charset=shift_jis")
                               << QByteArray("\x93\xfa\x96\x7b") << QStringLiteral("日本");
    QTest::newRow("unlabelled utf-8")
        << QByteArray("text/plain") << QByteArray("caf\xc3\xa9") << QStringLiteral("café");
    QTest::newRow("unlabelled latin-1")
        << QByteArray("text/plain") << QByteArray("caf\xe9") << QStringLiteral("café");
}

void TestMimeParser::convertsCharsets()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, text);
    const ParsedMessage message = MimeParser::parse("Content-Type: " + contentType + "\r\n\r\n" + body);
    QCOMPARE(message.textBody, text);
}

void TestMimeParser::decodesUuencodedPart()
{
    const ParsedMessage message = MimeParser::parse(crlf(multipart("mixed", "b",
        { "Content-Type: text/plain\n\nsee attached\n",
            "Content-Type: application/octet-stream; name=\"hi.txt\"\nContent-Transfer-Encoding: "
            "x-uuencode\n\n"
            "begin 644 hi.txt\n%:&5L;&\\`\n`\nend\n" })));
    QCOMPARE(message.attachments.size(), 1);
    QCOMPARE(message.attachments.at(0).fileName, QStringLiteral("hi.txt"));
    QCOMPARE(message.root.children.at(1).transferEncoding, QStringLiteral("x-uuencode"));
    QCOMPARE(message.attachments.at(0).size, qint64(5));
    const QString path = writeFile(m_dir,
        crlf(multipart("mixed", "b",
            { "Content-Type: application/octet-stream; name=\"hi.txt\"\nContent-Transfer-Encoding: "
              "x-uuencode\n\n"
              "begin 644 hi.txt\n%:&5L;&\\`\n`\nend\n" })));
    QCOMPARE(MimeParser::partContent(path, 1), QByteArray("hello"));
}

void TestMimeParser::keepsRelatedResourcesInline()
{
    const ParsedMessage message = MimeParser::parse(crlf(multipart("related", "r",
        { "Content-Type: text/html\n\n<img src=\"cid:logo@x\">\n",
            "Content-Type: image/png\nContent-ID: <logo@x>\nContent-Transfer-Encoding: "
            "base64\n\niVBORw0KGgo=\n" })));
    QCOMPARE(message.htmlBody, QStringLiteral("<img src=\"cid:logo@x\">\n"));
    QCOMPARE(message.attachments.size(), 1);
    QCOMPARE(message.attachments.at(0).contentId, QStringLiteral("logo@x"));
    QVERIFY(message.attachments.at(0).isInline);
    QCOMPARE(message.attachments.at(0).size, qint64(8));
}

void TestMimeParser::flagsSignedAndEncryptedParts()
{
    const ParsedMessage signedMessage
        = MimeParser::parse(crlf("Content-Type: multipart/signed; protocol=\"application/pgp-signature\"; "
                                 "micalg=pgp-sha256; boundary=s\n\n"
                                 "--s\nContent-Type: text/plain\n\nsigned text\n--s\nContent-Type: "
                                 "application/pgp-signature\n\nSIG\n--s--\n"));
    QVERIFY(signedMessage.root.isSigned);
    QCOMPARE(signedMessage.textBody, QStringLiteral("signed text"));
    const ParsedMessage encrypted = MimeParser::parse(
        crlf("Content-Type: multipart/encrypted; protocol=\"application/pgp-encrypted\"; boundary=e\n\n"
             "--e\nContent-Type: application/pgp-encrypted\n\nVersion: 1\n--e\nContent-Type: "
             "application/octet-stream\n\n"
             "-----BEGIN PGP MESSAGE-----\n--e--\n"));
    QVERIFY(encrypted.root.isEncrypted);
    QVERIFY(encrypted.textBody.isEmpty());
    QCOMPARE(encrypted.attachments.size(), 2);
    const ParsedMessage smime = MimeParser::parse(
        crlf("Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\n"
             "Content-Transfer-Encoding: base64\n\nAAAA\n"));
    QVERIFY(smime.root.isEncrypted);
}

void TestMimeParser::givesPartBytesByIndex()
{
    const QString path = writeFile(m_dir, MixedMessage);
    QCOMPARE(MimeParser::partContent(path, 4), QByteArray("hello world"));
    QCOMPARE(MimeParser::partContent(path, 2), QByteArray("K\xe4se\r\n")); // the bytes, not converted text
    QVERIFY(MimeParser::partContent(path, 5).contains("Subject: inner"));
    QVERIFY(MimeParser::partContent(path, 0).isEmpty()); // a multipart has no bytes of its own
    QVERIFY(MimeParser::partContent(path, 99).isEmpty());
    QVERIFY(MimeParser::partContent(m_dir.filePath(QStringLiteral("missing.eml")), 4).isEmpty());
}

void TestMimeParser::readsFromDevicesAndFiles()
{
    const QByteArray prefix = "ignored prefix\n";
    const QString path = writeFile(m_dir, prefix + MixedMessage);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.seek(prefix.size()));
    QCOMPARE(MimeParser::parse(file).subject, QStringLiteral("Grüße and ✓"));

    QByteArray bytes = MixedMessage;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QCOMPARE(MimeParser::parse(buffer).attachments.size(), 2);
    QCOMPARE(MimeParser::parseFile(writeFile(m_dir, MixedMessage)).textBody, QStringLiteral("Käse\n"));

    const ParsedMessage missing = MimeParser::parseFile(m_dir.filePath(QStringLiteral("missing.eml")));
    QVERIFY(!missing.isValid);
    QVERIFY(!missing.warnings.isEmpty());
}

void TestMimeParser::textLinesEndInLineFeedsAndBareReturnsStay()
{
    QByteArray body;
    for (int i = 0; i < 2000; ++i)
        body += "line " + QByteArray::number(i) + "\r\n";
    const ParsedMessage message
        = MimeParser::parse("Subject: lines\r\n\r\n" + body + "bare\rreturn\r\n\r\n\r\nend\r");
    QString expected;
    for (int i = 0; i < 2000; ++i)
        expected += QStringLiteral("line %1\n").arg(i);
    expected += QStringLiteral("bare\rreturn\n\n\nend\r");
    QCOMPARE(message.textBody, expected);
}

void TestMimeParser::cutsVeryLongTextAtTheLimit()
{
    MimeParser::Options options;
    options.textLimit = 1000;
    const ParsedMessage message
        = MimeParser::parse("Subject: long\r\n\r\n" + QByteArray(100000, 'x'), options);
    QCOMPARE(message.textBody.size(), 1000);
    QVERIFY(message.root.textTruncated);
    QCOMPARE(message.root.size, qint64(100000));
}

void TestMimeParser::survivesMalformedInput_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only a line break") << QByteArray("\r\n");
    QTest::newRow("no header block") << QByteArray("just some words\r\nand more\r\n");
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe:\x01\r\n\x80\x81\r\n\r\n\x00\x00", 16);
    QTest::newRow("multipart without boundary")
        << QByteArray("Content-Type: multipart/mixed\r\n\r\n--x\r\nhello\r\n");
    QTest::newRow("boundary never used")
        << crlf("Content-Type: multipart/mixed; boundary=zz\n\nno parts here\n");
    QTest::newRow("broken content type") << QByteArray("Content-Type: ;;;===\r\nSubject: s\r\n\r\nbody\r\n");
    QTest::newRow("bad encoded word") << QByteArray("Subject: =?utf-8?B?####?= =?bogus?q?x?=\r\n\r\n");
    QTest::newRow("unterminated rfc2231")
        << QByteArray("Content-Type: text/plain; name*0*=utf-8''%E2; name*1=\"x\r\nContent-Disposition: "
                      "attachment; filename*=''\r\n\r\n");
    QTest::newRow("addresses of nonsense") << QByteArray("From: <<<@@@>>>, \"unclosed\r\nTo: ,,,;:;\r\n\r\n");
    static const char withNuls[] = "Subject: a\0b\r\nFrom: x\0@y\r\n\r\nz";
    QTest::newRow("nul bytes in headers") << QByteArray(withNuls, sizeof withNuls - 1);
}

void TestMimeParser::survivesMalformedInput()
{
    QFETCH(QByteArray, raw);
    const ParsedMessage message = timedParse(raw);
    // Anything readable is a message; the tree is there, numbered from its root.
    if (message.isValid)
        QCOMPARE(message.root.index, 0);
    QVERIFY(message.attachments.size() < 10);
}

void TestMimeParser::toleratesMissingClosingBoundary()
{
    const ParsedMessage message = timedParse(crlf("Subject: cut\nContent-Type: multipart/alternative; "
                                                  "boundary=b\n\n--b\nContent-Type: text/plain\n\nplain\n"
                                                  "--b\nContent-Type: text/html\n\n<b>html</b>\n"));
    QCOMPARE(message.subject, QStringLiteral("cut"));
    QCOMPARE(message.textBody.trimmed(), QStringLiteral("plain"));
    QCOMPARE(message.htmlBody.trimmed(), QStringLiteral("<b>html</b>"));
}

void TestMimeParser::toleratesBadBase64()
{
    const ParsedMessage message = timedParse(crlf(multipart("mixed", "b",
        { "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\naGVsbG8gd29y!!!bGQ*&^%\n====\n",
            "Content-Type: image/png; name=a.png\nContent-Transfer-Encoding: base64\n\n@@@@\n" })));
    QVERIFY(message.textBody.startsWith(QStringLiteral("hello wor")));
    QCOMPARE(message.attachments.size(), 1);
    QVERIFY(message.attachments.at(0).size < 4);
}

void TestMimeParser::fallsBackOnUnknownCharset()
{
    const ParsedMessage message = timedParse("Subject: =?x-unknown?q?caf=C3=A9?=\r\nContent-Type: "
                                             "text/plain; charset=x-no-such-charset\r\n\r\ncaf\xc3\xa9\r\n");
    QCOMPARE(message.textBody.trimmed(), QStringLiteral("café"));
    QVERIFY(message.subject.contains(QStringLiteral("caf")));
    QVERIFY(!message.warnings.isEmpty());
}

void TestMimeParser::readsMegabyteHeaderLine()
{
    const QByteArray longValue(1024 * 1024, 'a');
    const ParsedMessage message = timedParse("X-Long: " + longValue + "\r\nSubject: after\r\n\r\nbody\r\n");
    QCOMPARE(message.subject, QStringLiteral("after"));
    QCOMPARE(message.header(QStringLiteral("X-Long")).size(), longValue.size());
    QCOMPARE(message.textBody.trimmed(), QStringLiteral("body"));
    const ParsedMessage longSubject = timedParse("Subject: " + longValue + "\r\n\r\nbody\r\n");
    QCOMPARE(longSubject.subject.size(), longValue.size());
}

void TestMimeParser::limitsDeepNesting_data()
{
    QTest::addColumn<bool>("embeddedMessages");
    QTest::newRow("multiparts") << false;
    QTest::newRow("message/rfc822") << true;
}

void TestMimeParser::limitsDeepNesting()
{
    QFETCH(bool, embeddedMessages);
    constexpr int Levels = 1000;
    QByteArray raw = "Subject: deep\r\n";
    for (int level = 0; level < Levels; ++level) {
        raw += embeddedMessages ? QByteArray("Content-Type: message/rfc822\r\n\r\nSubject: level\r\n")
                                : "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(level)
                + "\r\n\r\n--b" + QByteArray::number(level) + "\r\n";
    }
    raw += "Content-Type: text/plain\r\n\r\nbottom\r\n";
    const ParsedMessage message = timedParse(raw);
    QCOMPARE(message.subject, QStringLiteral("deep"));
    QVERIFY(depthOf(message.root) <= MimeParser::Options().maxDepth + 1);
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestMimeParser)
#include "tst_mimeparser.moc"
