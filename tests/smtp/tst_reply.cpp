// Reply: the bytes a reply puts on the wire (RFC 5321 4.2, RFC 2034 3) and the
// enhanced status code grammar (RFC 3463 2).
#include "smtp/reply.h"

#include <QTest>

namespace Mailscope {

class TestReply : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formatsReplyOnTheWire_data();
    void formatsReplyOnTheWire();
    void neverPutsBareCrOrLfInsideAReplyLine_data();
    void neverPutsBareCrOrLfInsideAReplyLine();
    void everyLineEndsWithCrlfAndOnlyTheLastHasASpace();
    void classifiesReplyCodes_data();
    void classifiesReplyCodes();
    void defaultReplyIsInvalid();
    void validatesEnhancedCodeGrammar_data();
    void validatesEnhancedCodeGrammar();
    void requiresEnhancedClassToMatchReplyCode_data();
    void requiresEnhancedClassToMatchReplyCode();
};

void TestReply::formatsReplyOnTheWire_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("enhancedCode");
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::addColumn<bool>("withEnhancedCode");
    QTest::addColumn<QByteArray>("expected");

    using L = QList<QByteArray>;
    QTest::newRow("single line with enhanced code")
        << 250 << QByteArray("2.1.0") << L { "Sender OK" } << true << QByteArray("250 2.1.0 Sender OK\r\n");
    QTest::newRow("single line, enhanced codes not negotiated")
        << 250 << QByteArray("2.1.0") << L { "Sender OK" } << false << QByteArray("250 Sender OK\r\n");
    QTest::newRow("greeting has no enhanced code")
        << 220 << QByteArray() << L { "mx.example ESMTP" } << true << QByteArray("220 mx.example ESMTP\r\n");
    QTest::newRow("354 has no enhanced code")
        << 354 << QByteArray() << L { "End data with <CR><LF>.<CR><LF>" } << true
        << QByteArray("354 End data with <CR><LF>.<CR><LF>\r\n");
    QTest::newRow("permanent failure")
        << 550 << QByteArray("5.1.1") << L { "No such user" } << true << QByteArray("550 5.1.1 No such user\r\n");
    QTest::newRow("transient failure")
        << 452 << QByteArray("4.5.3") << L { "Too many recipients" } << true
        << QByteArray("452 4.5.3 Too many recipients\r\n");
    QTest::newRow("enhanced code without text has no trailing space")
        << 250 << QByteArray("2.0.0") << L { QByteArray() } << true << QByteArray("250 2.0.0\r\n");
    QTest::newRow("no lines at all")
        << 250 << QByteArray("2.0.0") << L {} << true << QByteArray("250 2.0.0\r\n");
    QTest::newRow("no text, no enhanced code: code and SP (RFC 5321 4.2)")
        << 250 << QByteArray() << L { QByteArray() } << false << QByteArray("250 \r\n");
    QTest::newRow("multi-line EHLO reply: dash on all but the last line")
        << 250 << QByteArray() << L { "mx.example Hello", "PIPELINING", "SIZE 1000", "8BITMIME" } << true
        << QByteArray("250-mx.example Hello\r\n250-PIPELINING\r\n250-SIZE 1000\r\n250 8BITMIME\r\n");
    QTest::newRow("multi-line: enhanced code on every line (RFC 2034 3)")
        << 550 << QByteArray("5.7.1") << L { "Relaying denied", "Try your own server" } << true
        << QByteArray("550-5.7.1 Relaying denied\r\n550 5.7.1 Try your own server\r\n");
    QTest::newRow("multi-line without enhanced codes")
        << 550 << QByteArray("5.7.1") << L { "Relaying denied", "Try your own server" } << false
        << QByteArray("550-Relaying denied\r\n550 Try your own server\r\n");
    QTest::newRow("multi-line with an empty line in the middle")
        << 214 << QByteArray("2.0.0") << L { "Commands:", QByteArray(), "HELO EHLO" } << true
        << QByteArray("214-2.0.0 Commands:\r\n214-2.0.0\r\n214 2.0.0 HELO EHLO\r\n");
    QTest::newRow("UTF-8 text passes through untouched")
        << 250 << QByteArray("2.1.5") << L { "Recipient <\xc3\xa9t\xc3\xa9@example.org> OK" } << true
        << QByteArray("250 2.1.5 Recipient <\xc3\xa9t\xc3\xa9@example.org> OK\r\n");
}

