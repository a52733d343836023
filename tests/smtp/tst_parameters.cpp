// MAIL and RCPT parameters judged against the extensions in force: SIZE (RFC 1870),
// BODY (RFC 6152, RFC 3030), SMTPUTF8 (RFC 6531), RET/ENVID/NOTIFY/ORCPT (RFC 3461).
#include "settings.h"
#include "smtp/parameters.h"

#include <QTest>

namespace Mailscope {

namespace {

// "size:off dsn:hidden max:1000" -> default settings with those changes.
ServerSettings settingsFrom(const QByteArray &spec)
{
    ServerSettings s;
    for (const QByteArray &item : spec.split(' ')) {
        if (item.isEmpty())
            continue;
        const QList<QByteArray> kv = item.split(':');
        Q_ASSERT(kv.size() == 2);
        if (kv[0] == "max") {
            s.maxMessageSize = kv[1].toLongLong();
            continue;
        }
        const ExtensionMode mode = kv[1] == "off" ? ExtensionMode::Off
            : kv[1] == "hidden"                  ? ExtensionMode::Hidden
                                                 : ExtensionMode::On;
        bool found = false;
        for (int i = 0; i < ExtensionCount; ++i) {
            if (extensionKey(Extension(i)).toLatin1() == kv[0]) {
                s.setMode(Extension(i), mode);
                found = true;
            }
        }
        if (!found)
            qFatal("unknown extension in test spec: %s", kv[0].constData());
    }
    return s;
}

QByteArray describe(const Reply &r) { return r.isValid() ? r.format(true) : QByteArray("(accepted)"); }

} // namespace

class TestParameters : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptsMailParameters_data();
    void acceptsMailParameters();
    void rejectsMailParameters_data();
    void rejectsMailParameters();
    void rejectsSizeOverTheLimitWith552();
    void rejectsUnknownParameterWith555NamingIt();
    void acceptsRcptParameters_data();
    void acceptsRcptParameters();
    void rejectsRcptParameters_data();
    void rejectsRcptParameters();
    void recognisesXtext_data();
    void recognisesXtext();
};

void TestParameters::acceptsMailParameters_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<MailParameters>("parameters");

    const QByteArray null;
    QTest::newRow("no parameters") << QByteArray() << MailParameters {};
    QTest::newRow("SIZE without a limit") << QByteArray() << MailParameters { { "SIZE", "123456789" } };
    QTest::newRow("SIZE=0") << QByteArray("max:1000") << MailParameters { { "SIZE", "0" } };
    QTest::newRow("SIZE just under the limit") << QByteArray("max:1000") << MailParameters { { "SIZE", "999" } };
    QTest::newRow("SIZE equal to the limit") << QByteArray("max:1000") << MailParameters { { "SIZE", "1000" } };
    QTest::newRow("SIZE with leading zeros") << QByteArray("max:1000") << MailParameters { { "SIZE", "000100" } };
    QTest::newRow("BODY=7BIT") << QByteArray() << MailParameters { { "BODY", "7BIT" } };
    QTest::newRow("BODY=8BITMIME") << QByteArray() << MailParameters { { "BODY", "8BITMIME" } };
    QTest::newRow("BODY value in lower case") << QByteArray() << MailParameters { { "BODY", "8bitmime" } };
    QTest::newRow("BODY=BINARYMIME (RFC 3030)") << QByteArray() << MailParameters { { "BODY", "BINARYMIME" } };
    QTest::newRow("BODY=7BIT with only CHUNKING") << QByteArray("8bitmime:off")
                                                  << MailParameters { { "BODY", "7BIT" } };
    QTest::newRow("BODY=BINARYMIME with 8BITMIME off") << QByteArray("8bitmime:off")
                                                       << MailParameters { { "BODY", "BINARYMIME" } };
    QTest::newRow("BODY=8BITMIME with CHUNKING off") << QByteArray("chunking:off")
                                                     << MailParameters { { "BODY", "8BITMIME" } };
    QTest::newRow("SMTPUTF8") << QByteArray() << MailParameters { { "SMTPUTF8", null } };
    QTest::newRow("RET=FULL") << QByteArray() << MailParameters { { "RET", "FULL" } };
    QTest::newRow("RET=HDRS") << QByteArray() << MailParameters { { "RET", "HDRS" } };
    QTest::newRow("RET value in lower case") << QByteArray() << MailParameters { { "RET", "hdrs" } };
    QTest::newRow("ENVID") << QByteArray() << MailParameters { { "ENVID", "QQ314159" } };
    QTest::newRow("ENVID with hexchar") << QByteArray() << MailParameters { { "ENVID", "a+2Bb+3Dc" } };
    QTest::newRow("ENVID of 100 characters") << QByteArray() << MailParameters { { "ENVID", QByteArray(100, 'e') } };
    QTest::newRow("everything at once")
        << QByteArray("max:5000")
        << MailParameters { { "SIZE", "4000" }, { "BODY", "8BITMIME" }, { "SMTPUTF8", null }, { "RET", "HDRS" },
               { "ENVID", "id1" } };
    // Hidden: left out of EHLO, but it still works (settings.h).
    QTest::newRow("SIZE hidden") << QByteArray("size:hidden max:10") << MailParameters { { "SIZE", "10" } };
    QTest::newRow("BODY with 8BITMIME hidden") << QByteArray("8bitmime:hidden chunking:off")
                                               << MailParameters { { "BODY", "8BITMIME" } };
    QTest::newRow("BINARYMIME with CHUNKING hidden") << QByteArray("chunking:hidden")
                                                     << MailParameters { { "BODY", "BINARYMIME" } };
    QTest::newRow("SMTPUTF8 hidden") << QByteArray("smtputf8:hidden") << MailParameters { { "SMTPUTF8", null } };
    QTest::newRow("RET and ENVID with DSN hidden")
        << QByteArray("dsn:hidden") << MailParameters { { "RET", "FULL" }, { "ENVID", "x" } };
}

