// The static HTML report: what a sender controls is escaped, attachment names cannot leave their folder,
// every message and session gets its page, and every link points to a file that exists.
#include "report/htmlreport.h"
#include "report/messagebody.h"
#include "report/reporthtml.h"
#include "store/messagespool.h"
#include "store/messagestore.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace Mailscope {

namespace {

const QString SessionId = QStringLiteral("run1-7");

// A message with everything a report shows: hostile subject and names, an HTML part with a cid: image,
// a text part, and attachments whose names try to leave their folder or to be run by a browser.
const QByteArray Hostile
    = "From: \"Eve <script>alert(1)</script>\" <eve@example.org>\r\n"
      "To: ci@example.com\r\n"
      "Subject: <img src=x onerror=alert(2)> & \"quotes\"\r\n"
      "MIME-Version: 1.0\r\n"
      "Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n"
      "--outer\r\nContent-Type: multipart/related; boundary=\"rel\"\r\n\r\n"
      "--rel\r\nContent-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n"
      "--alt\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlain <b>text</b> body\r\n"
      "--alt\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
      "<html><body><p>Hi</p><img src=\"cid:logo\"><img "
      "src=\"cid:logo2\"><script>x()</script></body></html>\r\n"
      "--alt--\r\n"
      "--rel\r\nContent-Type: image/png\r\nContent-ID: <logo>\r\nContent-Transfer-Encoding: base64\r\n\r\n"
      "iVBORw0KGgo=\r\n"
      "--rel--\r\n"
      "--outer\r\nContent-Type: application/octet-stream\r\n"
      "Content-Disposition: attachment; filename=\"../../evil.sh\"\r\n\r\n#!/bin/sh\r\n"
      "--outer\r\nContent-Type: text/html\r\nContent-Disposition: attachment; "
      "filename=\"invoice.html\"\r\n\r\n"
      "<script>alert(3)</script>\r\n"
      "--outer\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; "
      "filename=\"evil.sh\"\r\n\r\nsame name\r\n"
      "--outer--\r\n";

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList filesUnder(const QString& folder, const QString& pattern = QStringLiteral("*"))
{
    QStringList files;
    QDirIterator it(folder, { pattern }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(folder).relativeFilePath(it.next());
    files.sort();
    return files;
}

} // namespace

class TestHtmlReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void escapesMarkupAndControlCharacters_data();
    void escapesMarkupAndControlCharacters();
    void linksArePercentEncoded();
    void cleansFileNames_data();
    void cleansFileNames();
    void keepsFileNamesApartCaseInsensitively();
    void turnsOddSessionIdsIntoPlainFileNames();
    void putsThePolicyBeforeTheMessagesHtml();
    void writesOnePagePerMessageAndSession();
    void escapesWhatTheSenderControls();
    void keepsAttachmentsInTheirFolder();
    void everyLinkLeadsToAFile();
    void showsEachExpectation();
    void pagesThroughALargeStore();
    void reportsAFolderItCannotWrite();

private:
    qint64 add(const QByteArray& raw, const QString& sessionId = SessionId);
    ReportResult write(const ReportContext& context = {});
    [[nodiscard]] QString reportPath(const QString& relative = {}) const
    {
        return m_dir->filePath(QStringLiteral("report/") + relative);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MessageStore> m_store;
};

void TestHtmlReport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<MessageStore>();
    QVERIFY(m_store->open(QStringLiteral(":memory:")));
}

void TestHtmlReport::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 TestHtmlReport::add(const QByteArray& raw, const QString& sessionId)
{
    SessionInfo session;
    session.id = sessionId;
    session.remoteAddress = QHostAddress(QStringLiteral("192.0.2.7"));
    session.remotePort = 4000;
    session.heloName = QStringLiteral("<b>helo</b>");
    session.started = QDateTime::currentDateTime();
    m_store->recordSession(session);
    const std::unique_ptr<MessageSpool> spool = m_store->createSpool();
    if (!spool->append(raw))
        return -1;
    Envelope envelope;
    envelope.mailFrom = QStringLiteral("bounce+<x>@example.org");
    envelope.recipients.append({ QStringLiteral("ci@example.com"), { { "NOTIFY", "SUCCESS" } } });
    const MessageStore::AddResult result = m_store->addMessage(*spool, envelope, session);
    if (result.ok())
        m_store->appendTranscript(sessionId,
            { QDateTime::currentDateTime(), TranscriptLine::Direction::Note,
                "[message stored as " + QByteArray::number(result.id) + "]" });
    m_store->appendTranscript(sessionId,
        { QDateTime::currentDateTime(), TranscriptLine::Direction::Client,
            QByteArray("MAIL FROM:<a@b> <script>\x01") });
    return result.ok() ? result.id : -1;
}