void TestReply::formatsReplyOnTheWire()
{
    QFETCH(int, code);
    QFETCH(QByteArray, enhancedCode);
    QFETCH(QList<QByteArray>, lines);
    QFETCH(bool, withEnhancedCode);
    QFETCH(QByteArray, expected);

    const Reply reply(code, enhancedCode, lines);
    QCOMPARE(reply.format(withEnhancedCode), expected);
}

void TestReply::neverPutsBareCrOrLfInsideAReplyLine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("CRLF in text cannot start a forged reply")
        << QByteArray("Hello\r\n250 forged") << QByteArray("250 2.0.0 Hello  250 forged\r\n");
    QTest::newRow("bare LF") << QByteArray("a\nb") << QByteArray("250 2.0.0 a b\r\n");
    QTest::newRow("bare CR") << QByteArray("a\rb") << QByteArray("250 2.0.0 a b\r\n");
    QTest::newRow("trailing CRLF") << QByteArray("text\r\n") << QByteArray("250 2.0.0 text  \r\n");
}

void TestReply::neverPutsBareCrOrLfInsideAReplyLine()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);

    const QByteArray wire = Reply(250, "2.0.0", text).format(true);
    QCOMPARE(wire, expected);
    QCOMPARE(wire.count('\n'), 1);
    QCOMPARE(wire.count('\r'), 1);
}

void TestReply::everyLineEndsWithCrlfAndOnlyTheLastHasASpace()
{
    const QList<QByteArray> lines { "one", "two", "three", "four", "five" };
    const QByteArray wire = Reply(250, "2.0.0", lines).format(true);
    QVERIFY(wire.endsWith("\r\n"));
    QList<QByteArray> wireLines = wire.split('\n');
    QCOMPARE(wireLines.takeLast(), QByteArray()); // after the final LF
    QCOMPARE(wireLines.size(), lines.size());
    for (qsizetype i = 0; i < wireLines.size(); ++i) {
        const QByteArray &l = wireLines[i];
        QVERIFY2(l.endsWith('\r'), l.constData());
        QCOMPARE(l.left(3), QByteArray("250"));
        QCOMPARE(l.at(3), i + 1 < wireLines.size() ? '-' : ' ');
        QCOMPARE(l.mid(4), "2.0.0 " + lines[i] + '\r');
    }
}

void TestReply::classifiesReplyCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("positive");
    QTest::addColumn<bool>("transient");
    QTest::addColumn<bool>("permanent");

    QTest::newRow("220 greeting") << 220 << true << true << false << false;
    QTest::newRow("200 lowest") << 200 << true << true << false << false;
    QTest::newRow("250 ok") << 250 << true << true << false << false;
    QTest::newRow("354 intermediate") << 354 << true << true << false << false;
    QTest::newRow("399") << 399 << true << true << false << false;
    QTest::newRow("400") << 400 << true << false << true << false;
    QTest::newRow("421 closing") << 421 << true << false << true << false;
    QTest::newRow("452 storage") << 452 << true << false << true << false;
    QTest::newRow("499") << 499 << true << false << true << false;
    QTest::newRow("500 syntax") << 500 << true << false << false << true;
    QTest::newRow("554 failed") << 554 << true << false << false << true;
    QTest::newRow("599 highest") << 599 << true << false << false << true;
}

void TestReply::classifiesReplyCodes()
{
    QFETCH(int, code);
    QFETCH(bool, valid);
    QFETCH(bool, positive);
    QFETCH(bool, transient);
    QFETCH(bool, permanent);

    const Reply reply(code, QByteArray(), QByteArray("text"));
    QCOMPARE(reply.isValid(), valid);
    QCOMPARE(reply.isPositive(), positive);
    QCOMPARE(reply.isTransientFailure(), transient);
    QCOMPARE(reply.isPermanentFailure(), permanent);
}

