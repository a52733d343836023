// ehloKeywords: the EHLO/LHLO keyword lines (RFC 5321 4.1.1.1): only extensions in
// mode "on" are advertised; "hidden" and "off" ones are left out.
#include "settings.h"
#include "smtp/capabilities.h"

#include <QTest>

#include <algorithm>

namespace Mailscope {

namespace {

QList<QByteArray> sorted(QList<QByteArray> list)
{
    std::sort(list.begin(), list.end());
    return list;
}

// The keyword lines each extension contributes, SIZE without a limit.
QList<QByteArray> keywordsOf(Extension e)
{
    switch (e) {
    case Extension::Pipelining:
        return { "PIPELINING" };
    case Extension::EightBitMime:
        return { "8BITMIME" };
    case Extension::SmtpUtf8:
        return { "SMTPUTF8" };
    case Extension::Size:
        return { "SIZE" };
    case Extension::Chunking:
        return { "CHUNKING", "BINARYMIME" };
    case Extension::EnhancedStatusCodes:
        return { "ENHANCEDSTATUSCODES" };
    case Extension::Dsn:
        return { "DSN" };
    }
    return {};
}

QList<QByteArray> allKeywords()
{
    QList<QByteArray> all;
    for (int i = 0; i < ExtensionCount; ++i)
        all += keywordsOf(Extension(i));
    return all;
}

// The defaults with AUTH off, so only the extensions above are advertised.
ServerSettings extensionsOnly()
{
    ServerSettings s;
    s.auth.mode = AuthMode::Off;
    return s;
}

} // namespace

class TestCapabilities : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void advertisesEveryExtensionByDefault();
    void advertisesBareSizeWithoutLimit();
    void advertisesSizeWithTheLimit_data();
    void advertisesSizeWithTheLimit();
    void leavesOutExtensionThatIsNotOn_data();
    void leavesOutExtensionThatIsNotOn();
    void advertisesNothingWhenEverythingIsOff();
    void advertisesOnlyExtensionsThatAreOn();
    void keywordLinesFollowEhloGrammar();

    void advertisesStartTlsOnlyWhenOfferedAndNotYetActive_data();
    void advertisesStartTlsOnlyWhenOfferedAndNotYetActive();
    void advertisesAuthWithItsMechanisms();
    void leavesOutAuthWhereItWouldBeRefused();
    void advertisesXclientAndXforwardWhenOn();
};

void TestCapabilities::advertisesEveryExtensionByDefault()
{
    const ServerSettings s = extensionsOnly();
    const QList<QByteArray> keywords = ehloKeywords(s);
    QCOMPARE(sorted(keywords), sorted(allKeywords()));
}

void TestCapabilities::advertisesBareSizeWithoutLimit()
{
    // RFC 1870 4: a SIZE keyword without a number means no fixed maximum.
    ServerSettings s = extensionsOnly();
    s.maxMessageSize = 0;
    const QList<QByteArray> keywords = ehloKeywords(s);
    QVERIFY(keywords.contains("SIZE"));
    for (const QByteArray &k : keywords)
        QVERIFY2(!k.startsWith("SIZE "), k.constData());
}