ReportResult TestHtmlReport::write(const ReportContext& context)
{
    return writeHtmlReport(*m_store, reportPath(), context);
}

void TestHtmlReport::escapesMarkupAndControlCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("html");
    QTest::newRow("tags") << QStringLiteral("<script>alert(1)</script>")
                          << QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;");
    QTest::newRow("attribute breakout")
        << QStringLiteral("\" onmouseover='x'") << QStringLiteral("&quot; onmouseover=&#39;x&#39;");
    QTest::newRow("entities stay text")
        << QStringLiteral("&amp; &lt;") << QStringLiteral("&amp;amp; &amp;lt;");
    QTest::newRow("controls") << QStringLiteral("a\u0000b\u001bc\u007f")
                              << QStringLiteral("a\u2400b\u241bc\u2421");
    QTest::newRow("unicode and tabs") << QStringLiteral("Grüße\t→") << QStringLiteral("Grüße\t→");
}

void TestHtmlReport::escapesMarkupAndControlCharacters()
{
    QFETCH(QString, text);
    QFETCH(QString, html);
    QCOMPARE(Report::escape(text), html);
}

void TestHtmlReport::linksArePercentEncoded()
{
    QCOMPARE(Report::href(QStringLiteral("messages/1/a b#?&\"x.pdf")),
        QStringLiteral("messages/1/a%20b%23%3F%26%22x.pdf"));
    QCOMPARE(Report::href(QStringLiteral("1/ü.txt")), QStringLiteral("1/%C3%BC.txt"));
}

void TestHtmlReport::cleansFileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("safe");
    QTest::newRow("plain") << QStringLiteral("report.pdf") << QStringLiteral("report.pdf");
    QTest::newRow("unix traversal") << QStringLiteral("../../etc/passwd") << QStringLiteral("passwd");
    QTest::newRow("windows traversal") << QStringLiteral("..\\..\\boot.ini") << QStringLiteral("boot.ini");
    QTest::newRow("dots only") << QStringLiteral("..") << QStringLiteral("fallback.bin");
    QTest::newRow("hidden") << QStringLiteral(".bashrc") << QStringLiteral("bashrc");
    QTest::newRow("empty") << QString() << QStringLiteral("fallback.bin");
    QTest::newRow("reserved characters")
        << QStringLiteral("a<b>:c|d?*\".txt") << QStringLiteral("a_b__c_d___.txt");
    QTest::newRow("control characters") << QStringLiteral("a\nb\u0000.txt") << QStringLiteral("a_b_.txt");
    QTest::newRow("right-to-left override")
        << QStringLiteral("invoice\u202Efdp.exe") << QStringLiteral("invoice_fdp.exe");
    QTest::newRow("windows device") << QStringLiteral("CON.txt") << QStringLiteral("_CON.txt");
    QTest::newRow("trailing dots and spaces") << QStringLiteral("notes. . ") << QStringLiteral("notes");
    QTest::newRow("long name keeps its suffix")
        << QString(300, u'x') + QStringLiteral(".pdf") << QString(96, u'x') + QStringLiteral(".pdf");
}

void TestHtmlReport::cleansFileNames()
{
    QFETCH(QString, name);
    QFETCH(QString, safe);
    QCOMPARE(Report::safeFileName(name, QStringLiteral("fallback.bin")), safe);
}

void TestHtmlReport::keepsFileNamesApartCaseInsensitively()
{
    QSet<QString> taken;
    QCOMPARE(Report::uniqueFileName(QStringLiteral("a.txt"), taken), QStringLiteral("a.txt"));
    QCOMPARE(Report::uniqueFileName(QStringLiteral("A.TXT"), taken), QStringLiteral("A-2.TXT"));
    QCOMPARE(Report::uniqueFileName(QStringLiteral("a.txt"), taken), QStringLiteral("a-3.txt"));
    QCOMPARE(Report::uniqueFileName(QStringLiteral("README"), taken), QStringLiteral("README"));
}

void TestHtmlReport::turnsOddSessionIdsIntoPlainFileNames()
{
    QCOMPARE(Report::sessionFileStem(QStringLiteral("mwtd6ifu-1")), QStringLiteral("mwtd6ifu-1"));
    const QString odd = Report::sessionFileStem(QStringLiteral("../../x y"));
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(odd).hasMatch(), qPrintable(odd));
    QVERIFY(
        odd != Report::sessionFileStem(QStringLiteral("../../x_y"))); // cleaned alike, told apart by the hash
}