void TestReply::defaultReplyIsInvalid()
{
    // checkMailParameters & co. return Reply() for "no objection".
    QVERIFY(!Reply().isValid());
    QVERIFY(!Reply().isPositive());
    QVERIFY(!Reply(199, "2.0.0", "x").isValid());
    QVERIFY(!Reply(600, "5.0.0", "x").isValid());
    QVERIFY(!Reply(99, QByteArray(), "x").isValid());
}

void TestReply::validatesEnhancedCodeGrammar_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<bool>("valid");

    // status-code = class "." subject "." detail; class = "2"/"4"/"5";
    // subject = 1*3digit; detail = 1*3digit; no leading zeros (RFC 3463 2).
    QTest::newRow("2.0.0") << QByteArray("2.0.0") << true;
    QTest::newRow("2.1.5") << QByteArray("2.1.5") << true;
    QTest::newRow("4.7.0") << QByteArray("4.7.0") << true;
    QTest::newRow("5.1.1") << QByteArray("5.1.1") << true;
    QTest::newRow("5.5.4") << QByteArray("5.5.4") << true;
    QTest::newRow("three-digit subject and detail") << QByteArray("5.123.456") << true;
    QTest::newRow("5.7.999") << QByteArray("5.7.999") << true;
    QTest::newRow("5.10.0") << QByteArray("5.10.0") << true;

    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("class 1") << QByteArray("1.0.0") << false;
    QTest::newRow("class 3") << QByteArray("3.0.0") << false;
    QTest::newRow("class 6") << QByteArray("6.0.0") << false;
    QTest::newRow("class 0") << QByteArray("0.0.0") << false;
    QTest::newRow("two-digit class") << QByteArray("25.0.0") << false;
    QTest::newRow("leading zero class") << QByteArray("05.0.0") << false;
    QTest::newRow("two parts") << QByteArray("5.1") << false;
    QTest::newRow("four parts") << QByteArray("5.1.1.1") << false;
    QTest::newRow("empty subject") << QByteArray("5..1") << false;
    QTest::newRow("empty detail") << QByteArray("5.1.") << false;
    QTest::newRow("four-digit subject") << QByteArray("5.1000.1") << false;
    QTest::newRow("four-digit detail") << QByteArray("5.1.1000") << false;
    QTest::newRow("leading zero subject") << QByteArray("5.01.1") << false;
    QTest::newRow("leading zero detail") << QByteArray("5.1.01") << false;
    QTest::newRow("letter") << QByteArray("5.a.1") << false;
    QTest::newRow("sign") << QByteArray("5.+1.1") << false;
    QTest::newRow("leading space") << QByteArray(" 5.1.1") << false;
    QTest::newRow("trailing space") << QByteArray("5.1.1 ") << false;
    QTest::newRow("reply code instead") << QByteArray("550") << false;
}

void TestReply::validatesEnhancedCodeGrammar()
{
    QFETCH(QByteArray, code);
    QFETCH(bool, valid);
    QCOMPARE(isValidEnhancedCode(code), valid);
}

void TestReply::requiresEnhancedClassToMatchReplyCode_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<int>("replyCode");
    QTest::addColumn<bool>("valid");

    QTest::newRow("250 2.1.0") << QByteArray("2.1.0") << 250 << true;
    QTest::newRow("221 2.0.0") << QByteArray("2.0.0") << 221 << true;
    QTest::newRow("452 4.5.3") << QByteArray("4.5.3") << 452 << true;
    QTest::newRow("550 5.1.1") << QByteArray("5.1.1") << 550 << true;
    QTest::newRow("555 5.5.4") << QByteArray("5.5.4") << 555 << true;
    QTest::newRow("550 4.1.1") << QByteArray("4.1.1") << 550 << false;
    QTest::newRow("450 5.1.1") << QByteArray("5.1.1") << 450 << false;
    QTest::newRow("250 5.0.0") << QByteArray("5.0.0") << 250 << false;
    QTest::newRow("550 2.0.0") << QByteArray("2.0.0") << 550 << false;
    QTest::newRow("matching class, bad grammar") << QByteArray("5.01.1") << 550 << false;
}

void TestReply::requiresEnhancedClassToMatchReplyCode()
{
    QFETCH(QByteArray, code);
    QFETCH(int, replyCode);
    QFETCH(bool, valid);
    QCOMPARE(isValidEnhancedCode(code, replyCode), valid);
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestReply)
#include "tst_reply.moc"
