// The MAIL FROM / RCPT TO argument grammar: RFC 5321 4.1.2 (paths, mailboxes,
// address literals 4.1.3, ESMTP parameters) widened to UTF-8 by RFC 6531 3.3.
#include "pathresultchecks.h"
#include "smtp/commandline.h"
#include "smtp/pathgrammar.h"

#include <QTest>

namespace Mailscope {

namespace {

// "用户@例子.广告" and friends, spelled as bytes so the source stays ASCII.
const QByteArray chineseMailbox("\xe7\x94\xa8\xe6\x88\xb7@\xe4\xbe\x8b\xe5\xad\x90.\xe5\xb9\xbf\xe5\x91\x8a");
const QByteArray umlautDomainMailbox("info@m\xc3\xbcnchen.example");
const QByteArray accentLocalMailbox("\xc3\xa9t\xc3\xa9@example.org");

// An accepted path against the current row's address, UTF-8 and missing-brackets columns.
void checkAccepted(const PathResult &r)
{
    QFETCH(QString, address);
    QFETCH(bool, hasNonAscii);
    QFETCH(bool, missingBrackets);
    QVERIFY2(r.ok, describe(r).constData());
    QCOMPARE(r.address, address);
    QCOMPARE(r.isNull, false);
    QCOMPARE(r.hasNonAscii, hasNonAscii);
    QCOMPARE(r.missingBrackets, missingBrackets);
    QVERIFY(!r.error.isValid());
}

} // namespace

class TestPathGrammar : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptsReversePath_data();
    void acceptsReversePath();
    void acceptsNullReversePath_data();
    void acceptsNullReversePath();
    void acceptsForwardPath_data();
    void acceptsForwardPath();
    void rejectsBadReversePath_data();
    void rejectsBadReversePath();
    void rejectsBadForwardPath_data();
    void rejectsBadForwardPath();
    void rejectsNullForwardPathWith5_1_3();
    void rejectsRouteWithoutMailbox_data();
    void rejectsRouteWithoutMailbox();
    void acceptsRealWorldClientQuirks_data();
    void acceptsRealWorldClientQuirks();
    void validatesMailbox_data();
    void validatesMailbox();
};

// ---------------------------------------------------------------- MAIL FROM

