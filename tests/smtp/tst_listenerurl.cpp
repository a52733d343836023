// Listener URLs (smtp://, lmtp://, smtps://, lmtps:// with host, port and ?proxy), as the command
// line, the settings file and the window write them: parseListenerUrl and ListenerConfig::url().
#include "settings.h"

#include <QTest>

namespace Mailscope {

class TestListenerUrl : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesListenerUrl_data();
    void parsesListenerUrl();
    void rejectsBadListenerUrl_data();
    void rejectsBadListenerUrl();
    void formatsListenerUrl_data();
    void formatsListenerUrl();
};

void TestListenerUrl::parsesListenerUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");

    const int smtp = int(Protocol::Smtp);
    const int lmtp = int(Protocol::Lmtp);
    QTest::newRow("smtp IPv4") << QStringLiteral("smtp://127.0.0.1:1025") << smtp << QStringLiteral("127.0.0.1") << 1025;
    QTest::newRow("lmtp IPv4") << QStringLiteral("lmtp://127.0.0.1:2424") << lmtp << QStringLiteral("127.0.0.1") << 2424;
    QTest::newRow("any IPv4") << QStringLiteral("smtp://0.0.0.0:25") << smtp << QStringLiteral("0.0.0.0") << 25;
    QTest::newRow("IPv6 loopback") << QStringLiteral("smtp://[::1]:2525") << smtp << QStringLiteral("::1") << 2525;
    QTest::newRow("lmtp IPv6 any") << QStringLiteral("lmtp://[::]:24") << lmtp << QStringLiteral("::") << 24;
    QTest::newRow("IPv6 global") << QStringLiteral("smtp://[2001:db8::25]:587") << smtp
                                 << QStringLiteral("2001:db8::25") << 587;
    QTest::newRow("port 0: any free port") << QStringLiteral("smtp://127.0.0.1:0") << smtp
                                           << QStringLiteral("127.0.0.1") << 0;
    QTest::newRow("lmtp IPv6 port 0") << QStringLiteral("lmtp://[::1]:0") << lmtp << QStringLiteral("::1") << 0;
    QTest::newRow("highest port") << QStringLiteral("smtp://127.0.0.1:65535") << smtp << QStringLiteral("127.0.0.1")
                                  << 65535;
    QTest::newRow("host name") << QStringLiteral("smtp://localhost:1025") << smtp << QStringLiteral("localhost")
                               << 1025;
    QTest::newRow("upper-case scheme") << QStringLiteral("LMTP://127.0.0.1:24") << lmtp << QStringLiteral("127.0.0.1")
                                       << 24;
}

void TestListenerUrl::parsesListenerUrl()
{
    QFETCH(QString, url);
    QFETCH(int, protocol);
    QFETCH(QString, host);
    QFETCH(int, port);

    ListenerConfig l;
    l.protocol = protocol == int(Protocol::Smtp) ? Protocol::Lmtp : Protocol::Smtp; // must be overwritten
    QString error;
    QVERIFY2(parseListenerUrl(url, &l, &error), qPrintable(error));
    QCOMPARE(int(l.protocol), protocol);
    QCOMPARE(l.host, host);
    QCOMPARE(int(l.port), port);
}

void TestListenerUrl::rejectsBadListenerUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("empty") << QString();
    QTest::newRow("no scheme") << QStringLiteral("127.0.0.1:1025");
    QTest::newRow("no port") << QStringLiteral("smtp://127.0.0.1");
    QTest::newRow("empty port") << QStringLiteral("smtp://127.0.0.1:");
    QTest::newRow("no host") << QStringLiteral("smtp://:25");
    QTest::newRow("http") << QStringLiteral("http://127.0.0.1:25");
    QTest::newRow("smtpx is not a listener protocol") << QStringLiteral("smtpx://127.0.0.1:465");
    QTest::newRow("unknown listener option") << QStringLiteral("smtp://127.0.0.1:25?tls");
    QTest::newRow("port too big") << QStringLiteral("smtp://127.0.0.1:65536");
    QTest::newRow("negative port") << QStringLiteral("smtp://127.0.0.1:-1");
    QTest::newRow("port not a number") << QStringLiteral("smtp://127.0.0.1:smtp");
    QTest::newRow("with a path") << QStringLiteral("smtp://127.0.0.1:25/inbox");
    QTest::newRow("IPv6 without brackets") << QStringLiteral("smtp://::1:25");
    QTest::newRow("unclosed IPv6 bracket") << QStringLiteral("smtp://[::1:25");
    QTest::newRow("bad IPv6") << QStringLiteral("smtp://[::g]:25");
    QTest::newRow("space in host") << QStringLiteral("smtp://local host:25");
}

void TestListenerUrl::rejectsBadListenerUrl()
{
    QFETCH(QString, url);
    ListenerConfig l;
    const ListenerConfig before = l;
    QString error;
    QVERIFY2(!parseListenerUrl(url, &l, &error), qPrintable(l.url()));
    QVERIFY(!error.isEmpty());
    QVERIFY2(url.isEmpty() || error.contains(url), qPrintable(error));
    QVERIFY(l == before);
}

void TestListenerUrl::formatsListenerUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("default") << QStringLiteral("smtp://127.0.0.1:1025");
    QTest::newRow("lmtp") << QStringLiteral("lmtp://0.0.0.0:24");
    QTest::newRow("IPv6 gets brackets") << QStringLiteral("lmtp://[::1]:2424");
    QTest::newRow("port 0") << QStringLiteral("smtp://[::]:0");
    QTest::newRow("host name") << QStringLiteral("smtp://localhost:2525");
    QTest::newRow("implicit TLS") << QStringLiteral("smtps://127.0.0.1:465");
    QTest::newRow("LMTP over TLS behind a proxy") << QStringLiteral("lmtps://127.0.0.1:24?proxy");
}

void TestListenerUrl::formatsListenerUrl()
{
    QFETCH(QString, url);
    ListenerConfig l;
    QString error;
    QVERIFY2(parseListenerUrl(url, &l, &error), qPrintable(error));
    QCOMPARE(l.url(), url);
    QCOMPARE(ListenerConfig().url(), QStringLiteral("smtp://127.0.0.1:1025"));
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestListenerUrl)
#include "tst_listenerurl.moc"
