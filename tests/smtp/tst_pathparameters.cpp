// The ESMTP parameters after a MAIL FROM or RCPT TO path, as the path grammar reads them:
// esmtp-param = esmtp-keyword ["=" esmtp-value] (RFC 5321 4.1.2), values in UTF-8 (RFC 6531 3.3).
// What the parameters mean for the extensions in force is tst_parameters' subject.
#include "pathresultchecks.h"
#include "smtp/commandline.h"
#include "smtp/pathgrammar.h"

#include <QTest>

namespace Mailscope {

class TestPathParameters : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void collectsParametersWithUpperCaseKeywords_data();
    void collectsParametersWithUpperCaseKeywords();
    void bareKeywordHasNullValue();
    void rejectsBadParameterSyntaxWith5_5_4_data();
    void rejectsBadParameterSyntaxWith5_5_4();
    void flagsNonAsciiParameterValue();
};

void TestPathParameters::collectsParametersWithUpperCaseKeywords_data()
{
    QTest::addColumn<bool>("isMail");
    QTest::addColumn<QByteArray>("argument");
    QTest::addColumn<MailParameters>("parameters");

    QTest::newRow("no parameters") << true << QByteArray("FROM:<a@example.com>") << MailParameters {};
    QTest::newRow("SIZE") << true << QByteArray("FROM:<a@example.com> SIZE=1000")
                          << MailParameters { { "SIZE", "1000" } };
    QTest::newRow("keywords upper-cased, values kept as sent")
        << true << QByteArray("FROM:<a@example.com> size=1000 body=8bitmime")
        << MailParameters { { "SIZE", "1000" }, { "BODY", "8bitmime" } };
    QTest::newRow("runs of spaces between parameters")
        << true << QByteArray("FROM:<a@example.com>   SIZE=1000    BODY=8BITMIME   ")
        << MailParameters { { "SIZE", "1000" }, { "BODY", "8BITMIME" } };
    QTest::newRow("bare keyword") << true << QByteArray("FROM:<a@example.com> SMTPUTF8")
                                  << MailParameters { { "SMTPUTF8", QByteArray() } };
    QTest::newRow("DSN on the null sender") << true << QByteArray("FROM:<> RET=HDRS ENVID=QQ314159")
                                            << MailParameters { { "RET", "HDRS" }, { "ENVID", "QQ314159" } };
    QTest::newRow("unknown keywords are collected, not judged")
        << true << QByteArray("FROM:<a@example.com> X-CUSTOM=v1 XVERP 8BIT-ISH=x")
        << MailParameters { { "X-CUSTOM", "v1" }, { "XVERP", QByteArray() }, { "8BIT-ISH", "x" } };
    QTest::newRow("value with every allowed punctuation")
        << true << QByteArray("FROM:<a@example.com> X=!\"#$%&'()*+,-./:;<>?@[\\]^_`{|}~")
        << MailParameters { { "X", "!\"#$%&'()*+,-./:;<>?@[\\]^_`{|}~" } };
    QTest::newRow("bare address with parameters") << true << QByteArray("FROM:a@example.com SIZE=5")
                                                  << MailParameters { { "SIZE", "5" } };
    QTest::newRow("quoted local part then parameters")
        << true << QByteArray("FROM:<\"a b\"@example.com> SIZE=5") << MailParameters { { "SIZE", "5" } };
    QTest::newRow("RCPT DSN parameters")
        << false << QByteArray("TO:<b@example.org> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;b+40example.org")
        << MailParameters { { "NOTIFY", "SUCCESS,FAILURE" }, { "ORCPT", "rfc822;b+40example.org" } };
    QTest::newRow("RCPT postmaster with parameter") << false << QByteArray("TO:<postmaster> NOTIFY=NEVER")
                                                    << MailParameters { { "NOTIFY", "NEVER" } };
}

void TestPathParameters::collectsParametersWithUpperCaseKeywords()
{
    QFETCH(bool, isMail);
    QFETCH(QByteArray, argument);
    QFETCH(MailParameters, parameters);

    const PathResult r = isMail ? parseMailFromArgument(argument) : parseRcptToArgument(argument);
    QVERIFY2(r.ok, describe(r).constData());
    QCOMPARE(r.parameters, parameters);
    // A keyword with "=value" never maps to a null value, a bare one always does.
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        QCOMPARE(r.parameters.value(it.key()).isNull(), it.value().isNull());
}

