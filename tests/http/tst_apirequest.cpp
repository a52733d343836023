// ApiRequest: query values, IDs, tag names and credentials, as the API reads them.
#include "http/apirequest.h"
#include "http/apisettings.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QTest>

namespace Mailscope {

class TestApiRequest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsFormEncodedValues_data();
    void readsFormEncodedValues();
    void acceptsOnlyPositiveNumbersAsIds_data();
    void acceptsOnlyPositiveNumbersAsIds();
    void readsIdArrays();
    void cleansTagNames();
    void checksCredentials_data();
    void checksCredentials();
    void parsesApiAddresses_data();
    void parsesApiAddresses();
};

void TestApiRequest::readsFormEncodedValues_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("present");
    QTest::addColumn<QString>("value");
    QTest::newRow("plus is a space") << QByteArray("query=subject%3A%22a+b%22") << "query" << true
                                     << "subject:\"a b\"";
    QTest::newRow("utf-8") << QByteArray("q=caf%C3%A9") << "q" << true << QString::fromUtf8("café");
    QTest::newRow("second") << QByteArray("start=5&limit=10") << "limit" << true << "10";
    QTest::newRow("no value") << QByteArray("dl") << "dl" << true << "";
    QTest::newRow("absent") << QByteArray("start=5") << "limit" << false << "";
    QTest::newRow("empty query") << QByteArray() << "query" << false << "";
}

void TestApiRequest::readsFormEncodedValues()
{
    QFETCH(QByteArray, query);
    QFETCH(QString, name);
    QFETCH(bool, present);
    QFETCH(QString, value);
    const std::optional<QString> result = ApiRequest::formValue(query, name);
    QCOMPARE(result.has_value(), present);
    if (present)
        QCOMPARE(*result, value);
}

void TestApiRequest::acceptsOnlyPositiveNumbersAsIds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("id");
    QTest::newRow("number") << "42" << qint64(42);
    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("negative") << "-1" << qint64(0);
    QTest::newRow("word") << "latest" << qint64(0);
    QTest::newRow("mailpit id") << "4oRBnPtCXgAqZniRhzLNmS" << qint64(0);
    QTest::newRow("spaces") << " 4" << qint64(0);
    QTest::newRow("too long") << "12345678901234567890" << qint64(0);
}

void TestApiRequest::acceptsOnlyPositiveNumbersAsIds()
{
    QFETCH(QString, text);
    QFETCH(qint64, id);
    QCOMPARE(ApiRequest::parseMessageId(text).value_or(0), id);
}

void TestApiRequest::readsIdArrays()
{
    QList<qint64> ids;
    QString error;
    QVERIFY(ApiRequest::readIds(QJsonArray { QStringLiteral("3"), 5 }, &ids, &error));
    QCOMPARE(ids, (QList<qint64> { 3, 5 }));
    QVERIFY(ApiRequest::readIds(QJsonValue(QJsonValue::Undefined), &ids, &error));
    QVERIFY(ids.isEmpty());
    QVERIFY(!ApiRequest::readIds(QJsonArray { QStringLiteral("x") }, &ids, &error));
    QVERIFY(error.contains(QLatin1String("x")));
    QVERIFY(!ApiRequest::readIds(QJsonValue(QStringLiteral("3")), &ids, &error));
}

void TestApiRequest::cleansTagNames()
{
    QCOMPARE(ApiRequest::cleanTagName(QStringLiteral("  release-1.2 _x ")), QStringLiteral("release-1.2 _x"));
    QCOMPARE(ApiRequest::cleanTagName(QStringLiteral("a/b<c>")), QStringLiteral("abc"));
    QCOMPARE(ApiRequest::cleanTagName(QStringLiteral("!!")), QString());
}

void TestApiRequest::checksCredentials_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<bool>("allowed");
    const QByteArray basic = "Basic " + QByteArray("ci:s3cret:x").toBase64();
    QTest::newRow("no auth configured") << ""
                                        << "" << QByteArray() << true;
    QTest::newRow("basic, right") << "ci"
                                  << "" << basic << true;
    QTest::newRow("basic, missing") << "ci"
                                    << "" << QByteArray() << false;
    QTest::newRow("basic, wrong password") << "ci"
                                           << "" << ("Basic " + QByteArray("ci:nope").toBase64()) << false;
    QTest::newRow("basic, wrong user") << "ci"
                                       << "" << ("Basic " + QByteArray("cx:s3cret:x").toBase64()) << false;
    QTest::newRow("basic, not base64") << "ci"
                                       << "" << QByteArray("Basic !!!") << false;
    QTest::newRow("bearer, right") << ""
                                   << "tok" << QByteArray("Bearer tok") << true;
    QTest::newRow("bearer, lower-case scheme") << ""
                                               << "tok" << QByteArray("bearer tok") << true;
    QTest::newRow("bearer, wrong") << ""
                                   << "tok" << QByteArray("Bearer tok2") << false;
    QTest::newRow("bearer when only basic is set") << "ci"
                                                   << "" << QByteArray("Bearer s3cret:x") << false;
    QTest::newRow("either, basic") << "ci"
                                   << "tok" << basic << true;
    QTest::newRow("either, bearer") << "ci"
                                    << "tok" << QByteArray("Bearer tok") << true;
}

void TestApiRequest::checksCredentials()
{
    QFETCH(QString, user);
    QFETCH(QString, token);
    QFETCH(QByteArray, authorization);
    QFETCH(bool, allowed);
    ApiSettings settings;
    settings.user = user;
    settings.password = QStringLiteral("s3cret:x");
    settings.token = token;
    QCOMPARE(ApiRequest::isAuthorized(authorization, settings), allowed);
}

void TestApiRequest::parsesApiAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("ipv4") << "127.0.0.1:8025" << true << "127.0.0.1" << 8025 << true;
    QTest::newRow("ipv6") << "[::1]:0" << true << "::1" << 0 << true;
    QTest::newRow("localhost") << "localhost:9000" << true << "localhost" << 9000 << true;
    QTest::newRow("everywhere") << "0.0.0.0:8025" << true << "0.0.0.0" << 8025 << false;
    QTest::newRow("no port") << "127.0.0.1" << false << "" << 0 << false;
    QTest::newRow("bad port") << "127.0.0.1:70000" << false << "" << 0 << false;
    QTest::newRow("host name") << "example.com:80" << false << "" << 0 << false;
}

void TestApiRequest::parsesApiAddresses()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, loopback);
    ApiSettings settings;
    QString error;
    QCOMPARE(parseApiAddress(text, &settings, &error), ok);
    if (!ok) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(settings.host, host);
    QCOMPARE(int(settings.port), port);
    QCOMPARE(settings.isLoopback(), loopback);
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestApiRequest)
#include "tst_apirequest.moc"