void TestParameters::acceptsMailParameters()
{
    QFETCH(QByteArray, spec);
    QFETCH(MailParameters, parameters);
    const Reply reply = checkMailParameters(parameters, settingsFrom(spec));
    QVERIFY2(!reply.isValid(), describe(reply).constData());
}

void TestParameters::rejectsMailParameters_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<MailParameters>("parameters");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("enhancedCode");

    const QByteArray null;
    const QByteArray bad("5.5.4");
    // Values the extension does not allow: 501 5.5.4 (invalid command arguments).
    QTest::newRow("SIZE not a number") << QByteArray() << MailParameters { { "SIZE", "abc" } } << 501 << bad;
    QTest::newRow("SIZE without a value") << QByteArray() << MailParameters { { "SIZE", null } } << 501 << bad;
    QTest::newRow("SIZE negative") << QByteArray() << MailParameters { { "SIZE", "-1" } } << 501 << bad;
    QTest::newRow("SIZE with plus sign") << QByteArray() << MailParameters { { "SIZE", "+5" } } << 501 << bad;
    QTest::newRow("SIZE fractional") << QByteArray() << MailParameters { { "SIZE", "1.5" } } << 501 << bad;
    QTest::newRow("SIZE with unit") << QByteArray() << MailParameters { { "SIZE", "10MB" } } << 501 << bad;
    QTest::newRow("SIZE of 21 digits (size-value = 1*20DIGIT)")
        << QByteArray() << MailParameters { { "SIZE", QByteArray(21, '1') } } << 501 << bad;
    QTest::newRow("BODY unknown value") << QByteArray() << MailParameters { { "BODY", "9BIT" } } << 501 << bad;
    QTest::newRow("BODY without a value") << QByteArray() << MailParameters { { "BODY", null } } << 501 << bad;
    QTest::newRow("BODY=BINARYMIME without CHUNKING")
        << QByteArray("chunking:off") << MailParameters { { "BODY", "BINARYMIME" } } << 501 << bad;
    QTest::newRow("SMTPUTF8 with a value") << QByteArray() << MailParameters { { "SMTPUTF8", "yes" } } << 501 << bad;
    QTest::newRow("RET unknown value") << QByteArray() << MailParameters { { "RET", "NONE" } } << 501 << bad;
    QTest::newRow("RET without a value") << QByteArray() << MailParameters { { "RET", null } } << 501 << bad;
    QTest::newRow("ENVID without a value") << QByteArray() << MailParameters { { "ENVID", null } } << 501 << bad;
    QTest::newRow("ENVID of 101 characters")
        << QByteArray() << MailParameters { { "ENVID", QByteArray(101, 'e') } } << 501 << bad;
    QTest::newRow("ENVID lower-case hexchar") << QByteArray() << MailParameters { { "ENVID", "a+2b" } } << 501 << bad;
    QTest::newRow("ENVID lone plus") << QByteArray() << MailParameters { { "ENVID", "a+" } } << 501 << bad;
    QTest::newRow("ENVID plus and one digit") << QByteArray() << MailParameters { { "ENVID", "a+4" } } << 501 << bad;
    QTest::newRow("ENVID non-ASCII") << QByteArray() << MailParameters { { "ENVID", "\xc3\xa9" } } << 501 << bad;

    // Unknown parameters, and parameters of an extension that is off: 555 (RFC 5321 4.1.1.11).
    const QByteArray unknown("5.5.4");
    QTest::newRow("unknown keyword") << QByteArray() << MailParameters { { "XFOO", "1" } } << 555 << unknown;
    QTest::newRow("unknown bare keyword") << QByteArray() << MailParameters { { "XVERP", null } } << 555 << unknown;
    QTest::newRow("AUTH is not implemented") << QByteArray() << MailParameters { { "AUTH", "<>" } } << 555
                                             << unknown;
    QTest::newRow("NOTIFY belongs to RCPT") << QByteArray() << MailParameters { { "NOTIFY", "NEVER" } } << 555
                                            << unknown;
    QTest::newRow("ORCPT belongs to RCPT") << QByteArray() << MailParameters { { "ORCPT", "rfc822;a@b" } } << 555
                                           << unknown;
    QTest::newRow("SIZE with SIZE off") << QByteArray("size:off") << MailParameters { { "SIZE", "10" } } << 555
                                        << unknown;
    QTest::newRow("BODY with 8BITMIME and CHUNKING off")
        << QByteArray("8bitmime:off chunking:off") << MailParameters { { "BODY", "8BITMIME" } } << 555 << unknown;
    QTest::newRow("BODY=7BIT with 8BITMIME and CHUNKING off")
        << QByteArray("8bitmime:off chunking:off") << MailParameters { { "BODY", "7BIT" } } << 555 << unknown;
    QTest::newRow("SMTPUTF8 with SMTPUTF8 off") << QByteArray("smtputf8:off")
                                                << MailParameters { { "SMTPUTF8", null } } << 555 << unknown;
    QTest::newRow("RET with DSN off") << QByteArray("dsn:off") << MailParameters { { "RET", "FULL" } } << 555
                                      << unknown;
    QTest::newRow("ENVID with DSN off") << QByteArray("dsn:off") << MailParameters { { "ENVID", "x" } } << 555
                                        << unknown;
    QTest::newRow("one unknown among good ones")
        << QByteArray() << MailParameters { { "SIZE", "10" }, { "XFOO", "1" }, { "BODY", "7BIT" } } << 555 << unknown;

    // RFC 1870 6.1: a declared size over the fixed maximum is a permanent failure.
    QTest::newRow("SIZE over the limit") << QByteArray("max:1000") << MailParameters { { "SIZE", "1001" } } << 552
                                         << QByteArray("5.3.4");
    QTest::newRow("SIZE over the limit, SIZE hidden")
        << QByteArray("max:1000 size:hidden") << MailParameters { { "SIZE", "5000000" } } << 552
        << QByteArray("5.3.4");
}