void TestCapabilities::advertisesSizeWithTheLimit_data()
{
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("1 byte") << qint64(1) << QByteArray("SIZE 1");
    QTest::newRow("10 MiB") << qint64(10485760) << QByteArray("SIZE 10485760");
    QTest::newRow("over 32 bits") << qint64(5'000'000'000) << QByteArray("SIZE 5000000000");
}

void TestCapabilities::advertisesSizeWithTheLimit()
{
    QFETCH(qint64, limit);
    QFETCH(QByteArray, line);
    ServerSettings s = extensionsOnly();
    s.maxMessageSize = limit;
    const QList<QByteArray> keywords = ehloKeywords(s);
    QCOMPARE(keywords.count(line), 1);
    QVERIFY(!keywords.contains("SIZE"));
    QCOMPARE(keywords.size(), allKeywords().size());
}

void TestCapabilities::leavesOutExtensionThatIsNotOn_data()
{
    QTest::addColumn<int>("extension");
    QTest::addColumn<int>("mode");
    for (int i = 0; i < ExtensionCount; ++i) {
        const QByteArray key = extensionKey(Extension(i)).toLatin1();
        QTest::addRow("%s off", key.constData()) << i << int(ExtensionMode::Off);
        QTest::addRow("%s hidden", key.constData()) << i << int(ExtensionMode::Hidden);
    }
}

void TestCapabilities::leavesOutExtensionThatIsNotOn()
{
    QFETCH(int, extension);
    QFETCH(int, mode);
    ServerSettings s = extensionsOnly();
    s.setMode(Extension(extension), ExtensionMode(mode));

    QList<QByteArray> expected = allKeywords();
    for (const QByteArray &k : keywordsOf(Extension(extension)))
        expected.removeAll(k);
    QCOMPARE(sorted(ehloKeywords(s)), sorted(expected));
}

void TestCapabilities::advertisesNothingWhenEverythingIsOff()
{
    ServerSettings s = extensionsOnly();
    s.maxMessageSize = 1000;
    for (int i = 0; i < ExtensionCount; ++i)
        s.setMode(Extension(i), ExtensionMode::Off);
    QCOMPARE(ehloKeywords(s), QList<QByteArray>());
    for (int i = 0; i < ExtensionCount; ++i)
        s.setMode(Extension(i), ExtensionMode::Hidden);
    QCOMPARE(ehloKeywords(s), QList<QByteArray>());
}

void TestCapabilities::advertisesOnlyExtensionsThatAreOn()
{
    ServerSettings s = extensionsOnly();
    for (int i = 0; i < ExtensionCount; ++i)
        s.setMode(Extension(i), ExtensionMode::Hidden);
    s.setMode(Extension::Size, ExtensionMode::On);
    s.setMode(Extension::Dsn, ExtensionMode::On);
    s.setMode(Extension::EightBitMime, ExtensionMode::Off);
    s.maxMessageSize = 2048;
    QCOMPARE(sorted(ehloKeywords(s)), sorted({ "SIZE 2048", "DSN" }));
}

void TestCapabilities::keywordLinesFollowEhloGrammar()
{
    // ehlo-line = ehlo-keyword *( SP ehlo-param );
    // ehlo-keyword = (ALPHA / DIGIT) *(ALPHA / DIGIT / "-"); ehlo-param = 1*(%d33-126)
    ServerSettings s = extensionsOnly();
    s.maxMessageSize = 12345;
    const QList<QByteArray> keywords = ehloKeywords(s);
    QVERIFY(!keywords.isEmpty());
    for (const QByteArray &line : keywords) {
        const QList<QByteArray> parts = line.split(' ');
        const QByteArray &keyword = parts.first();
        QVERIFY2(!keyword.isEmpty() && QByteArrayView(keyword).first(1) != "-", line.constData());
        for (char c : keyword)
            QVERIFY2((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-', line.constData());
        for (qsizetype i = 1; i < parts.size(); ++i) {
            QVERIFY2(!parts[i].isEmpty(), line.constData());
            for (char c : parts[i])
                QVERIFY2(c >= 33 && c <= 126, line.constData());
        }
        QCOMPARE(keywords.count(line), 1);
    }
}

void TestCapabilities::advertisesStartTlsOnlyWhenOfferedAndNotYetActive_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("tlsActive");
    QTest::addColumn<bool>("tlsAvailable");
    QTest::addColumn<bool>("advertised");
    QTest::newRow("off") << int(StartTlsMode::Off) << false << true << false;
    QTest::newRow("offer") << int(StartTlsMode::Offer) << false << true << true;
    QTest::newRow("hidden") << int(StartTlsMode::Hidden) << false << true << false;
    QTest::newRow("require") << int(StartTlsMode::Require) << false << true << true;
    QTest::newRow("offer, already active") << int(StartTlsMode::Offer) << true << true << false;
    QTest::newRow("offer, no certificate") << int(StartTlsMode::Offer) << false << false << false;
}

void TestCapabilities::advertisesStartTlsOnlyWhenOfferedAndNotYetActive()
{
    QFETCH(int, mode);
    QFETCH(bool, tlsActive);
    QFETCH(bool, tlsAvailable);
    QFETCH(bool, advertised);
    ServerSettings s = extensionsOnly();
    s.tls.startTls = StartTlsMode(mode);
    QCOMPARE(ehloKeywords(s, { tlsActive, tlsAvailable, false }).contains("STARTTLS"), advertised);
}

void TestCapabilities::advertisesAuthWithItsMechanisms()
{
    ServerSettings s;
    QVERIFY(ehloKeywords(s).contains("AUTH PLAIN LOGIN CRAM-MD5 XOAUTH2"));
    s.auth.mechanisms = { SaslMechanism::CramMd5, SaslMechanism::Plain };
    QVERIFY(ehloKeywords(s).contains("AUTH CRAM-MD5 PLAIN"));
    s.auth.mode = AuthMode::Required;
    QVERIFY(ehloKeywords(s).contains("AUTH CRAM-MD5 PLAIN"));
    QVERIFY(!ehloKeywords(s, { false, true, true }).contains("AUTH CRAM-MD5 PLAIN"));
}

void TestCapabilities::leavesOutAuthWhereItWouldBeRefused()
{
    ServerSettings s;
    s.auth.allowInsecure = false;
    for (const QByteArray &k : ehloKeywords(s, { false, true, false }))
        QVERIFY2(!k.startsWith("AUTH"), k.constData());
    QVERIFY(ehloKeywords(s, { true, true, false }).contains("AUTH PLAIN LOGIN CRAM-MD5 XOAUTH2"));
    s.auth.mechanisms.clear();
    for (const QByteArray &k : ehloKeywords(s, { true, true, false }))
        QVERIFY2(!k.startsWith("AUTH"), k.constData());
}

void TestCapabilities::advertisesXclientAndXforwardWhenOn()
{
    ServerSettings s = extensionsOnly();
    QCOMPARE(sorted(ehloKeywords(s)), sorted(allKeywords()));
    s.xclient = true;
    s.xforward = true;
    QVERIFY(ehloKeywords(s).contains("XCLIENT NAME ADDR PORT PROTO HELO LOGIN DESTADDR DESTPORT"));
    QVERIFY(ehloKeywords(s).contains("XFORWARD NAME ADDR PORT PROTO HELO IDENT SOURCE"));
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestCapabilities)
#include "tst_capabilities.moc"
