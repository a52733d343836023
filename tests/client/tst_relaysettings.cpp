// RelaySettings: the relay's URL form (mailscoped --relay) and the settings file's "relay" object.
#include "settings.h"

#include <QJsonDocument>
#include <QTest>

namespace Mailscope {

class TestRelaySettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesRelayUrls_data();
    void parsesRelayUrls();
    void refusesBadRelayUrls_data();
    void refusesBadRelayUrls();
    void urlNeverShowsThePassword();
    void roundTripsThroughJson();
    void refusesBadJson_data();
    void refusesBadJson();
};

void TestRelaySettings::parsesRelayUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("security");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("insecure");
    QTest::addColumn<QString>("mechanism");
    QTest::newRow("plain") << "smtp://mx.example.com"
                           << "mx.example.com" << 25 << int(RelaySecurity::None) << ""
                           << "" << false << "";
    QTest::newRow("starttls on 587") << "smtp://me:secret@mx.example.com?starttls"
                                     << "mx.example.com" << 587 << int(RelaySecurity::StartTls) << "me"
                                     << "secret" << false << "";
    QTest::newRow("implicit tls") << "smtps://mx.example.com"
                                  << "mx.example.com" << 465 << int(RelaySecurity::Tls) << ""
                                  << "" << false << "";
    QTest::newRow("all options")
        << "smtp://me%40example.com:p%3Ass@127.0.0.1:2525?starttls&insecure&auth=LOGIN"
        << "127.0.0.1" << 2525 << int(RelaySecurity::StartTls) << "me@example.com"
        << "p:ss" << true << "LOGIN";
    QTest::newRow("ipv6") << "smtp://[::1]:1025/"
                          << "::1" << 1025 << int(RelaySecurity::None) << ""
                          << "" << false << "";
}

void TestRelaySettings::parsesRelayUrls()
{
    QFETCH(QString, url);
    RelaySettings relay;
    relay.matching = { QStringLiteral("to:@example.com") };
    QString error;
    QVERIFY2(parseRelayUrl(url, &relay, &error), qPrintable(error));
    QTEST(relay.host, "host");
    QTEST(int(relay.port), "port");
    QTEST(int(relay.security), "security");
    QTEST(relay.user, "user");
    QTEST(relay.password, "password");
    QTEST(relay.acceptBadCertificates, "insecure");
    QTEST(
        relay.mechanism ? QString::fromLatin1(saslMechanismName(*relay.mechanism)) : QString(), "mechanism");
    QCOMPARE(
        relay.matching, QStringList { QStringLiteral("to:@example.com") }); // the rules are not the URL's
}

void TestRelaySettings::refusesBadRelayUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("error");
    QTest::newRow("no host") << "smtp://:25"
                             << "is not a relay";
    QTest::newRow("scheme") << "http://mx.example.com"
                            << "smtp or smtps";
    QTest::newRow("unknown option") << "smtp://mx.example.com?tls"
                                    << "unknown relay option \"tls\"";
    QTest::newRow("starttls with smtps") << "smtps://mx.example.com?starttls"
                                         << "unknown relay option \"starttls\"";
    QTest::newRow("mechanism") << "smtp://mx.example.com?auth=NTLM"
                               << "unknown AUTH mechanism \"NTLM\"";
    QTest::newRow("path") << "smtp://mx.example.com/inbox"
                          << "is not a relay";
    QTest::newRow("port 0") << "smtp://mx.example.com:0"
                            << "is not a relay";
}

void TestRelaySettings::refusesBadRelayUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, error);
    RelaySettings relay;
    QString message;
    QVERIFY(!parseRelayUrl(url, &relay, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
    QVERIFY(!relay.isConfigured());
}

void TestRelaySettings::urlNeverShowsThePassword()
{
    RelaySettings relay;
    QString error;
    QVERIFY(parseRelayUrl(
        QStringLiteral("smtp://me:secret@mx.example.com:587?starttls&auth=PLAIN"), &relay, &error));
    QCOMPARE(relay.url(), QStringLiteral("smtp://me@mx.example.com:587?starttls&auth=PLAIN"));
}

void TestRelaySettings::roundTripsThroughJson()
{
    ServerSettings settings;
    settings.relay.host = QStringLiteral("mx.example.com");
    settings.relay.port = 2525;
    settings.relay.security = RelaySecurity::Tls;
    settings.relay.acceptBadCertificates = true;
    settings.relay.user = QStringLiteral("me");
    settings.relay.password = QStringLiteral("secret");
    settings.relay.mechanism = SaslMechanism::CramMd5;
    settings.relay.matching = { QStringLiteral("to:@example.com"), QStringLiteral("subject:\"Welcome\"") };
    ServerSettings read;
    QString error;
    QVERIFY2(ServerSettings::fromJson(settings.toJson(), &read, &error), qPrintable(error));
    QCOMPARE(read.relay, settings.relay);

    settings.relay.relayAll = true;
    settings.relay.matching.clear();
    const QJsonObject json = settings.toJson();
    QCOMPARE(json.value(QLatin1String("relay")).toObject().value(QLatin1String("matching")).toString(),
        QStringLiteral("all"));
    QVERIFY(ServerSettings::fromJson(json, &read, &error));
    QCOMPARE(read.relay, settings.relay);
    QVERIFY(read.relay.relaysAutomatically());
}

void TestRelaySettings::refusesBadJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("not an object") << QByteArray("{\"relay\": \"smtp://x\"}")
                                   << "\"relay\" must be an object";
    QTest::newRow("port") << QByteArray("{\"relay\": {\"host\": \"x\", \"port\": 70000}}") << "\"port\"";
    QTest::newRow("security") << QByteArray("{\"relay\": {\"host\": \"x\", \"security\": \"ssl\"}}")
                              << "\"security\"";
    QTest::newRow("mechanism") << QByteArray("{\"relay\": {\"host\": \"x\", \"mechanism\": \"NTLM\"}}")
                               << "\"mechanism\"";
    QTest::newRow("matching shape") << QByteArray("{\"relay\": {\"host\": \"x\", \"matching\": [1]}}")
                                    << "\"matching\"";
    QTest::newRow("matching without host")
        << QByteArray("{\"relay\": {\"matching\": \"all\"}}") << "needs a \"host\"";
}

void TestRelaySettings::refusesBadJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    ServerSettings settings;
    QString message;
    QVERIFY(!ServerSettings::fromJson(QJsonDocument::fromJson(json).object(), &settings, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestRelaySettings)
#include "tst_relaysettings.moc"