void TestPathGrammar::acceptsReversePath_data()
{
    QTest::addColumn<QByteArray>("argument");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("hasNonAscii");
    QTest::addColumn<bool>("missingBrackets");

    auto row = [](const char *name, const QByteArray &argument, const QByteArray &address, bool nonAscii = false,
                   bool missing = false) {
        QTest::newRow(name) << argument << QString::fromUtf8(address) << nonAscii << missing;
    };
    row("plain", "FROM:<alice@example.com>", "alice@example.com");
    row("case of the address kept", "FROM:<John.Doe@Example.COM>", "John.Doe@Example.COM");
    row("lower-case FROM:", "from:<alice@example.com>", "alice@example.com");
    row("mixed-case FROM:", "From:<alice@example.com>", "alice@example.com");
    row("space after the colon", "FROM: <alice@example.com>", "alice@example.com");
    row("two spaces after the colon", "FROM:  <alice@example.com>", "alice@example.com");
    row("trailing space", "FROM:<alice@example.com> ", "alice@example.com");
    row("dotted local part, deep domain", "FROM:<first.m.last@mail.sub.example.co.uk>",
        "first.m.last@mail.sub.example.co.uk");
    row("every atext special", "FROM:<!#$%&'*+-/=?^_`{|}~@example.com>", "!#$%&'*+-/=?^_`{|}~@example.com");
    row("plus addressing", "FROM:<bob+tag@example.com>", "bob+tag@example.com");
    row("single-label domain", "FROM:<root@localhost>", "root@localhost");
    row("hyphen and digits in domain", "FROM:<a@mx-1.9example.com>", "a@mx-1.9example.com");
    row("all-digit labels", "FROM:<a@123.456>", "a@123.456");
    row("source route ignored (RFC 5321 4.1.2, C)", "FROM:<@relay.example:alice@example.com>", "alice@example.com");
    row("source route of three hops", "FROM:<@r1.example,@r2.example,@r3.example:alice@example.com>",
        "alice@example.com");
    row("quoted local part with space", "FROM:<\"john doe\"@example.com>", "\"john doe\"@example.com");
    row("quoted local part with escaped quote", "FROM:<\"a\\\"b\"@example.com>", "\"a\\\"b\"@example.com");
    row("quoted local part with escaped backslash", "FROM:<\"a\\\\b\"@example.com>", "\"a\\\\b\"@example.com");
    row("quoted local part holding >", "FROM:<\"a>b\"@example.com>", "\"a>b\"@example.com");
    row("quoted local part holding @", "FROM:<\"a@b\"@example.com>", "\"a@b\"@example.com");
    row("quoted local part holding < , : ;", "FROM:<\"a<b,c:d;e\"@example.com>", "\"a<b,c:d;e\"@example.com");
    row("IPv4 address literal", "FROM:<user@[192.0.2.1]>", "user@[192.0.2.1]");
    row("IPv4 literal 0.0.0.0", "FROM:<user@[0.0.0.0]>", "user@[0.0.0.0]");
    row("IPv4 literal 255.255.255.255", "FROM:<user@[255.255.255.255]>", "user@[255.255.255.255]");
    row("IPv6 address literal", "FROM:<user@[IPv6:2001:db8::1]>", "user@[IPv6:2001:db8::1]");
    row("IPv6 loopback literal", "FROM:<user@[IPv6:::1]>", "user@[IPv6:::1]");
    row("IPv6 full form", "FROM:<user@[IPv6:2001:db8:0:0:0:0:0:1]>", "user@[IPv6:2001:db8:0:0:0:0:0:1]");
    row("IPv6v4 literal", "FROM:<user@[IPv6:::ffff:192.0.2.1]>", "user@[IPv6:::ffff:192.0.2.1]");
    row("general address literal", "FROM:<user@[x-tag:some-content]>", "user@[x-tag:some-content]");
    row("UTF-8 local and domain (RFC 6531)", "FROM:<" + chineseMailbox + ">", chineseMailbox, true);
    row("UTF-8 domain only", "FROM:<" + umlautDomainMailbox + ">", umlautDomainMailbox, true);
    row("UTF-8 local only", "FROM:<" + accentLocalMailbox + ">", accentLocalMailbox, true);
    row("64-octet local part", "FROM:<" + QByteArray(64, 'l') + "@example.com>", QByteArray(64, 'l') + "@example.com");
    row("63-octet label", "FROM:<a@" + QByteArray(63, 'd') + ".example>", "a@" + QByteArray(63, 'd') + ".example");
    row("bare address", "FROM:alice@example.com", "alice@example.com", false, true);
    row("bare address after a space", "FROM: alice@example.com", "alice@example.com", false, true);
    row("bare address before parameters", "FROM:alice@example.com SIZE=10", "alice@example.com", false, true);
}

void TestPathGrammar::acceptsReversePath()
{
    QFETCH(QByteArray, argument);
    checkAccepted(parseMailFromArgument(argument));
}

void TestPathGrammar::acceptsNullReversePath_data()
{
    QTest::addColumn<QByteArray>("argument");
    QTest::addColumn<int>("parameterCount");

    QTest::newRow("<>") << QByteArray("FROM:<>") << 0;
    QTest::newRow("lower case") << QByteArray("from:<>") << 0;
    QTest::newRow("space after colon") << QByteArray("FROM: <>") << 0;
    QTest::newRow("trailing space") << QByteArray("FROM:<> ") << 0;
    QTest::newRow("with parameters (bounce with DSN)") << QByteArray("FROM:<> RET=HDRS ENVID=abc") << 2;
}

void TestPathGrammar::acceptsNullReversePath()
{
    QFETCH(QByteArray, argument);
    QFETCH(int, parameterCount);

    const PathResult r = parseMailFromArgument(argument);
    QVERIFY2(r.ok, describe(r).constData());
    QVERIFY(r.isNull);
    QVERIFY(r.address.isEmpty());
    QCOMPARE(r.missingBrackets, false);
    QCOMPARE(r.hasNonAscii, false);
    QCOMPARE(r.parameters.size(), parameterCount);
}

// ---------------------------------------------------------------- RCPT TO

