// ApiServer over real sockets on 127.0.0.1 port 0: routes, status codes, JSON errors, auth, CORS.
#include "../store/storetesthelpers.h"
#include "http/apiserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

namespace Mailscope {

using StoreTest::add;
using StoreTest::message;

class TestApiServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsMessagesNewestFirst();
    void pagesWithStartAndLimit();
    void getsMessageAndMarksItRead();
    void latestNamesTheNewestMessage();
    void answersBadRequestsWithJsonErrors_data();
    void answersBadRequestsWithJsonErrors();
    void setsReadStatusByIdsAndForAll();
    void deletesByIdsBySearchAndAll();
    void servesRawHeadersAndViews();
    void showsSessionsWithTheirTranscript();
    void requiresCredentialsWhenConfigured();
    void sendsCorsHeadersOnlyWhenAllowed();
    void refusesLargeBodies();
    void cannotListenOnAPortInUse();

private:
    struct Reply {
        int status = 0;
        QByteArray body;
        QNetworkReply* raw = nullptr;
        [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        [[nodiscard]] QByteArray header(const char* name) const { return raw->rawHeader(name); }
    };
    Reply request(const QByteArray& verb, const QString& path, const QByteArray& body = {},
        const QList<std::pair<QByteArray, QByteArray>>& headers = {});
    void restart(const ApiSettings& settings);

    std::unique_ptr<MessageStore> m_store;
    std::unique_ptr<ApiServer> m_api;
    QNetworkAccessManager m_network;
    qint64 m_first = 0;
    qint64 m_second = 0;
};

void TestApiServer::init()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_store = std::make_unique<MessageStore>();
    QVERIFY(m_store->open(QStringLiteral(":memory:")));
    m_first = add(*m_store, message("first", "Alice <alice@example.com>", "bob@example.com", "one"));
    m_second = add(*m_store,
        message("second", "carol@example.com", "Bob <bob@example.com>", "two",
            "Message-ID: <two@example.com>\r\nX-Note: a\r\n b\r\n"),
        { QStringLiteral("bob@example.com"), QStringLiteral("hidden@example.com") });
    QVERIFY(m_first > 0 && m_second > m_first);
    ApiSettings settings;
    settings.port = 0;
    restart(settings);
}

void TestApiServer::cleanup()
{
    m_api.reset();
    m_store.reset();
}

void TestApiServer::restart(const ApiSettings& settings)
{
    m_api = std::make_unique<ApiServer>(m_store.get());
    m_api->setSettings(settings);
    QString error;
    QVERIFY2(m_api->listen(&error), qPrintable(error));
    QVERIFY(m_api->port() != 0);
}

TestApiServer::Reply TestApiServer::request(const QByteArray& verb, const QString& path,
    const QByteArray& body, const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request(QUrl(m_api->url() + path));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = m_network.sendCustomRequest(request, verb, body);
    reply->setParent(this);
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(5000);
    }
    return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply };
}