void TestHtmlReport::putsThePolicyBeforeTheMessagesHtml()
{
    Report::SavedPart logo { {}, QStringLiteral("logo file.png"), false };
    logo.attachment.contentId = QStringLiteral("logo");
    const QString html = Report::safeHtmlDocument(
        QStringLiteral(
            "<!DOCTYPE html><html><head><meta http-equiv=\"Refresh\" content=\"0;url=https://x\"></head>"
            "<body><img src=\"cid:logo\"><img src=\"CID:logo2\"><img src='cid:logo'></body></html>"),
        QStringLiteral("3"), { logo });
    QVERIFY2(html.startsWith(QStringLiteral(
                 "<!DOCTYPE html>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" "
                 "content=\"default-src 'none';")),
        qPrintable(html));
    QVERIFY(html.contains(QStringLiteral(
        "<img src=\"3/logo%20file.png\"><img src=\"CID:logo2\"><img src='3/logo%20file.png'>")));
    QVERIFY(!html.contains(QStringLiteral("http-equiv=\"Refresh\""), Qt::CaseInsensitive));
    QVERIFY(html.contains(QStringLiteral("data-removed-by-mailscope=\"refresh\"")));
    QVERIFY(html.contains(QStringLiteral("<base target=\"_blank\">")));
}

void TestHtmlReport::writesOnePagePerMessageAndSession()
{
    const qint64 first = add(Hostile);
    const qint64 second = add("Subject: second\r\n\r\nbody\r\n", QStringLiteral("run1-8"));
    QVERIFY(first > 0 && second > 0);
    const ReportResult result = write();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.messages, 2);
    QCOMPARE(result.sessions, 2);
    QCOMPARE(filesUnder(reportPath(), QStringLiteral("*.html")),
        QStringList({ QStringLiteral("index.html"), QStringLiteral("messages/1.body.html"),
            QStringLiteral("messages/1.html"), QStringLiteral("messages/2.html"),
            QStringLiteral("sessions/run1-7.html"), QStringLiteral("sessions/run1-8.html") }));
    QFile eml(reportPath(QStringLiteral("messages/1.eml")));
    QVERIFY(eml.open(QIODevice::ReadOnly));
    QCOMPARE(eml.readAll(), Hostile);
    QVERIFY(QFile::exists(reportPath(QStringLiteral("report.css"))));
    const QString session = readText(reportPath(QStringLiteral("sessions/run1-7.html")));
    QVERIFY(session.contains(QStringLiteral("<a href=\"../messages/1.html\">[message stored as 1]</a>")));
    QVERIFY(session.contains(QStringLiteral("<tr class=\"client\">")));
    QVERIFY(session.contains(QStringLiteral("&lt;script&gt;\u2401")));
}

void TestHtmlReport::escapesWhatTheSenderControls()
{
    QVERIFY(add(Hostile) > 0);
    QVERIFY(write().ok());
    for (const QString& page : { QStringLiteral("index.html"), QStringLiteral("messages/1.html"),
             QStringLiteral("sessions/run1-7.html") }) {
        const QString html = readText(reportPath(page));
        QVERIFY2(!html.isEmpty(), qPrintable(page));
        QVERIFY2(!html.contains(QStringLiteral("<script")), qPrintable(page));
        QVERIFY2(!html.contains(QStringLiteral("<img src=x")), qPrintable(page));
        QVERIFY2(!html.contains(QStringLiteral("<b>helo")), qPrintable(page));
    }
    const QString message = readText(reportPath(QStringLiteral("messages/1.html")));
    QVERIFY(message.contains(QStringLiteral("&lt;img src=x onerror=alert(2)&gt; &amp; &quot;quotes&quot;")));
    QVERIFY(message.contains(QStringLiteral("&lt;bounce+&lt;x&gt;@example.org&gt;")));
    QVERIFY(message.contains(QStringLiteral("NOTIFY=SUCCESS")));
    QVERIFY(message.contains(QStringLiteral("Plain &lt;b&gt;text&lt;/b&gt; body")));
    QVERIFY(message.contains(
        QStringLiteral("sandbox=\"allow-same-origin allow-popups allow-popups-to-escape-sandbox\"")));
    QVERIFY(!message.contains(QStringLiteral("allow-scripts")));
}

