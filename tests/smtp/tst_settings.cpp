// ServerSettings: JSON round trip and errors naming the bad key (listener URLs: tst_listenerurl).
#include "settings.h"

#include <QFile>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace Mailscope {

namespace {

// The first field where two settings differ, empty when they are the same.
QString difference(const ServerSettings &a, const ServerSettings &b)
{
    if (a.listeners != b.listeners) {
        QStringList x, y;
        for (const ListenerConfig &l : a.listeners)
            x << l.url();
        for (const ListenerConfig &l : b.listeners)
            y << l.url();
        return QStringLiteral("listeners: %1 vs %2").arg(x.join(u' '), y.join(u' '));
    }
#define MAILSCOPE_DIFF(field)                                                                                          \
    if (!(a.field == b.field))                                                                                         \
        return QStringLiteral(#field);
    MAILSCOPE_DIFF(hostName)
    MAILSCOPE_DIFF(banner)
    MAILSCOPE_DIFF(maxClients)
    MAILSCOPE_DIFF(maxMessageSize)
    MAILSCOPE_DIFF(maxRecipients)
    MAILSCOPE_DIFF(maxBadCommands)
    MAILSCOPE_DIFF(idleTimeoutSeconds)
    MAILSCOPE_DIFF(stopGraceSeconds)
    MAILSCOPE_DIFF(strictLineEndings)
    MAILSCOPE_DIFF(reverseDns)
    MAILSCOPE_DIFF(disabledCommands)
    MAILSCOPE_DIFF(extensions)
    MAILSCOPE_DIFF(store)
    MAILSCOPE_DIFF(retentionLimit)
    MAILSCOPE_DIFF(emlDir)
    MAILSCOPE_DIFF(tls)
    MAILSCOPE_DIFF(auth)
    MAILSCOPE_DIFF(xclient)
    MAILSCOPE_DIFF(xforward)
    MAILSCOPE_DIFF(rules)
    MAILSCOPE_DIFF(relay)
#undef MAILSCOPE_DIFF
    return {};
}

// Every field away from its default.
ServerSettings unusualSettings()
{
    ServerSettings s;
    s.listeners = {
        { Protocol::Smtp, QStringLiteral("0.0.0.0"), 2525 },
        { Protocol::Lmtp, QStringLiteral("::1"), 2424 },
        { Protocol::Smtp, QStringLiteral("127.0.0.1"), 0 },
        { Protocol::Smtp, QStringLiteral("127.0.0.1"), 465, true, true },
    };
    s.tls.startTls = StartTlsMode::Require;
    s.tls.certificateFile = QStringLiteral("/etc/ssl/mx.pem");
    s.tls.keyFile = QStringLiteral("/etc/ssl/mx.key");
    s.tls.sniCertificates = { { QStringLiteral("a.test"), QStringLiteral("/a.pem"), QStringLiteral("/a.key") } };
    s.tls.requestClientCertificate = true;
    s.tls.minimumVersion = QStringLiteral("1.3");
    s.tls.handshakeTimeoutSeconds = 3;
    s.auth.mode = AuthMode::Required;
    s.auth.mechanisms = { SaslMechanism::XOAuth2, SaslMechanism::CramMd5 };
    s.auth.users = { { QStringLiteral("alice"), QStringLiteral("s3cret") } };
    s.auth.allowInsecure = false;
    s.auth.maxFailures = 5;
    s.auth.revealPasswords = true;
    s.xclient = true;
    s.xforward = true;
    s.rules = RulePresets::greylist() + RulePresets::slowServer(250);
    s.relay.host = QStringLiteral("relay.example.net");
    s.relay.security = RelaySecurity::StartTls;
    s.relay.matching = { QStringLiteral("to:@example.com") };
    s.rules[0].field = Rule::Field::Header;
    s.rules[0].header = QStringLiteral("X-Test");
    s.hostName = QStringLiteral("mx.test.example");
    s.banner = QStringLiteral("Welcome \u00e0 Mailscope");
    s.maxClients = 5;
    s.maxMessageSize = 5'000'000'000; // over 32 bits
    s.maxRecipients = 7;
    s.maxBadCommands = 3;
    s.idleTimeoutSeconds = 120;
    s.stopGraceSeconds = 0;
    s.strictLineEndings = true;
    s.reverseDns = false;
    s.disabledCommands = { QStringLiteral("VRFY"), QStringLiteral("EXPN"), QStringLiteral("HELP") };
    s.setMode(Extension::Pipelining, ExtensionMode::Hidden);
    s.setMode(Extension::EightBitMime, ExtensionMode::Off);
    s.setMode(Extension::SmtpUtf8, ExtensionMode::Hidden);
    s.setMode(Extension::Size, ExtensionMode::On);
    s.setMode(Extension::Chunking, ExtensionMode::Off);
    s.setMode(Extension::EnhancedStatusCodes, ExtensionMode::On);
    s.setMode(Extension::Dsn, ExtensionMode::Hidden);
    s.store = QStringLiteral("/var/tmp/mailscope-store");
    s.retentionLimit = 100;
    s.emlDir = QStringLiteral("/var/tmp/eml");
    return s;
}

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("bad JSON in the test itself: %s", json.constData());
    return doc.object();
}

} // namespace

class TestSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultsSurviveRoundTrip();
    void everyFieldSurvivesRoundTrip();
    void everyFieldSurvivesRoundTripThroughText();
    void writesDocumentedKeysAndValues();
    void keepsCurrentValuesForMissingKeys();
    void ignoresUnknownKeys();
    void readsExtensionModesInAnyCase();
    void upperCasesDisabledCommands();
    void rejectsBadValueNamingTheKey_data();
    void rejectsBadValueNamingTheKey();
    void rejectsBadListenerNamingKeyAndAddress_data();
    void rejectsBadListenerNamingKeyAndAddress();
    void savesAndLoadsAFile();
    void loadReportsPathAndProblem();
    void namesExtensions();
    void tellsEnabledFromAdvertised();
    void matchesDisabledCommandsInAnyCase();
    void fallsBackToMachineHostName();
};

void TestSettings::defaultsSurviveRoundTrip()
{
    const ServerSettings original;
    ServerSettings read = unusualSettings();
    QString error;
    QVERIFY2(ServerSettings::fromJson(original.toJson(), &read, &error), qPrintable(error));
    const QString diff = difference(original, read);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestSettings::everyFieldSurvivesRoundTrip()
{
    const ServerSettings original = unusualSettings();
    QVERIFY(!difference(original, ServerSettings()).isEmpty());
    ServerSettings read;
    QString error;
    QVERIFY2(ServerSettings::fromJson(original.toJson(), &read, &error), qPrintable(error));
    const QString diff = difference(original, read);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestSettings::everyFieldSurvivesRoundTripThroughText()
{
    const ServerSettings original = unusualSettings();
    const QByteArray text = QJsonDocument(original.toJson()).toJson(QJsonDocument::Compact);
    ServerSettings read;
    QString error;
    QVERIFY2(ServerSettings::fromJson(parse(text), &read, &error), qPrintable(error));
    const QString diff = difference(original, read);
    QVERIFY2(diff.isEmpty(), qPrintable(diff + u' ' + QString::fromUtf8(text)));
}

void TestSettings::writesDocumentedKeysAndValues()
{
    const QJsonObject json = unusualSettings().toJson();
    const QStringList expectedKeys { "listeners", "hostName", "banner", "maxClients", "maxMessageSize",
        "maxRecipients", "maxBadCommands", "idleTimeoutSeconds", "stopGraceSeconds", "strictLineEndings", "reverseDns",
        "disabledCommands", "extensions", "store", "retentionLimit", "emlDir", "tls", "auth", "xclient", "xforward", "rules", "relay" };
    QStringList keys = json.keys();
    keys.sort();
    QStringList sortedExpected = expectedKeys;
    sortedExpected.sort();
    QCOMPARE(keys, sortedExpected);

    QCOMPARE(json.value("listeners").toArray(),
        QJsonArray({ "smtp://0.0.0.0:2525", "lmtp://[::1]:2424", "smtp://127.0.0.1:0", "smtps://127.0.0.1:465?proxy" }));
    const QJsonObject tls = json.value("tls").toObject();
    QCOMPARE(tls.value("startTls").toString(), QStringLiteral("require"));
    QCOMPARE(tls.value("minimumVersion").toString(), QStringLiteral("1.3"));
    QCOMPARE(tls.value("sni").toArray().at(0).toObject().value("host").toString(), QStringLiteral("a.test"));
    const QJsonObject auth = json.value("auth").toObject();
    QCOMPARE(auth.value("mode").toString(), QStringLiteral("required"));
    QCOMPARE(auth.value("mechanisms").toArray(), QJsonArray({ "XOAUTH2", "CRAM-MD5" }));
    QCOMPARE(auth.value("users").toArray().at(0).toObject().value("password").toString(), QStringLiteral("s3cret"));
    QCOMPARE(json.value("maxMessageSize").toInteger(), qint64(5'000'000'000));
    QCOMPARE(json.value("strictLineEndings"), QJsonValue(true));
    QCOMPARE(json.value("disabledCommands").toArray(), QJsonArray({ "VRFY", "EXPN", "HELP" }));
    const QJsonObject ext = json.value("extensions").toObject();
    QCOMPARE(ext.size(), ExtensionCount);
    QCOMPARE(ext.value("pipelining").toString(), QStringLiteral("hidden"));
    QCOMPARE(ext.value("8bitmime").toString(), QStringLiteral("off"));
    QCOMPARE(ext.value("smtputf8").toString(), QStringLiteral("hidden"));
    QCOMPARE(ext.value("size").toString(), QStringLiteral("on"));
    QCOMPARE(ext.value("chunking").toString(), QStringLiteral("off"));
    QCOMPARE(ext.value("enhancedstatuscodes").toString(), QStringLiteral("on"));
    QCOMPARE(ext.value("dsn").toString(), QStringLiteral("hidden"));
}

void TestSettings::keepsCurrentValuesForMissingKeys()
{
    ServerSettings read;
    QString error;
    QVERIFY2(ServerSettings::fromJson(parse(R"({"banner": "Only this"})"), &read, &error), qPrintable(error));
    ServerSettings expected;
    expected.banner = QStringLiteral("Only this");
    QCOMPARE(difference(expected, read), QString());

    // Reading over non-default settings changes only what the JSON holds.
    read = unusualSettings();
    QVERIFY2(ServerSettings::fromJson(parse(R"({"maxClients": 9, "extensions": {"dsn": "off"}})"), &read, &error),
        qPrintable(error));
    expected = unusualSettings();
    expected.maxClients = 9;
    expected.setMode(Extension::Dsn, ExtensionMode::Off);
    QCOMPARE(difference(expected, read), QString());

    read = unusualSettings();
    QVERIFY(ServerSettings::fromJson(QJsonObject(), &read, &error));
    QCOMPARE(difference(unusualSettings(), read), QString());
}

void TestSettings::ignoresUnknownKeys()
{
    ServerSettings read;
    QString error;
    QVERIFY2(ServerSettings::fromJson(parse(R"({"fromTheFuture": {"x": 1}, "maxClients": 3})"), &read, &error),
        qPrintable(error));
    QCOMPARE(read.maxClients, 3);
}

void TestSettings::readsExtensionModesInAnyCase()
{
    ServerSettings read;
    QString error;
    QVERIFY2(ServerSettings::fromJson(parse(R"({"extensions": {"PIPELINING": "Hidden", "Dsn": "OFF"}})"), &read,
                 &error),
        qPrintable(error));
    QCOMPARE(int(read.mode(Extension::Pipelining)), int(ExtensionMode::Hidden));
    QCOMPARE(int(read.mode(Extension::Dsn)), int(ExtensionMode::Off));
    QCOMPARE(int(read.mode(Extension::Size)), int(ExtensionMode::On));
}

void TestSettings::upperCasesDisabledCommands()
{
    ServerSettings read;
    QString error;
    QVERIFY2(ServerSettings::fromJson(parse(R"({"disabledCommands": ["vrfy", "Help"]})"), &read, &error),
        qPrintable(error));
    QCOMPARE(read.disabledCommands, QStringList({ "VRFY", "HELP" }));
    QVERIFY(ServerSettings::fromJson(parse(R"({"disabledCommands": []})"), &read, &error));
    QVERIFY(read.disabledCommands.isEmpty());
}

void TestSettings::rejectsBadValueNamingTheKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");

    auto row = [](const char *name, const char *json, const char *key) {
        QTest::newRow(name) << QByteArray(json) << QString::fromLatin1(key);
    };
    row("maxClients as string", R"({"maxClients": "10"})", "maxClients");
    row("tls not an object", R"({"tls": "on"})", "tls");
    row("unknown STARTTLS mode", R"({"tls": {"startTls": "maybe"}})", "startTls");
    row("unknown TLS version", R"({"tls": {"minimumVersion": "1.4"}})", "minimumVersion");
    row("handshake timeout zero", R"({"tls": {"handshakeTimeoutSeconds": 0}})", "handshakeTimeoutSeconds");
    row("SNI entry without key", R"({"tls": {"sni": [{"host": "a", "certificate": "b"}]}})", "sni");
    row("unknown AUTH mode", R"({"auth": {"mode": "sometimes"}})", "mode");
    row("unknown mechanism", R"({"auth": {"mechanisms": ["PLAIN", "NTLM"]}})", "mechanisms");
    row("mechanisms not an array", R"({"auth": {"mechanisms": "PLAIN"}})", "mechanisms");
    row("user without password", R"({"auth": {"users": [{"name": "a"}]}})", "users");
    row("xclient not boolean", R"({"xclient": 1})", "xclient");
    row("rules not an array", R"({"rules": {}})", "rules");
    row("rule with unknown stage", R"({"rules": [{"stage": "later"}]})", "rules");
    row("maxClients negative", R"({"maxClients": -1})", "maxClients");
    row("maxClients fractional", R"({"maxClients": 1.5})", "maxClients");
    row("maxClients boolean", R"({"maxClients": true})", "maxClients");
    row("maxClients null", R"({"maxClients": null})", "maxClients");
    row("maxRecipients zero", R"({"maxRecipients": 0})", "maxRecipients");
    row("maxRecipients beyond int", R"({"maxRecipients": 3000000000})", "maxRecipients");
    row("maxClients beyond int", R"({"maxClients": 1e12})", "maxClients");
    row("maxBadCommands zero", R"({"maxBadCommands": 0})", "maxBadCommands");
    row("idleTimeoutSeconds zero", R"({"idleTimeoutSeconds": 0})", "idleTimeoutSeconds");
    row("idleTimeoutSeconds as string", R"({"idleTimeoutSeconds": "60"})", "idleTimeoutSeconds");
    row("stopGraceSeconds negative", R"({"stopGraceSeconds": -1})", "stopGraceSeconds");
    row("retentionLimit negative", R"({"retentionLimit": -5})", "retentionLimit");
    row("maxMessageSize negative", R"({"maxMessageSize": -1})", "maxMessageSize");
    row("maxMessageSize as string", R"({"maxMessageSize": "10MB"})", "maxMessageSize");
    row("maxMessageSize fractional", R"({"maxMessageSize": 1.5})", "maxMessageSize");
    row("strictLineEndings as string", R"({"strictLineEndings": "yes"})", "strictLineEndings");
    row("strictLineEndings as number", R"({"strictLineEndings": 1})", "strictLineEndings");
    row("reverseDns as string", R"({"reverseDns": "true"})", "reverseDns");
    row("hostName as number", R"({"hostName": 5})", "hostName");
    row("banner null", R"({"banner": null})", "banner");
    row("store as number", R"({"store": 1})", "store");
    row("emlDir as array", R"({"emlDir": []})", "emlDir");
    row("listeners as string", R"({"listeners": "smtp://127.0.0.1:1025"})", "listeners");
    row("listeners holding a number", R"({"listeners": [25]})", "listeners");
    row("disabledCommands as string", R"({"disabledCommands": "EXPN"})", "disabledCommands");
    row("disabledCommands holding a number", R"({"disabledCommands": [42]})", "disabledCommands");
    row("extensions as array", R"({"extensions": ["pipelining"]})", "extensions");
    row("extension mode unknown", R"({"extensions": {"pipelining": "maybe"}})", "pipelining");
    row("extension mode boolean", R"({"extensions": {"chunking": true}})", "chunking");
    row("extension unknown", R"({"extensions": {"teleport": "on"}})", "teleport");
}

void TestSettings::rejectsBadValueNamingTheKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);

    ServerSettings read;
    QString error;
    QVERIFY2(!ServerSettings::fromJson(parse(json), &read, &error),
        qPrintable(QStringLiteral("accepted; %1 maxRecipients=%2 maxClients=%3 commands=%4")
                       .arg(QString::fromUtf8(json))
                       .arg(read.maxRecipients)
                       .arg(read.maxClients)
                       .arg(read.disabledCommands.join(u','))));
    QVERIFY2(error.contains(key), qPrintable(error));
}

void TestSettings::rejectsBadListenerNamingKeyAndAddress_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("unknown protocol") << QStringLiteral("ftp://127.0.0.1:21");
    QTest::newRow("no port") << QStringLiteral("smtp://127.0.0.1");
    QTest::newRow("not a URL") << QStringLiteral("localhost");
}

void TestSettings::rejectsBadListenerNamingKeyAndAddress()
{
    QFETCH(QString, url);
    const QJsonObject json { { QStringLiteral("listeners"), QJsonArray { QStringLiteral("smtp://127.0.0.1:1025"), url } } };
    ServerSettings read;
    QString error;
    QVERIFY(!ServerSettings::fromJson(json, &read, &error));
    QVERIFY2(error.contains(url), qPrintable(error));
    // settings.h: "false with a message naming the bad key".
    QVERIFY2(error.contains(QLatin1String("listeners")), qPrintable(error));
}

void TestSettings::savesAndLoadsAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.json"));
    const ServerSettings original = unusualSettings();
    QString error;
    QVERIFY2(original.save(path, &error), qPrintable(error));
    ServerSettings read;
    QVERIFY2(ServerSettings::load(path, &read, &error), qPrintable(error));
    QCOMPARE(difference(original, read), QString());
}