void TestApiServer::listsMessagesNewestFirst()
{
    const Reply reply = request("GET", QStringLiteral("/api/v1/messages"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArrayLiteral("application/json"));
    const QJsonObject list = reply.json();
    QCOMPARE(list.value(QLatin1String("total")).toInt(), 2);
    QCOMPARE(list.value(QLatin1String("unread")).toInt(), 2);
    QCOMPARE(list.value(QLatin1String("messages_count")).toInt(), 2);
    QCOMPARE(list.value(QLatin1String("start")).toInt(), 0);
    const QJsonArray messages = list.value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 2);
    const QJsonObject newest = messages.first().toObject();
    QCOMPARE(newest.value(QLatin1String("ID")).toString(), QString::number(m_second));
    QCOMPARE(newest.value(QLatin1String("Subject")).toString(), QStringLiteral("second"));
    QCOMPARE(newest.value(QLatin1String("MessageID")).toString(), QStringLiteral("two@example.com"));
    QCOMPARE(newest.value(QLatin1String("Read")).toBool(), false);
    QCOMPARE(newest.value(QLatin1String("To"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("Name"))
                 .toString(),
        QStringLiteral("Bob"));
    QCOMPARE(newest.value(QLatin1String("Bcc"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("Address"))
                 .toString(),
        QStringLiteral("hidden@example.com"));
}

void TestApiServer::pagesWithStartAndLimit()
{
    const QJsonObject page = request("GET", QStringLiteral("/api/v1/messages?start=1&limit=1")).json();
    QCOMPARE(page.value(QLatin1String("start")).toInt(), 1);
    QCOMPARE(page.value(QLatin1String("count")).toInt(), 1);
    QCOMPARE(page.value(QLatin1String("messages"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("Subject"))
                 .toString(),
        QStringLiteral("first"));
    const QJsonObject found
        = request("GET", QStringLiteral("/api/v1/search?query=from%3Aalice%40example.com")).json();
    QCOMPARE(found.value(QLatin1String("messages_count")).toInt(), 1);
    QCOMPARE(found.value(QLatin1String("total")).toInt(), 2);
}

void TestApiServer::getsMessageAndMarksItRead()
{
    const Reply reply = request("GET", QStringLiteral("/api/v1/message/%1").arg(m_first));
    QCOMPARE(reply.status, 200);
    const QJsonObject m = reply.json();
    QCOMPARE(m.value(QLatin1String("Subject")).toString(), QStringLiteral("first"));
    QCOMPARE(m.value(QLatin1String("Text")).toString().trimmed(), QStringLiteral("one"));
    QCOMPARE(m.value(QLatin1String("From")).toObject().value(QLatin1String("Address")).toString(),
        QStringLiteral("alice@example.com"));
    QCOMPARE(m.value(QLatin1String("ReturnPath")).toString(), QStringLiteral("bounce@example.org"));
    QVERIFY(m.value(QLatin1String("Attachments")).isArray());
    QVERIFY(m.value(QLatin1String("Inline")).isArray());
    QVERIFY(m_store->message(m_first)->isRead);
}

void TestApiServer::latestNamesTheNewestMessage()
{
    QCOMPARE(
        request("GET", QStringLiteral("/api/v1/message/latest")).json().value(QLatin1String("ID")).toString(),
        QString::number(m_second));
    QCOMPARE(request("GET", QStringLiteral("/api/v1/message/latest?query=subject%3Afirst"))
                 .json()
                 .value(QLatin1String("ID"))
                 .toString(),
        QString::number(m_first));
}

void TestApiServer::answersBadRequestsWithJsonErrors_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("id not a number") << QByteArray("GET") << "/api/v1/message/abc" << QByteArray() << 400;
    QTest::newRow("no such message") << QByteArray("GET") << "/api/v1/message/999" << QByteArray() << 404;
    QTest::newRow("no such message, raw")
        << QByteArray("GET") << "/api/v1/message/999/raw" << QByteArray() << 404;
    QTest::newRow("no such part") << QByteArray("GET") << "/api/v1/message/1/part/7" << QByteArray() << 404;
    QTest::newRow("part id not a path")
        << QByteArray("GET") << "/api/v1/message/1/part/x" << QByteArray() << 404;
    QTest::newRow("no html body") << QByteArray("GET") << "/view/1.html" << QByteArray() << 404;
    QTest::newRow("search without query") << QByteArray("GET") << "/api/v1/search" << QByteArray() << 400;
    QTest::newRow("bad start") << QByteArray("GET") << "/api/v1/messages?start=x" << QByteArray() << 400;
    QTest::newRow("negative limit") << QByteArray("GET") << "/api/v1/messages?limit=-5" << QByteArray()
                                    << 400;
    QTest::newRow("body not json") << QByteArray("PUT") << "/api/v1/messages" << QByteArray("{nope") << 400;
    QTest::newRow("bad ids") << QByteArray("DELETE") << "/api/v1/messages" << QByteArray("{\"IDs\":[\"x\"]}")
                             << 400;
    QTest::newRow("ids and search") << QByteArray("PUT") << "/api/v1/messages"
                                    << QByteArray("{\"IDs\":[\"1\"],\"Search\":\"a\"}") << 400;
    QTest::newRow("unknown route") << QByteArray("GET") << "/api/v1/nothing" << QByteArray() << 404;
    QTest::newRow("no server for settings")
        << QByteArray("GET") << "/api/mailscope/settings" << QByteArray() << 404;
    QTest::newRow("no such session") << QByteArray("GET") << "/api/mailscope/session/none" << QByteArray()
                                     << 404;
}

void TestApiServer::answersBadRequestsWithJsonErrors()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const Reply reply = request(verb, path, body);
    QCOMPARE(reply.status, status);
    QVERIFY2(!reply.json().value(QLatin1String("Error")).toString().isEmpty(), reply.body.constData());
    QCOMPARE(m_store->messageCount(), 2); // nothing was changed by a bad request
}

void TestApiServer::setsReadStatusByIdsAndForAll()
{
    QCOMPARE(request("PUT", QStringLiteral("/api/v1/messages"),
                 QStringLiteral("{\"IDs\":[\"%1\"],\"Read\":true}").arg(m_second).toUtf8())
                 .body,
        QByteArrayLiteral("ok"));
    QVERIFY(m_store->message(m_second)->isRead);
    QVERIFY(!m_store->message(m_first)->isRead);
    QCOMPARE(request("PUT", QStringLiteral("/api/v1/messages"), "{\"Read\":true}").status, 200);
    QCOMPARE(
        request("GET", QStringLiteral("/api/v1/messages")).json().value(QLatin1String("unread")).toInt(), 0);
    QCOMPARE(
        request("PUT", QStringLiteral("/api/v1/messages"), "{\"Search\":\"subject:first\"}").status, 200);
    QVERIFY(!m_store->message(m_first)->isRead);
    QVERIFY(m_store->message(m_second)->isRead);
}

void TestApiServer::deletesByIdsBySearchAndAll()
{
    QCOMPARE(request("DELETE", QStringLiteral("/api/v1/search?query=subject%3Afirst")).status, 200);
    QVERIFY(!m_store->message(m_first));
    const qint64 third = add(*m_store, message("third", "a@example.com", "b@example.com", "3"));
    QCOMPARE(request("DELETE", QStringLiteral("/api/v1/messages"),
                 QStringLiteral("{\"IDs\":[\"%1\"]}").arg(third).toUtf8())
                 .status,
        200);
    QCOMPARE(m_store->messageCount(), 1);
    QCOMPARE(request("DELETE", QStringLiteral("/api/v1/messages")).status, 200);
    QCOMPARE(m_store->messageCount(), 0);
    QCOMPARE(request("GET", QStringLiteral("/api/v1/message/latest")).status, 404);
}

void TestApiServer::servesRawHeadersAndViews()
{
    const Reply raw = request("GET", QStringLiteral("/api/v1/message/%1/raw?dl=1").arg(m_second));
    QCOMPARE(raw.status, 200);
    QCOMPARE(raw.body, m_store->raw(m_second));
    QVERIFY(raw.header("Content-Disposition").contains(QByteArray::number(m_second) + ".eml"));
    const QJsonObject headers
        = request("GET", QStringLiteral("/api/v1/message/%1/headers").arg(m_second)).json();
    QCOMPARE(headers.value(QLatin1String("Message-Id")).toArray().first().toString(),
        QStringLiteral("<two@example.com>"));
    QCOMPARE(headers.value(QLatin1String("X-Note")).toArray().first().toString(), QStringLiteral("a b"));
    const Reply text = request("GET", QStringLiteral("/view/%1.txt").arg(m_second));
    QCOMPARE(text.status, 200);
    QCOMPARE(text.body.trimmed(), QByteArrayLiteral("two"));
    QCOMPARE(request("GET", QStringLiteral("/livez")).status, 200);
    QCOMPARE(request("GET", QStringLiteral("/readyz")).status, 200);
    const QJsonObject info = request("GET", QStringLiteral("/api/v1/info")).json();
    QCOMPARE(info.value(QLatin1String("Messages")).toInt(), 2);
}

void TestApiServer::showsSessionsWithTheirTranscript()
{
    SessionInfo session;
    session.id = QStringLiteral("s1");
    session.started = QDateTime::currentDateTimeUtc();
    session.heloName = QStringLiteral("client.test");
    m_store->recordSession(session);
    m_store->appendTranscript(
        session.id, { session.started, TranscriptLine::Direction::Server, "220 hello" });
    m_store->appendTranscript(
        session.id, { session.started, TranscriptLine::Direction::Client, "EHLO client.test" });
    const QJsonArray sessions = request("GET", QStringLiteral("/api/mailscope/sessions"))
                                    .json()
                                    .value(QLatin1String("sessions"))
                                    .toArray();
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions.first().toObject().value(QLatin1String("messages")).toArray().size(), 2);
    const QJsonObject one = request("GET", QStringLiteral("/api/mailscope/session/s1")).json();
    QCOMPARE(one.value(QLatin1String("heloName")).toString(), QStringLiteral("client.test"));
    const QJsonArray transcript = one.value(QLatin1String("transcript")).toArray();
    QCOMPARE(transcript.size(), 2);
    QCOMPARE(
        transcript.at(1).toObject().value(QLatin1String("direction")).toString(), QStringLiteral("client"));
    QCOMPARE(transcript.at(1).toObject().value(QLatin1String("text")).toString(),
        QStringLiteral("EHLO client.test"));
    QVERIFY(!transcript.at(0).toObject().value(QLatin1String("time")).toString().isEmpty());
    const QJsonObject envelope
        = request("GET", QStringLiteral("/api/mailscope/message/%1/envelope").arg(m_second)).json();
    QCOMPARE(envelope.value(QLatin1String("mailFrom")).toString(), QStringLiteral("bounce@example.org"));
    QCOMPARE(envelope.value(QLatin1String("recipients")).toArray().size(), 2);
}

