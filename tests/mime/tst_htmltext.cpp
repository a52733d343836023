// htmlToPlainText and condensedText: the text of HTML for snippets and the search index.
#include "mime/htmltext.h"

#include <QElapsedTimer>
#include <QTest>

namespace Mailscope {

class TestHtmlText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void extractsReadableText_data();
    void extractsReadableText();
    void condensesWhitespaceAndCuts();
    void handlesHugeDocumentsInLinearTime();
};

void TestHtmlText::extractsReadableText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("tags removed") << QStringLiteral("<p>Hello <b>you</b></p>") << QStringLiteral("Hello you");
    QTest::newRow("entities") << QStringLiteral("a &amp; b &lt;c&gt; &#233;&#x2713; &nbsp;x &bogus; &")
                              << QStringLiteral("a & b <c> é✓ x &bogus; &");
    QTest::newRow("script and style skipped")
        << QStringLiteral("<style>p{color:red}</style>A<script>var x='<p>';</script>B")
        << QStringLiteral("A B");
    QTest::newRow("head skipped") << QStringLiteral(
        "<html><head><title>T</title></head><body>Body</body></html>")
                                  << QStringLiteral("Body");
    QTest::newRow("comments skipped") << QStringLiteral("x<!-- <p>hidden</p> -->y") << QStringLiteral("xy");
    QTest::newRow("unclosed head keeps text") << QStringLiteral("<head>Visible") << QStringLiteral("Visible");
    QTest::newRow("unterminated tag") << QStringLiteral("text <a href=") << QStringLiteral("text");
    QTest::newRow("bad numeric entity")
        << QStringLiteral("&#xD800;&#0;&#99999999;") << QStringLiteral("&#xD800;&#0;&#99999999;");
}

void TestHtmlText::extractsReadableText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(condensedText(htmlToPlainText(html), 1000), text);
}

void TestHtmlText::condensesWhitespaceAndCuts()
{
    QCOMPARE(condensedText(u"  a \n\n b\t c  ", 100), QStringLiteral("a b c"));
    QCOMPARE(condensedText(u"abc def", 5), QStringLiteral("abc d"));
    QCOMPARE(condensedText(u"abc    def", 4), QStringLiteral("abc "));
    QCOMPARE(condensedText(u"", 4), QString());
}

void TestHtmlText::handlesHugeDocumentsInLinearTime()
{
    QString html;
    for (int i = 0; i < 50000; ++i)
        html += QStringLiteral("<div><span>cell %1</span>").arg(i);
    QElapsedTimer timer;
    timer.start();
    const QString text = htmlToPlainText(html);
    QVERIFY(text.contains(QStringLiteral("cell 49999")));
    QVERIFY2(timer.elapsed() < 2000, "no quadratic scan");
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestHtmlText)
#include "tst_htmltext.moc"