void TestPathParameters::bareKeywordHasNullValue()
{
    const PathResult r = parseMailFromArgument("FROM:<a@example.com> SMTPUTF8 BODY=8BITMIME");
    QVERIFY2(r.ok, describe(r).constData());
    QVERIFY(r.parameters.contains("SMTPUTF8"));
    QVERIFY(r.parameters.value("SMTPUTF8").isNull());
    QVERIFY(!r.parameters.value("BODY").isNull());
    QCOMPARE(r.parameters.value("BODY"), QByteArray("8BITMIME"));
}

void TestPathParameters::rejectsBadParameterSyntaxWith5_5_4_data()
{
    QTest::addColumn<bool>("isMail");
    QTest::addColumn<QByteArray>("argument");

    // esmtp-param = esmtp-keyword ["=" esmtp-value]
    // esmtp-keyword = (ALPHA / DIGIT) *(ALPHA / DIGIT / "-"); esmtp-value = 1*(%d33-60 / %d62-126)
    QTest::newRow("empty value") << true << QByteArray("FROM:<a@example.com> SIZE=");
    QTest::newRow("duplicate keyword") << true << QByteArray("FROM:<a@example.com> SIZE=1 SIZE=2");
    QTest::newRow("duplicate keyword in other case") << true << QByteArray("FROM:<a@example.com> SIZE=1 size=2");
    QTest::newRow("duplicate bare keyword") << true << QByteArray("FROM:<a@example.com> SMTPUTF8 SMTPUTF8");
    QTest::newRow("keyword starts with hyphen") << true << QByteArray("FROM:<a@example.com> -X=1");
    QTest::newRow("underscore in keyword") << true << QByteArray("FROM:<a@example.com> X_Y=1");
    QTest::newRow("dot in keyword") << true << QByteArray("FROM:<a@example.com> X.Y=1");
    QTest::newRow("no keyword") << true << QByteArray("FROM:<a@example.com> =1");
    QTest::newRow("= inside value") << true << QByteArray("FROM:<a@example.com> X=a=b");
    QTest::newRow("== ") << true << QByteArray("FROM:<a@example.com> SIZE==1");
    QTest::newRow("control character in value") << true << QByteArray("FROM:<a@example.com> X=a\x01" "b");
    QTest::newRow("DEL in value") << true << QByteArray("FROM:<a@example.com> X=a\x7f");
    QTest::newRow("tab in value") << true << QByteArray("FROM:<a@example.com> X=a\tb");
    QTest::newRow("invalid UTF-8 in value") << true << QByteArray("FROM:<a@example.com> X=\xff");
    QTest::newRow("RCPT duplicate NOTIFY")
        << false << QByteArray("TO:<b@example.org> NOTIFY=NEVER NOTIFY=SUCCESS");
    QTest::newRow("RCPT empty ORCPT") << false << QByteArray("TO:<b@example.org> ORCPT=");
}

void TestPathParameters::rejectsBadParameterSyntaxWith5_5_4()
{
    QFETCH(bool, isMail);
    QFETCH(QByteArray, argument);
    checkRejection(isMail ? parseMailFromArgument(argument) : parseRcptToArgument(argument), 501, "5.5.4");
}

void TestPathParameters::flagsNonAsciiParameterValue()
{
    const PathResult ascii = parseMailFromArgument("FROM:<a@example.com> X=plain");
    QVERIFY(ascii.ok);
    QCOMPARE(ascii.hasNonAscii, false);

    // RFC 6531 3.3 lets esmtp-value carry UTF-8; it needs SMTPUTF8 like an address does.
    const PathResult utf8 = parseMailFromArgument("FROM:<a@example.com> X=\xc3\xa9t\xc3\xa9");
    QVERIFY2(utf8.ok, describe(utf8).constData());
    QCOMPARE(utf8.hasNonAscii, true);
    QCOMPARE(utf8.parameters.value("X"), QByteArray("\xc3\xa9t\xc3\xa9"));
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestPathParameters)
#include "tst_pathparameters.moc"