void TestParameters::rejectsMailParameters()
{
    QFETCH(QByteArray, spec);
    QFETCH(MailParameters, parameters);
    QFETCH(int, code);
    QFETCH(QByteArray, enhancedCode);

    const Reply reply = checkMailParameters(parameters, settingsFrom(spec));
    QVERIFY2(reply.isValid(), "the parameters were accepted");
    QCOMPARE(reply.code, code);
    QCOMPARE(reply.enhancedCode, enhancedCode);
    QVERIFY(isValidEnhancedCode(reply.enhancedCode, reply.code));
    QVERIFY(!reply.lines.isEmpty() && !reply.lines.first().isEmpty());
}

void TestParameters::rejectsSizeOverTheLimitWith552()
{
    ServerSettings s;
    s.maxMessageSize = 10 * 1024 * 1024;
    QVERIFY(!checkMailParameters({ { "SIZE", "10485760" } }, s).isValid());
    const Reply over = checkMailParameters({ { "SIZE", "10485761" } }, s);
    QCOMPARE(over.code, 552);
    QCOMPARE(over.enhancedCode, QByteArray("5.3.4"));
    // A limit far above 32 bits.
    s.maxMessageSize = 5'000'000'000;
    QVERIFY(!checkMailParameters({ { "SIZE", "4999999999" } }, s).isValid());
    QCOMPARE(checkMailParameters({ { "SIZE", "5000000001" } }, s).code, 552);
}