void TestPathGrammar::acceptsForwardPath_data()
{
    QTest::addColumn<QByteArray>("argument");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("hasNonAscii");
    QTest::addColumn<bool>("missingBrackets");

    auto row = [](const char *name, const QByteArray &argument, const QByteArray &address, bool nonAscii = false,
                   bool missing = false) {
        QTest::newRow(name) << argument << QString::fromUtf8(address) << nonAscii << missing;
    };
    row("plain", "TO:<bob@example.org>", "bob@example.org");
    row("lower-case to:", "to:<bob@example.org>", "bob@example.org");
    row("space after the colon", "TO: <bob@example.org>", "bob@example.org");
    row("<postmaster> without domain (RFC 5321 4.1.1.3)", "TO:<postmaster>", "postmaster");
    row("<Postmaster> any case", "TO:<Postmaster>", "Postmaster");
    row("<POSTMASTER>", "TO:<POSTMASTER>", "POSTMASTER");
    row("<postmaster@domain>", "TO:<postmaster@example.org>", "postmaster@example.org");
    row("source route ignored", "TO:<@hosta.example,@hostb.example:bob@example.org>", "bob@example.org");
    row("quoted local part", "TO:<\"bob smith\"@example.org>", "\"bob smith\"@example.org");
    row("IPv4 literal", "TO:<bob@[198.51.100.7]>", "bob@[198.51.100.7]");
    row("IPv6 literal", "TO:<bob@[IPv6:2001:db8::7]>", "bob@[IPv6:2001:db8::7]");
    row("UTF-8", "TO:<" + chineseMailbox + ">", chineseMailbox, true);
    row("bare address", "TO:bob@example.org", "bob@example.org", false, true);
    row("bare postmaster", "TO:postmaster", "postmaster", false, true);
}

void TestPathGrammar::acceptsForwardPath()
{
    QFETCH(QByteArray, argument);
    checkAccepted(parseRcptToArgument(argument));
}

// ---------------------------------------------------------------- rejections

namespace {

void addRejectionColumns()
{
    QTest::addColumn<QByteArray>("argument");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("enhancedCode");
}

} // namespace