void TestApiServer::requiresCredentialsWhenConfigured()
{
    ApiSettings settings;
    settings.port = 0;
    settings.user = QStringLiteral("ci");
    settings.password = QStringLiteral("pw");
    restart(settings);
    const Reply denied = request("GET", QStringLiteral("/api/v1/messages"));
    QCOMPARE(denied.status, 401);
    QVERIFY(denied.header("WWW-Authenticate").startsWith("Basic"));
    QVERIFY(denied.json().contains(QLatin1String("Error")));
    QCOMPARE(request("DELETE", QStringLiteral("/api/v1/messages")).status, 401);
    QCOMPARE(m_store->messageCount(), 2);
    QCOMPARE(request("GET", QStringLiteral("/api/v1/messages"), {},
                 { { "Authorization", "Basic " + QByteArray("ci:pw").toBase64() } })
                 .status,
        200);
}

void TestApiServer::sendsCorsHeadersOnlyWhenAllowed()
{
    QVERIFY(request("GET", QStringLiteral("/api/v1/messages"), {}, { { "Origin", "http://evil.test" } })
                .header("Access-Control-Allow-Origin")
                .isEmpty());
    QCOMPARE(request("OPTIONS", QStringLiteral("/api/v1/messages")).status, 404);
    ApiSettings settings;
    settings.port = 0;
    settings.corsOrigin = QStringLiteral("http://app.test");
    restart(settings);
    QCOMPARE(request("GET", QStringLiteral("/api/v1/messages")).header("Access-Control-Allow-Origin"),
        QByteArrayLiteral("http://app.test"));
    const Reply preflight = request("OPTIONS", QStringLiteral("/api/v1/messages"));
    QCOMPARE(preflight.status, 204);
    QVERIFY(preflight.header("Access-Control-Allow-Headers").contains("Authorization"));
}

void TestApiServer::refusesLargeBodies()
{
    ApiSettings settings;
    settings.port = 0;
    settings.maxRequestBytes = 64;
    restart(settings);
    QCOMPARE(request("PUT", QStringLiteral("/api/v1/tags"),
                 QByteArray("{\"IDs\":[],\"Tags\":[\"") + QByteArray(100, 'a') + "\"]}")
                 .status,
        413);
}

void TestApiServer::cannotListenOnAPortInUse()
{
    ApiServer second(m_store.get());
    ApiSettings settings;
    settings.port = m_api->port();
    second.setSettings(settings);
    QString error;
    QVERIFY(!second.listen(&error));
    QVERIFY(error.contains(QString::number(m_api->port())));
    QVERIFY(!second.isListening());
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestApiServer)
#include "tst_apiserver.moc"
