// parseCommandLine: verb and argument of one command line (RFC 5321 4.1.1),
// the line ending already removed by the input buffer.
#include "smtp/commandline.h"

#include <QTest>

namespace Mailscope {

class TestCommandLine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void splitsVerbAndArgument_data();
    void splitsVerbAndArgument();
    void flagsVerbsThatAreNotAKeyword_data();
    void flagsVerbsThatAreNotAKeyword();
    void emptyOrBlankLineHasNoVerb_data();
    void emptyOrBlankLineHasNoVerb();
};

void TestCommandLine::splitsVerbAndArgument_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QByteArray>("argument");

    QTest::newRow("verb alone") << QByteArray("QUIT") << QByteArray("QUIT") << QByteArray();
    QTest::newRow("EHLO with domain") << QByteArray("EHLO client.example") << QByteArray("EHLO")
                                      << QByteArray("client.example");
    QTest::newRow("MAIL with parameters")
        << QByteArray("MAIL FROM:<a@b.example> SIZE=10 BODY=8BITMIME") << QByteArray("MAIL")
        << QByteArray("FROM:<a@b.example> SIZE=10 BODY=8BITMIME");
    QTest::newRow("lower-case verb is upper-cased, argument kept as sent")
        << QByteArray("mail from:<A@B.example>") << QByteArray("MAIL") << QByteArray("from:<A@B.example>");
    QTest::newRow("mixed-case verb") << QByteArray("RcPt To:<x@y>") << QByteArray("RCPT") << QByteArray("To:<x@y>");
    QTest::newRow("space after the colon stays in the argument")
        << QByteArray("MAIL FROM: <a@b>") << QByteArray("MAIL") << QByteArray("FROM: <a@b>");
    QTest::newRow("trailing spaces removed") << QByteArray("NOOP   ") << QByteArray("NOOP") << QByteArray();
    QTest::newRow("trailing tab removed") << QByteArray("RSET\t") << QByteArray("RSET") << QByteArray();
    QTest::newRow("trailing blanks after the argument removed")
        << QByteArray("HELO host.example \t ") << QByteArray("HELO") << QByteArray("host.example");
    QTest::newRow("inner runs of spaces kept")
        << QByteArray("MAIL FROM:<a@b>  SIZE=1   BODY=7BIT") << QByteArray("MAIL")
        << QByteArray("FROM:<a@b>  SIZE=1   BODY=7BIT");
    QTest::newRow("verb and one space: empty argument") << QByteArray("VRFY ") << QByteArray("VRFY") << QByteArray();
    QTest::newRow("LHLO") << QByteArray("LHLO lmtp.example") << QByteArray("LHLO") << QByteArray("lmtp.example");
    QTest::newRow("BDAT with LAST") << QByteArray("BDAT 1000 LAST") << QByteArray("BDAT") << QByteArray("1000 LAST");
    QTest::newRow("UTF-8 argument untouched")
        << QByteArray("RCPT TO:<\xe7\x94\xa8\xe6\x88\xb7@\xe4\xbe\x8b\xe5\xad\x90.\xe5\xb9\xbf\xe5\x91\x8a>")
        << QByteArray("RCPT")
        << QByteArray("TO:<\xe7\x94\xa8\xe6\x88\xb7@\xe4\xbe\x8b\xe5\xad\x90.\xe5\xb9\xbf\xe5\x91\x8a>");
}

void TestCommandLine::splitsVerbAndArgument()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, verb);
    QFETCH(QByteArray, argument);

    const CommandLine command = parseCommandLine(line);
    QCOMPARE(command.verb, verb);
    QCOMPARE(command.argument, argument);
    QVERIFY(command.wellFormed);
}

void TestCommandLine::flagsVerbsThatAreNotAKeyword_data()
{
    QTest::addColumn<QByteArray>("line");

    // RFC 5321 4.1.1: "The commands themselves are alphabetic characters".
    QTest::newRow("punctuation") << QByteArray("MAIL:FROM <a@b>");
    QTest::newRow("dash") << QByteArray("X-FOO bar");
    QTest::newRow("control character") << QByteArray("HE\x01LO x");
    QTest::newRow("tab instead of space") << QByteArray("MAIL\tFROM:<a@b>");
    QTest::newRow("HTTP header") << QByteArray("Host: example.com");
    QTest::newRow("non-ASCII") << QByteArray("H\xc3\x89LO x");
    QTest::newRow("leading space: empty verb") << QByteArray(" QUIT");
}

void TestCommandLine::flagsVerbsThatAreNotAKeyword()
{
    QFETCH(QByteArray, line);
    const CommandLine command = parseCommandLine(line);
    QVERIFY2(!command.wellFormed || command.verb.isEmpty(), command.verb.constData());
}

void TestCommandLine::emptyOrBlankLineHasNoVerb_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("spaces") << QByteArray("    ");
    QTest::newRow("tabs") << QByteArray("\t\t");
}

void TestCommandLine::emptyOrBlankLineHasNoVerb()
{
    QFETCH(QByteArray, line);
    const CommandLine command = parseCommandLine(line);
    QVERIFY(command.verb.isEmpty());
    QVERIFY(command.argument.isEmpty());
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestCommandLine)
#include "tst_commandline.moc"