void TestPathGrammar::rejectsBadReversePath_data()
{
    addRejectionColumns();
    const QByteArray syntax("5.5.4");
    const QByteArray badSender("5.1.7");

    // Not "FROM:" <path>: a syntax error of the command (501 5.5.4).
    QTest::newRow("empty argument") << QByteArray() << 501 << syntax;
    QTest::newRow("FROM without colon") << QByteArray("FROM") << 501 << syntax;
    QTest::newRow("FROM: and nothing") << QByteArray("FROM:") << 501 << syntax;
    QTest::newRow("FROM: and spaces") << QByteArray("FROM:   ") << 501 << syntax;
    QTest::newRow("space instead of colon") << QByteArray("FROM <a@example.com>") << 501 << syntax;
    QTest::newRow("space before colon") << QByteArray("FROM :<a@example.com>") << 501 << syntax;
    QTest::newRow("TO: on MAIL") << QByteArray("TO:<a@example.com>") << 501 << syntax;
    QTest::newRow("unclosed bracket") << QByteArray("FROM:<a@example.com") << 501 << syntax;
    QTest::newRow("unclosed quoted local part") << QByteArray("FROM:<\"a@example.com>") << 501 << syntax;
    QTest::newRow("junk glued to the path") << QByteArray("FROM:<a@example.com>x") << 501 << syntax;
    QTest::newRow("parameter glued to the path") << QByteArray("FROM:<a@example.com>SIZE=1") << 501 << syntax;
    QTest::newRow("double closing bracket") << QByteArray("FROM:<a@example.com>>") << 501 << syntax;
    QTest::newRow("bare address with >") << QByteArray("FROM:a@example.com>") << 501 << syntax;

    // A path whose mailbox is wrong: 501 5.1.7 (RFC 3463 "Bad sender's mailbox address syntax").
    QTest::newRow("no domain") << QByteArray("FROM:<alice>") << 501 << badSender;
    QTest::newRow("postmaster is for RCPT only") << QByteArray("FROM:<postmaster>") << 501 << badSender;
    QTest::newRow("empty local part") << QByteArray("FROM:<@example.com>") << 501 << badSender;
    QTest::newRow("empty domain") << QByteArray("FROM:<alice@>") << 501 << badSender;
    QTest::newRow("leading dot") << QByteArray("FROM:<.alice@example.com>") << 501 << badSender;
    QTest::newRow("trailing dot") << QByteArray("FROM:<alice.@example.com>") << 501 << badSender;
    QTest::newRow("double dot") << QByteArray("FROM:<al..ice@example.com>") << 501 << badSender;
    QTest::newRow("space in local part") << QByteArray("FROM:<al ice@example.com>") << 501 << badSender;
    QTest::newRow("comma in local part") << QByteArray("FROM:<al,ice@example.com>") << 501 << badSender;
    QTest::newRow("bracket in local part") << QByteArray("FROM:<al[ice@example.com>") << 501 << badSender;
    QTest::newRow("two @ unquoted") << QByteArray("FROM:<a@b@example.com>") << 501 << badSender;
    QTest::newRow("underscore in domain") << QByteArray("FROM:<a@ex_ample.com>") << 501 << badSender;
    QTest::newRow("label starts with hyphen") << QByteArray("FROM:<a@-example.com>") << 501 << badSender;
    QTest::newRow("label ends with hyphen") << QByteArray("FROM:<a@example-.com>") << 501 << badSender;
    QTest::newRow("empty label") << QByteArray("FROM:<a@example..com>") << 501 << badSender;
    QTest::newRow("domain ends with dot") << QByteArray("FROM:<a@example.com.>") << 501 << badSender;
    QTest::newRow("domain starts with dot") << QByteArray("FROM:<a@.example.com>") << 501 << badSender;
    QTest::newRow("64-octet label") << "FROM:<a@" + QByteArray(64, 'd') + ".example>" << 501 << badSender;
    QTest::newRow("domain over 255 octets")
        << "FROM:<a@" + (QByteArray(60, 'd') + '.').repeated(5) + "example>" << 501 << badSender;
    QTest::newRow("IPv4 literal with three octets") << QByteArray("FROM:<a@[192.0.2]>") << 501 << badSender;
    QTest::newRow("IPv4 literal with five octets") << QByteArray("FROM:<a@[192.0.2.1.5]>") << 501 << badSender;
    QTest::newRow("IPv4 literal octet 256") << QByteArray("FROM:<a@[256.0.2.1]>") << 501 << badSender;
    QTest::newRow("IPv4 literal four-digit octet") << QByteArray("FROM:<a@[1000.0.2.1]>") << 501 << badSender;
    QTest::newRow("IPv4 literal empty octet") << QByteArray("FROM:<a@[192..2.1]>") << 501 << badSender;
    QTest::newRow("IPv4 literal with a letter") << QByteArray("FROM:<a@[1.2.3.x]>") << 501 << badSender;
    QTest::newRow("empty literal") << QByteArray("FROM:<a@[]>") << 501 << badSender;
    QTest::newRow("IPv6 literal garbage") << QByteArray("FROM:<a@[IPv6:2001:zz8::1]>") << 501 << badSender;
    QTest::newRow("IPv6 literal holding IPv4") << QByteArray("FROM:<a@[IPv6:192.0.2.1]>") << 501 << badSender;
    QTest::newRow("IPv6 literal too many groups")
        << QByteArray("FROM:<a@[IPv6:1:2:3:4:5:6:7:8:9]>") << 501 << badSender;
    QTest::newRow("general literal without content") << QByteArray("FROM:<a@[x-tag:]>") << 501 << badSender;
    QTest::newRow("general literal with space") << QByteArray("FROM:<a@[x-tag:a b]>") << 501 << badSender;
    QTest::newRow("general literal with backslash") << QByteArray("FROM:<a@[x-tag:a\\b]>") << 501 << badSender;
    QTest::newRow("unbalanced literal") << QByteArray("FROM:<a@[192.0.2.1>") << 501 << badSender;
    QTest::newRow("invalid UTF-8 in local part") << QByteArray("FROM:<\xff\xfe@example.com>") << 501 << badSender;
    QTest::newRow("truncated UTF-8 in domain") << QByteArray("FROM:<a@m\xc3.example>") << 501 << badSender;
    QTest::newRow("control character in local part") << QByteArray("FROM:<a\x01@example.com>") << 501 << badSender;
    QTest::newRow("quoted local part with unescaped quote")
        << QByteArray("FROM:<\"a\"b\"c\"@example.com>") << 501 << badSender;
    // qtextSMTP = %d32-33 / %d35-91 / %d93-126 (RFC 5321 4.1.2): no HTAB inside quotes.
    QTest::newRow("quoted local part with HTAB") << QByteArray("FROM:<\"a\tb\"@example.com>") << 501 << badSender;
    QTest::newRow("quoted local part with CR") << QByteArray("FROM:<\"a\rb\"@example.com>") << 501 << badSender;
    QTest::newRow("quoted local part with DEL") << QByteArray("FROM:<\"a\x7f" "b\"@example.com>") << 501
                                                << badSender;
    QTest::newRow("source route without colon") << QByteArray("FROM:<@relay.example>") << 501 << badSender;
    QTest::newRow("source route hop without @")
        << QByteArray("FROM:<@relay.example,relay2.example:a@example.com>") << 501 << badSender;
    QTest::newRow("source route with bad domain")
        << QByteArray("FROM:<@re_lay.example:a@example.com>") << 501 << badSender;
    QTest::newRow("source route with empty hop") << QByteArray("FROM:<@:a@example.com>") << 501 << badSender;
    QTest::newRow("bare address without domain") << QByteArray("FROM:alice") << 501 << badSender;
}