void TestHtmlReport::keepsAttachmentsInTheirFolder()
{
    QVERIFY(add(Hostile) > 0);
    QVERIFY(write().ok());
    QCOMPARE(filesUnder(reportPath(QStringLiteral("messages/1"))),
        QStringList({ QStringLiteral("evil-2.sh"), QStringLiteral("evil.sh"),
            QStringLiteral("invoice.html.txt"), QStringLiteral("part-5.png") }));
    QCOMPARE(readText(reportPath(QStringLiteral("messages/1/evil.sh"))), QStringLiteral("#!/bin/sh"));
    QCOMPARE(readText(reportPath(QStringLiteral("messages/1/invoice.html.txt"))),
        QStringLiteral("<script>alert(3)</script>"));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("evil.sh"))));
    const QString body = readText(reportPath(QStringLiteral("messages/1.body.html")));
    QVERIFY(body.contains(QStringLiteral("<img src=\"1/part-5.png\"><img src=\"cid:logo2\">")));
}

void TestHtmlReport::everyLinkLeadsToAFile()
{
    QVERIFY(add(Hostile) > 0);
    QVERIFY(add("Subject: plain\r\n\r\nbody\r\n", QStringLiteral("odd/../id")) > 0);
    QVERIFY(write().ok());
    static const QRegularExpression link(QStringLiteral("(?:href|src)=[\"']([^\"']+)[\"']"));
    int checked = 0;
    for (const QString& page : filesUnder(reportPath(), QStringLiteral("*.html"))) {
        const QString html = readText(reportPath(page));
        for (const QRegularExpressionMatch& match : link.globalMatch(html)) {
            const QString target = match.captured(1);
            if (target.startsWith(QLatin1String("cid:")) || target.startsWith(u'#'))
                continue; // an unknown cid: stays as the message had it (and loads nothing)
            QVERIFY2(!target.contains(QLatin1String("://")) && !target.startsWith(u'/'),
                qPrintable(page + u' ' + target));
            const QString path = QUrl::fromPercentEncoding(target.section(u'#', 0, 0).toUtf8())
                                     .replace(QLatin1String("&amp;"), QLatin1String("&"));
            const QString resolved = QDir::cleanPath(QFileInfo(reportPath(page)).dir().filePath(path));
            QVERIFY2(resolved.startsWith(QDir::cleanPath(reportPath())), qPrintable(page + u' ' + target));
            QVERIFY2(
                QFile::exists(resolved), qPrintable(page + QStringLiteral(" links to a missing ") + target));
            ++checked;
        }
    }
    QVERIFY2(checked > 20, qPrintable(QString::number(checked)));
}

void TestHtmlReport::showsEachExpectation()
{
    QVERIFY(add(Hostile) > 0);
    ReportContext context;
    context.command = { QStringLiteral("npm"), QStringLiteral("test") };
    context.commandStatus = 0;
    context.exitStatus = 1;
    context.listeners = { QStringLiteral("smtp://127.0.0.1:2525") };
    context.checks = { { QStringLiteral("exactly 1 message(s)"), true, QStringLiteral("1 captured") },
        { QStringLiteral("a message matches \"subject:<Welcome>\""), false, QStringLiteral("0 match(es)") } };
    QVERIFY(write(context).ok());
    const QString index = readText(reportPath(QStringLiteral("index.html")));
    QVERIFY(index.contains(
        QStringLiteral("<td class=\"pass\">✔ met</td><td>exactly 1 message(s)</td><td>1 captured</td>")));
    QVERIFY(index.contains(QStringLiteral(
        "<td class=\"fail\">✘ failed</td><td>a message matches &quot;subject:&lt;Welcome&gt;&quot;</td>")));
    QVERIFY(index.contains(QStringLiteral("npm test")));
    QVERIFY(index.contains(QStringLiteral("smtp://127.0.0.1:2525")));
    QVERIFY(index.contains(QStringLiteral("1 failed")));
}

void TestHtmlReport::pagesThroughALargeStore()
{
    constexpr int Count = 410; // more than two of the pages the report reads from the store at a time
    for (int i = 0; i < Count; ++i)
        QVERIFY(add("Subject: message " + QByteArray::number(i) + "\r\n\r\nbody\r\n",
                    QStringLiteral("s%1").arg(i % 7))
            > 0);
    const ReportResult result = write();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.messages, Count);
    QCOMPARE(result.sessions, 7);
    QCOMPARE(filesUnder(reportPath(QStringLiteral("messages")), QStringLiteral("*.eml")).size(), Count);
    const QString index = readText(reportPath(QStringLiteral("index.html")));
    QCOMPARE(index.count(QStringLiteral(".eml\">.eml</a>")), Count);
}

void TestHtmlReport::reportsAFolderItCannotWrite()
{
    QVERIFY(add(Hostile) > 0);
    QFile blocker(m_dir->filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const ReportResult result = writeHtmlReport(*m_store, m_dir->filePath(QStringLiteral("file/report")));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("file/report")), qPrintable(result.error));
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestHtmlReport)
#include "tst_htmlreport.moc"