void TestParameters::rejectsUnknownParameterWith555NamingIt()
{
    const ServerSettings s;
    const Reply mail = checkMailParameters({ { "X-FROBNICATE", "yes" } }, s);
    QCOMPARE(mail.code, 555);
    QCOMPARE(mail.enhancedCode, QByteArray("5.5.4"));
    QVERIFY2(mail.lines.join(' ').contains("X-FROBNICATE"), mail.format(true).constData());

    const Reply rcpt = checkRcptParameters({ { "XRCPTFLAG", QByteArray() } }, s);
    QCOMPARE(rcpt.code, 555);
    QCOMPARE(rcpt.enhancedCode, QByteArray("5.5.4"));
    QVERIFY2(rcpt.lines.join(' ').contains("XRCPTFLAG"), rcpt.format(true).constData());
}

void TestParameters::acceptsRcptParameters_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<MailParameters>("parameters");

    QTest::newRow("no parameters") << QByteArray() << MailParameters {};
    QTest::newRow("no parameters, DSN off") << QByteArray("dsn:off") << MailParameters {};
    QTest::newRow("NOTIFY=NEVER") << QByteArray() << MailParameters { { "NOTIFY", "NEVER" } };
    QTest::newRow("NOTIFY=SUCCESS") << QByteArray() << MailParameters { { "NOTIFY", "SUCCESS" } };
    QTest::newRow("NOTIFY=FAILURE,DELAY") << QByteArray() << MailParameters { { "NOTIFY", "FAILURE,DELAY" } };
    QTest::newRow("NOTIFY all three") << QByteArray() << MailParameters { { "NOTIFY", "SUCCESS,FAILURE,DELAY" } };
    QTest::newRow("NOTIFY in lower case") << QByteArray() << MailParameters { { "NOTIFY", "success,delay" } };
    QTest::newRow("ORCPT rfc822") << QByteArray() << MailParameters { { "ORCPT", "rfc822;bob@example.org" } };
    QTest::newRow("ORCPT upper-case type") << QByteArray() << MailParameters { { "ORCPT", "RFC822;bob@example.org" } };
    QTest::newRow("ORCPT with hexchar") << QByteArray() << MailParameters { { "ORCPT", "rfc822;b+2Bob@example.org" } };
    QTest::newRow("ORCPT utf-8 with raw UTF-8 (RFC 6533)")
        << QByteArray() << MailParameters { { "ORCPT", "utf-8;\xc3\xa9t\xc3\xa9@example.org" } };
    QTest::newRow("ORCPT of 500 characters")
        << QByteArray() << MailParameters { { "ORCPT", "rfc822;" + QByteArray(493, 'o') } };
    QTest::newRow("NOTIFY and ORCPT")
        << QByteArray() << MailParameters { { "NOTIFY", "FAILURE" }, { "ORCPT", "rfc822;bob@example.org" } };
    QTest::newRow("NOTIFY with DSN hidden") << QByteArray("dsn:hidden") << MailParameters { { "NOTIFY", "NEVER" } };
    QTest::newRow("ORCPT with DSN hidden") << QByteArray("dsn:hidden")
                                           << MailParameters { { "ORCPT", "rfc822;a@example.org" } };
}

void TestParameters::acceptsRcptParameters()
{
    QFETCH(QByteArray, spec);
    QFETCH(MailParameters, parameters);
    const Reply reply = checkRcptParameters(parameters, settingsFrom(spec));
    QVERIFY2(!reply.isValid(), describe(reply).constData());
}