void TestPathGrammar::rejectsBadReversePath()
{
    QFETCH(QByteArray, argument);
    QFETCH(int, code);
    QFETCH(QByteArray, enhancedCode);
    checkRejection(parseMailFromArgument(argument), code, enhancedCode);
}

void TestPathGrammar::rejectsBadForwardPath_data()
{
    addRejectionColumns();
    const QByteArray syntax("5.5.4");
    const QByteArray badRecipient("5.1.3");

    QTest::newRow("empty argument") << QByteArray() << 501 << syntax;
    QTest::newRow("TO: and nothing") << QByteArray("TO:") << 501 << syntax;
    QTest::newRow("FROM: on RCPT") << QByteArray("FROM:<bob@example.org>") << 501 << syntax;
    QTest::newRow("TO without colon") << QByteArray("TO <bob@example.org>") << 501 << syntax;
    QTest::newRow("unclosed bracket") << QByteArray("TO:<bob@example.org") << 501 << syntax;
    QTest::newRow("junk after path") << QByteArray("TO:<bob@example.org>junk") << 501 << syntax;

    // RFC 3463: X.1.3 "Bad destination mailbox address syntax".
    QTest::newRow("no domain") << QByteArray("TO:<bob>") << 501 << badRecipient;
    QTest::newRow("postmaster with empty domain") << QByteArray("TO:<postmaster@>") << 501 << badRecipient;
    QTest::newRow("double dot in domain") << QByteArray("TO:<bob@example..org>") << 501 << badRecipient;
    QTest::newRow("space in local part") << QByteArray("TO:<b ob@example.org>") << 501 << badRecipient;
    QTest::newRow("bad IPv4 literal") << QByteArray("TO:<bob@[300.1.1.1]>") << 501 << badRecipient;
    QTest::newRow("invalid UTF-8") << QByteArray("TO:<b\x80ob@example.org>") << 501 << badRecipient;
    QTest::newRow("bare address without domain") << QByteArray("TO:bob") << 501 << badRecipient;
}

void TestPathGrammar::rejectsBadForwardPath()
{
    QFETCH(QByteArray, argument);
    QFETCH(int, code);
    QFETCH(QByteArray, enhancedCode);
    checkRejection(parseRcptToArgument(argument), code, enhancedCode);
}

void TestPathGrammar::rejectsNullForwardPathWith5_1_3()
{
    // Forward-path = Path: "<>" is only a reverse-path (RFC 5321 4.1.2).
    checkRejection(parseRcptToArgument("TO:<>"), 501, "5.1.3");
    checkRejection(parseRcptToArgument("to: <>"), 501, "5.1.3");
}