void TestSettings::loadReportsPathAndProblem()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ServerSettings read;
    QString error;

    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    QVERIFY(!ServerSettings::load(missing, &read, &error));
    QVERIFY2(error.contains(missing), qPrintable(error));

    auto write = [&](const char *name, const QByteArray &content) {
        const QString path = dir.filePath(QLatin1String(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    };
    const QString broken = write("broken.json", "{\"maxClients\": ");
    error.clear();
    QVERIFY(!ServerSettings::load(broken, &read, &error));
    QVERIFY2(error.contains(broken), qPrintable(error));

    const QString array = write("array.json", "[1, 2]");
    error.clear();
    QVERIFY(!ServerSettings::load(array, &read, &error));
    QVERIFY2(error.contains(array), qPrintable(error));

    const QString badKey = write("badkey.json", "{\"maxBadCommands\": \"many\"}");
    error.clear();
    QVERIFY(!ServerSettings::load(badKey, &read, &error));
    QVERIFY2(error.contains(badKey) && error.contains(QLatin1String("maxBadCommands")), qPrintable(error));
}

void TestSettings::namesExtensions()
{
    const QStringList expected { "pipelining", "8bitmime", "smtputf8", "size", "chunking", "enhancedstatuscodes",
        "dsn" };
    QCOMPARE(ExtensionCount, int(expected.size()));
    QCOMPARE(extensionKey(Extension::Pipelining), QStringLiteral("pipelining"));
    QCOMPARE(extensionKey(Extension::EightBitMime), QStringLiteral("8bitmime"));
    QCOMPARE(extensionKey(Extension::SmtpUtf8), QStringLiteral("smtputf8"));
    QCOMPARE(extensionKey(Extension::Size), QStringLiteral("size"));
    QCOMPARE(extensionKey(Extension::Chunking), QStringLiteral("chunking"));
    QCOMPARE(extensionKey(Extension::EnhancedStatusCodes), QStringLiteral("enhancedstatuscodes"));
    QCOMPARE(extensionKey(Extension::Dsn), QStringLiteral("dsn"));
    QStringList all;
    for (int i = 0; i < ExtensionCount; ++i)
        all << extensionKey(Extension(i));
    QCOMPARE(all, expected);
}

void TestSettings::tellsEnabledFromAdvertised()
{
    ServerSettings s;
    for (int i = 0; i < ExtensionCount; ++i) {
        QVERIFY(s.isEnabled(Extension(i)));
        QVERIFY(s.isAdvertised(Extension(i)));
    }
    s.setMode(Extension::Dsn, ExtensionMode::Hidden);
    QVERIFY(s.isEnabled(Extension::Dsn));
    QVERIFY(!s.isAdvertised(Extension::Dsn));
    s.setMode(Extension::Dsn, ExtensionMode::Off);
    QVERIFY(!s.isEnabled(Extension::Dsn));
    QVERIFY(!s.isAdvertised(Extension::Dsn));
    QVERIFY(s.isEnabled(Extension::Size)); // the others untouched
}

void TestSettings::matchesDisabledCommandsInAnyCase()
{
    ServerSettings s;
    QVERIFY(s.isCommandDisabled("EXPN"));
    QVERIFY(s.isCommandDisabled("expn"));
    QVERIFY(!s.isCommandDisabled("VRFY"));
    QVERIFY(!s.isCommandDisabled("EXP"));
    QVERIFY(!s.isCommandDisabled("EXPNX"));
    s.disabledCommands = { QStringLiteral("VRFY") };
    QVERIFY(s.isCommandDisabled("Vrfy"));
    QVERIFY(!s.isCommandDisabled("EXPN"));
}

void TestSettings::fallsBackToMachineHostName()
{
    ServerSettings s;
    QCOMPARE(s.effectiveHostName(), QHostInfo::localHostName());
    s.hostName = QStringLiteral("mx.example");
    QCOMPARE(s.effectiveHostName(), QStringLiteral("mx.example"));
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestSettings)
#include "tst_settings.moc"