void TestParameters::rejectsRcptParameters_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<MailParameters>("parameters");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("enhancedCode");

    const QByteArray null;
    const QByteArray bad("5.5.4");
    QTest::newRow("NOTIFY without a value") << QByteArray() << MailParameters { { "NOTIFY", null } } << 501 << bad;
    QTest::newRow("NOTIFY unknown value") << QByteArray() << MailParameters { { "NOTIFY", "ALWAYS" } } << 501 << bad;
    QTest::newRow("NOTIFY=NEVER combined (RFC 3461 4.1)")
        << QByteArray() << MailParameters { { "NOTIFY", "NEVER,SUCCESS" } } << 501 << bad;
    QTest::newRow("NOTIFY combined with NEVER last")
        << QByteArray() << MailParameters { { "NOTIFY", "FAILURE,NEVER" } } << 501 << bad;
    QTest::newRow("NOTIFY trailing comma") << QByteArray() << MailParameters { { "NOTIFY", "SUCCESS," } } << 501
                                           << bad;
    QTest::newRow("NOTIFY empty element") << QByteArray() << MailParameters { { "NOTIFY", "SUCCESS,,DELAY" } } << 501
                                          << bad;
    QTest::newRow("NOTIFY with spaces") << QByteArray() << MailParameters { { "NOTIFY", "SUCCESS, DELAY" } } << 501
                                        << bad;
    QTest::newRow("ORCPT without a value") << QByteArray() << MailParameters { { "ORCPT", null } } << 501 << bad;
    QTest::newRow("ORCPT without addr-type") << QByteArray() << MailParameters { { "ORCPT", "bob@example.org" } }
                                             << 501 << bad;
    QTest::newRow("ORCPT empty addr-type") << QByteArray() << MailParameters { { "ORCPT", ";bob@example.org" } }
                                           << 501 << bad;
    QTest::newRow("ORCPT empty address") << QByteArray() << MailParameters { { "ORCPT", "rfc822;" } } << 501 << bad;
    QTest::newRow("ORCPT of 501 characters")
        << QByteArray() << MailParameters { { "ORCPT", "rfc822;" + QByteArray(494, 'o') } } << 501 << bad;
    QTest::newRow("ORCPT rfc822 address not xtext")
        << QByteArray() << MailParameters { { "ORCPT", "rfc822;b+zzob@example.org" } } << 501 << bad;
    QTest::newRow("ORCPT rfc822 with raw UTF-8")
        << QByteArray() << MailParameters { { "ORCPT", "rfc822;\xc3\xa9@example.org" } } << 501 << bad;

    const QByteArray unknown("5.5.4");
    QTest::newRow("unknown keyword") << QByteArray() << MailParameters { { "XFOO", "1" } } << 555 << unknown;
    QTest::newRow("SIZE belongs to MAIL") << QByteArray() << MailParameters { { "SIZE", "10" } } << 555 << unknown;
    QTest::newRow("BODY belongs to MAIL") << QByteArray() << MailParameters { { "BODY", "8BITMIME" } } << 555
                                          << unknown;
    QTest::newRow("SMTPUTF8 belongs to MAIL") << QByteArray() << MailParameters { { "SMTPUTF8", null } } << 555
                                              << unknown;
    QTest::newRow("RET belongs to MAIL") << QByteArray() << MailParameters { { "RET", "FULL" } } << 555 << unknown;
    QTest::newRow("NOTIFY with DSN off") << QByteArray("dsn:off") << MailParameters { { "NOTIFY", "NEVER" } } << 555
                                         << unknown;
    QTest::newRow("ORCPT with DSN off") << QByteArray("dsn:off")
                                        << MailParameters { { "ORCPT", "rfc822;a@example.org" } } << 555 << unknown;
}

void TestParameters::rejectsRcptParameters()
{
    QFETCH(QByteArray, spec);
    QFETCH(MailParameters, parameters);
    QFETCH(int, code);
    QFETCH(QByteArray, enhancedCode);

    const Reply reply = checkRcptParameters(parameters, settingsFrom(spec));
    QVERIFY2(reply.isValid(), "the parameters were accepted");
    QCOMPARE(reply.code, code);
    QCOMPARE(reply.enhancedCode, enhancedCode);
    QVERIFY(isValidEnhancedCode(reply.enhancedCode, reply.code));
    QVERIFY(!reply.lines.isEmpty() && !reply.lines.first().isEmpty());
}

void TestParameters::recognisesXtext_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");

    // xtext = *( xchar / hexchar ); xchar = "!".."~" except "+" and "=";
    // hexchar = "+" and two upper-case hexadecimal digits (RFC 3461 4).
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("letters") << QByteArray("abcXYZ") << true;
    QTest::newRow("address") << QByteArray("user@example.com") << true;
    QTest::newRow("edges of xchar") << QByteArray("!~") << true;
    QTest::newRow("hexchar +2B") << QByteArray("a+2Bb") << true;
    QTest::newRow("hexchar +3D") << QByteArray("+3D") << true;
    QTest::newRow("hexchar +00 and +FF") << QByteArray("+00+FF") << true;
    QTest::newRow("lower-case hex") << QByteArray("a+2b") << false;
    QTest::newRow("non-hex after plus") << QByteArray("+G0") << false;
    QTest::newRow("lone plus") << QByteArray("a+") << false;
    QTest::newRow("plus and one digit") << QByteArray("a+2") << false;
    QTest::newRow("equals sign") << QByteArray("a=b") << false;
    QTest::newRow("space") << QByteArray("a b") << false;
    QTest::newRow("control character") << QByteArray("a\x01") << false;
    QTest::newRow("DEL") << QByteArray("a\x7f") << false;
    QTest::newRow("non-ASCII") << QByteArray("\xc3\xa9") << false;
}

void TestParameters::recognisesXtext()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QCOMPARE(isXtext(text), valid);
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestParameters)
#include "tst_parameters.moc"