void TestPathGrammar::rejectsRouteWithoutMailbox_data()
{
    QTest::addColumn<bool>("isMail");
    QTest::addColumn<QByteArray>("argument");
    QTest::addColumn<QByteArray>("enhancedCode");

    // Path = "<" [ A-d-l ":" ] Mailbox ">": the Mailbox is not optional, so a source
    // route followed by nothing is neither a Path nor the null path "<>".
    QTest::newRow("MAIL FROM:<@relay:>") << true << QByteArray("FROM:<@relay.example:>") << QByteArray("5.1.7");
    QTest::newRow("MAIL FROM:<@a,@b:>") << true << QByteArray("FROM:<@a.example,@b.example:>")
                                        << QByteArray("5.1.7");
    QTest::newRow("RCPT TO:<@relay:>") << false << QByteArray("TO:<@relay.example:>") << QByteArray("5.1.3");
}

void TestPathGrammar::rejectsRouteWithoutMailbox()
{
    QFETCH(bool, isMail);
    QFETCH(QByteArray, argument);
    QFETCH(QByteArray, enhancedCode);
    const PathResult r = isMail ? parseMailFromArgument(argument) : parseRcptToArgument(argument);
    QVERIFY2(!r.isNull, "a source route without a mailbox was taken for the null reverse-path <>");
    checkRejection(r, 501, enhancedCode);
}

// ---------------------------------------------------------------- whole lines

void TestPathGrammar::acceptsRealWorldClientQuirks_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("missingBrackets");
    QTest::addColumn<MailParameters>("parameters");

    QTest::newRow("MAIL FROM: <a@b> (space after colon)")
        << QByteArray("MAIL FROM: <alice@example.com>") << QStringLiteral("alice@example.com") << false
        << MailParameters {};
    QTest::newRow("lower-case mail from:") << QByteArray("mail from:<alice@example.com>")
                                           << QStringLiteral("alice@example.com") << false << MailParameters {};
    QTest::newRow("lower-case with space and parameters")
        << QByteArray("mail from: <alice@example.com> size=42") << QStringLiteral("alice@example.com") << false
        << MailParameters { { "SIZE", "42" } };
    QTest::newRow("multiple spaces between parameters")
        << QByteArray("MAIL FROM:<alice@example.com>  SIZE=100   BODY=8BITMIME") << QStringLiteral("alice@example.com")
        << false << MailParameters { { "SIZE", "100" }, { "BODY", "8BITMIME" } };
    QTest::newRow("trailing blanks") << QByteArray("MAIL FROM:<alice@example.com> \t")
                                     << QStringLiteral("alice@example.com") << false << MailParameters {};
    QTest::newRow("bare address") << QByteArray("MAIL FROM:alice@example.com") << QStringLiteral("alice@example.com")
                                  << true << MailParameters {};
    QTest::newRow("bare address after a space")
        << QByteArray("MAIL FROM: alice@example.com") << QStringLiteral("alice@example.com") << true
        << MailParameters {};
    QTest::newRow("null sender with space") << QByteArray("MAIL FROM: <>") << QString() << false << MailParameters {};
    QTest::newRow("RCPT TO:<postmaster>") << QByteArray("RCPT TO:<postmaster>") << QStringLiteral("postmaster")
                                          << false << MailParameters {};
    QTest::newRow("rcpt to: <Postmaster>") << QByteArray("rcpt to: <Postmaster>") << QStringLiteral("Postmaster")
                                           << false << MailParameters {};
    QTest::newRow("RCPT bare address with NOTIFY")
        << QByteArray("RCPT TO:bob@example.org NOTIFY=NEVER") << QStringLiteral("bob@example.org") << true
        << MailParameters { { "NOTIFY", "NEVER" } };
}

void TestPathGrammar::acceptsRealWorldClientQuirks()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, address);
    QFETCH(bool, missingBrackets);
    QFETCH(MailParameters, parameters);

    const CommandLine command = parseCommandLine(line);
    QVERIFY(command.wellFormed);
    QVERIFY(command.verb == "MAIL" || command.verb == "RCPT");
    const PathResult r = command.verb == "MAIL" ? parseMailFromArgument(command.argument)
                                                : parseRcptToArgument(command.argument);
    QVERIFY2(r.ok, describe(r).constData());
    QCOMPARE(r.address, address);
    QCOMPARE(r.isNull, address.isEmpty());
    QCOMPARE(r.missingBrackets, missingBrackets);
    QCOMPARE(r.parameters, parameters);
}

// ---------------------------------------------------------------- isValidMailbox

void TestPathGrammar::validatesMailbox_data()
{
    QTest::addColumn<QByteArray>("mailbox");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("hasNonAscii");

    QTest::newRow("simple") << QByteArray("user@example.com") << true << false;
    QTest::newRow("dot-string") << QByteArray("a.b.c@example.com") << true << false;
    QTest::newRow("quoted") << QByteArray("\"a b\"@example.com") << true << false;
    QTest::newRow("quoted with @") << QByteArray("\"a@b\"@example.com") << true << false;
    QTest::newRow("empty quoted string") << QByteArray("\"\"@example.com") << true << false;
    QTest::newRow("quoted-pair of space") << QByteArray("\"a\\ b\"@example.com") << true << false;
    QTest::newRow("quoted UTF-8 (RFC 6531 qtextSMTP)") << QByteArray("\"\xc3\xa9 t\"@example.com") << true << true;
    QTest::newRow("IPv4 literal") << QByteArray("user@[10.0.0.1]") << true << false;
    QTest::newRow("IPv4 literal with leading zeros (Snum = 1*3DIGIT)") << QByteArray("user@[010.000.000.001]")
                                                                      << true << false;
    QTest::newRow("IPv6 literal") << QByteArray("user@[IPv6:fe80::1]") << true << false;
    QTest::newRow("general literal") << QByteArray("user@[tag:x]") << true << false;
    QTest::newRow("UTF-8") << chineseMailbox << true << true;
    QTest::newRow("64 UTF-8 characters in local part")
        << QByteArray("\xc3\xa9").repeated(64) + "@example.com" << true << true;

    QTest::newRow("empty") << QByteArray() << false << false;
    QTest::newRow("postmaster alone") << QByteArray("postmaster") << false << false;
    QTest::newRow("only @") << QByteArray("@") << false << false;
    QTest::newRow("no local part") << QByteArray("@example.com") << false << false;
    QTest::newRow("no domain") << QByteArray("user@") << false << false;
    QTest::newRow("angle brackets included") << QByteArray("<user@example.com>") << false << false;
    QTest::newRow("trailing space") << QByteArray("user@example.com ") << false << false;
    QTest::newRow("double dot") << QByteArray("a..b@example.com") << false << false;
    QTest::newRow("unterminated quote") << QByteArray("\"ab@example.com") << false << false;
    QTest::newRow("backslash escaping the closing quote") << QByteArray("\"ab\\\"@example.com") << false << false;
    QTest::newRow("quoted-pair of a control character") << QByteArray("\"a\\\x01" "b\"@example.com") << false
                                                        << false;
    QTest::newRow("HTAB in quoted string (qtextSMTP excludes it)") << QByteArray("\"a\tb\"@example.com") << false
                                                                   << false;
    QTest::newRow("LF in quoted string") << QByteArray("\"a\nb\"@example.com") << false << false;
    QTest::newRow("quote inside dot-string") << QByteArray("a\"b@example.com") << false << false;
    QTest::newRow("invalid UTF-8") << QByteArray("\xc3(@example.com") << false << false;
    QTest::newRow("overlong UTF-8 encoding of /") << QByteArray("\xc0\xaf@example.com") << false << false;
    QTest::newRow("UTF-16 surrogate in UTF-8") << QByteArray("\xed\xa0\x80@example.com") << false << false;
    QTest::newRow("IPv6 literal lower-case tag accepted") << QByteArray("user@[ipv6:::1]") << true << false;
}

void TestPathGrammar::validatesMailbox()
{
    QFETCH(QByteArray, mailbox);
    QFETCH(bool, valid);
    QFETCH(bool, hasNonAscii);

    bool nonAscii = !hasNonAscii; // make sure the function writes it
    QCOMPARE(isValidMailbox(mailbox, &nonAscii), valid);
    if (valid)
        QCOMPARE(nonAscii, hasNonAscii);
    QCOMPARE(isValidMailbox(mailbox), valid); // the out-parameter is optional
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestPathGrammar)
#include "tst_pathgrammar.moc"
