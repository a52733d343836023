// /api/events over real sockets: a QWebSocket client of a real ApiServer on 127.0.0.1 port 0.
#include "../store/storetesthelpers.h"
#include "http/apievents.h"
#include "http/apiserver.h"
#include "smtp/smtpserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

namespace Mailscope {

using StoreTest::add;
using StoreTest::message;

// A client that keeps every frame it gets.
class EventClient : public QObject {
public:
    explicit EventClient(const QString& origin = {})
        : socket(origin)
    {
        socket.setProxy(QNetworkProxy::NoProxy);
        connect(&socket, &QWebSocket::textMessageReceived, this,
            [this](const QString& text) { frames.append(QJsonDocument::fromJson(text.toUtf8()).object()); });
    }
    [[nodiscard]] QList<QJsonObject> ofType(const QString& type) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject& frame : frames)
            if (frame.value(QLatin1String("Type")).toString() == type)
                out.append(frame.value(QLatin1String("Data")).toObject());
        return out;
    }
    // A field of the last "stats" frame; -1 before the first.
    [[nodiscard]] int lastStats(const char* field) const
    {
        const QList<QJsonObject> stats = ofType(QStringLiteral("stats"));
        return stats.isEmpty() ? -1 : stats.last().value(QLatin1String(field)).toInt();
    }
    [[nodiscard]] QStringList types() const
    {
        QStringList out;
        for (const QJsonObject& frame : frames)
            out << frame.value(QLatin1String("Type")).toString();
        return out;
    }
    QWebSocket socket;
    QList<QJsonObject> frames;
};

// What arrives on `socket` until it holds `end` (or 5 s passed), with the event loop running:
// the server answering it lives in this thread.
QByteArray readUntil(QTcpSocket& socket, const QByteArray& end)
{
    QByteArray data;
    QElapsedTimer clock;
    clock.start();
    while (!data.contains(end) && clock.elapsed() < 5000) {
        QTest::qWait(5);
        data += socket.readAll();
    }
    return data;
}

class TestApiEvents : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sendsNewMessagesWithTheirSummary();
    void coalescesStatsDuringAFlood();
    void sendsUpdatesForReadStateAndTags();
    void sendsDeletesAndOneTruncateForAll();
    void sendsOnePruneForManyDeletes();
    void refusesOtherPathsBeforeUpgrading();
    void requiresCredentialsWhenConfigured();
    void refusesForeignPages();
    void answersPlainRequestsWithAnError();
    void refusal_data();
    void refusal();
    void closesClientsThatDoNotRead();
    void followsSmtpSessions();

private:
    void start(const ApiSettings& settings, SmtpServer* server = nullptr);
    [[nodiscard]] QUrl eventsUrl(const QString& path = QStringLiteral("/api/events")) const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(m_api->port()).arg(path));
    }
    void open(EventClient& client, const QNetworkRequest& request);
    // What the server answers a WebSocket handshake for `path` (status line and headers).
    QByteArray handshake(const QByteArray& path, const QByteArray& extraHeaders = {});

    std::unique_ptr<MessageStore> m_store;
    std::unique_ptr<ApiServer> m_api;
};

void TestApiEvents::init()
{
    m_store = std::make_unique<MessageStore>();
    QVERIFY(m_store->open(QStringLiteral(":memory:")));
    ApiSettings settings;
    settings.port = 0;
    start(settings);
}

void TestApiEvents::cleanup()
{
    m_api.reset();
    m_store.reset();
}

void TestApiEvents::start(const ApiSettings& settings, SmtpServer* server)
{
    m_api.reset();
    m_api = std::make_unique<ApiServer>(m_store.get(), server);
    m_api->setSettings(settings);
    QString error;
    QVERIFY2(m_api->listen(&error), qPrintable(error));
}

void TestApiEvents::open(EventClient& client, const QNetworkRequest& request)
{
    QSignalSpy accepted(m_api->events(), &ApiEvents::clientAccepted);
    client.socket.open(request);
    QVERIFY(accepted.wait(5000));
    QTRY_COMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
}

QByteArray TestApiEvents::handshake(const QByteArray& path, const QByteArray& extraHeaders)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_api->port());
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_api->port())
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
          "Sec-WebSocket-Version: 13\r\n"
        + extraHeaders + "\r\n");
    return readUntil(socket, "\r\n\r\n");
}

void TestApiEvents::sendsNewMessagesWithTheirSummary()
{
    EventClient client;
    open(client, QNetworkRequest(eventsUrl()));
    const qint64 id = add(*m_store, message("hello", "Alice <alice@example.com>", "bob@example.com", "body"));
    QTRY_COMPARE(client.ofType(QStringLiteral("new")).size(), 1);
    const QJsonObject summary = client.ofType(QStringLiteral("new")).first();
    QCOMPARE(summary.value(QLatin1String("ID")).toString(), QString::number(id));
    QCOMPARE(summary.value(QLatin1String("Subject")).toString(), QStringLiteral("hello"));
    QCOMPARE(summary.value(QLatin1String("From")).toObject().value(QLatin1String("Address")).toString(),
        QStringLiteral("alice@example.com"));
    QCOMPARE(summary.value(QLatin1String("Read")).toBool(true), false);
    QTRY_COMPARE(client.ofType(QStringLiteral("stats")).size(), 1);
    const QJsonObject stats = client.ofType(QStringLiteral("stats")).first();
    QCOMPARE(stats.value(QLatin1String("Total")).toInt(), 1);
    QCOMPARE(stats.value(QLatin1String("Unread")).toInt(), 1);
    QVERIFY(stats.contains(QLatin1String("Version")));
}

void TestApiEvents::coalescesStatsDuringAFlood()
{
    EventClient client;
    open(client, QNetworkRequest(eventsUrl()));
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 300; ++i) {
        add(*m_store, message("flood", "a@example.com", "b@example.com", QByteArray::number(i)));
        QCoreApplication::processEvents();
    }
    const qint64 elapsed = clock.elapsed();
    QTRY_COMPARE(client.ofType(QStringLiteral("new")).size(), 300);
    QTRY_COMPARE(client.lastStats("Total"), 300);
    // At most one stats frame per interval (and one more for the last change).
    const qsizetype stats = client.ofType(QStringLiteral("stats")).size();
    QVERIFY2(stats <= elapsed / ApiEvents::CoalesceMs + 2,
        qPrintable(QStringLiteral("%1 stats frames in %2 ms").arg(stats).arg(elapsed)));
}

void TestApiEvents::sendsUpdatesForReadStateAndTags()
{
    const qint64 id = add(*m_store, message("tagged", "a@example.com", "b@example.com", "x"));
    EventClient client;
    open(client, QNetworkRequest(eventsUrl()));
    QVERIFY(m_store->setRead(id, true));
    QVERIFY(m_store->setTags(id, { QStringLiteral("Urgent") }));
    QTRY_COMPARE(client.ofType(QStringLiteral("update")).size(), 2);
    const QJsonObject last = client.ofType(QStringLiteral("update")).last();
    QCOMPARE(last.value(QLatin1String("ID")).toString(), QString::number(id));
    QCOMPARE(last.value(QLatin1String("Read")).toBool(), true);
    QCOMPARE(last.value(QLatin1String("Tags")).toArray(), QJsonArray { QStringLiteral("Urgent") });
    QTRY_COMPARE(client.lastStats("Unread"), 0);
}

void TestApiEvents::sendsDeletesAndOneTruncateForAll()
{
    const qint64 first = add(*m_store, message("one", "a@example.com", "b@example.com", "1"));
    add(*m_store, message("two", "a@example.com", "b@example.com", "2"));
    add(*m_store, message("three", "a@example.com", "b@example.com", "3"));
    EventClient client;
    open(client, QNetworkRequest(eventsUrl()));
    QVERIFY(m_store->removeMessage(first));
    QTRY_COMPARE(client.ofType(QStringLiteral("delete")).size(), 1);
    QCOMPARE(client.ofType(QStringLiteral("delete")).first().value(QLatin1String("ID")).toString(),
        QString::number(first));
    m_store->removeAllMessages();
    QTRY_COMPARE(client.types().count(QStringLiteral("truncate")), 1);
    QTest::qWait(ApiEvents::CoalesceMs * 2);
    QCOMPARE(client.ofType(QStringLiteral("delete")).size(), 1); // the clear is one frame, not two deletes
    QCOMPARE(client.lastStats("Total"), 0);
}

void TestApiEvents::sendsOnePruneForManyDeletes()
{
    QList<qint64> ids;
    for (int i = 0; i <= ApiEvents::PruneThreshold; ++i)
        ids << add(*m_store, message("many", "a@example.com", "b@example.com", QByteArray::number(i)));
    EventClient client;
    open(client, QNetworkRequest(eventsUrl()));
    for (const qint64 id : ids)
        QVERIFY(m_store->removeMessage(id));
    QTRY_COMPARE(client.types().count(QStringLiteral("prune")), 1);
    QCOMPARE(client.ofType(QStringLiteral("delete")).size(), 0);
}

void TestApiEvents::refusesOtherPathsBeforeUpgrading()
{
    QVERIFY(handshake("/api/events").startsWith("HTTP/1.1 101"));
    const QByteArray answer = handshake("/api/other");
    QVERIFY2(answer.startsWith("HTTP/1.1 404"), answer.constData());
    EventClient client;
    client.socket.open(eventsUrl(QStringLiteral("/ws")));
    QTRY_COMPARE(client.socket.state(), QAbstractSocket::UnconnectedState);
    QVERIFY(client.socket.error() != QAbstractSocket::UnknownSocketError);
    QTRY_COMPARE(m_api->events()->clientCount(), 0);
}

void TestApiEvents::requiresCredentialsWhenConfigured()
{
    ApiSettings settings;
    settings.port = 0;
    settings.token = QStringLiteral("s3cret");
    start(settings);

    const QByteArray anonymous = handshake("/api/events");
    QVERIFY2(anonymous.startsWith("HTTP/1.1 401"), anonymous.constData());
    QVERIFY(anonymous.contains("WWW-Authenticate: Bearer"));
    QVERIFY(handshake("/api/events", "Authorization: Bearer nope\r\n").startsWith("HTTP/1.1 401"));
    QVERIFY(handshake("/api/events", "Authorization: Bearer s3cret\r\n").startsWith("HTTP/1.1 101"));

    QSignalSpy accepted(m_api->events(), &ApiEvents::clientAccepted);
    EventClient refused;
    refused.socket.open(eventsUrl());
    QTRY_COMPARE(refused.socket.state(), QAbstractSocket::UnconnectedState);

    EventClient allowed;
    QNetworkRequest request(eventsUrl());
    request.setRawHeader("Authorization", "Bearer s3cret");
    open(allowed, request);
    add(*m_store, message("for you", "a@example.com", "b@example.com", "x"));
    QTRY_COMPARE(allowed.ofType(QStringLiteral("new")).size(), 1);
    QTRY_COMPARE(m_api->events()->clientCount(), 1);
    QCOMPARE(refused.frames.size(), 0);
}

void TestApiEvents::refusesForeignPages()
{
    const QByteArray foreign = handshake("/api/events", "Origin: https://evil.example\r\n");
    QVERIFY2(foreign.startsWith("HTTP/1.1 403"), foreign.constData());
    const QByteArray own = "Origin: http://127.0.0.1:" + QByteArray::number(m_api->port()) + "\r\n";
    QVERIFY(handshake("/api/events", own).startsWith("HTTP/1.1 101"));
}

void TestApiEvents::answersPlainRequestsWithAnError()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_api->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const QByteArray answer = readUntil(socket, "WebSocket");
    QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.constData());
}

void TestApiEvents::refusal_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("cors");
    QTest::addColumn<int>("status");
    QTest::newRow("no origin") << QByteArray() << QString() << QString() << 0;
    QTest::newRow("own page") << QByteArray() << "http://127.0.0.1:8025" << QString() << 0;
    QTest::newRow("own host, other port") << QByteArray() << "http://127.0.0.1:9000" << QString() << 403;
    QTest::newRow("foreign page") << QByteArray() << "https://evil.example" << QString() << 403;
    QTest::newRow("the CORS origin") << QByteArray() << "https://app.example"
                                     << "https://app.example" << 0;
    QTest::newRow("CORS *") << QByteArray() << "https://any.example"
                            << "*" << 0;
    QTest::newRow("token") << QByteArray("Bearer t0k") << QString() << QString() << 0;
    QTest::newRow("wrong token") << QByteArray("Bearer nope") << QString() << QString() << 401;
}

void TestApiEvents::refusal()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, origin);
    QFETCH(QString, cors);
    QFETCH(int, status);
    ApiSettings settings;
    settings.corsOrigin = cors;
    if (!authorization.isEmpty())
        settings.token = QStringLiteral("t0k");
    const ApiEvents::Refusal refused
        = ApiEvents::refusal(authorization, origin, QStringLiteral("127.0.0.1"), 8025, settings);
    QCOMPARE(refused.status, status);
    QCOMPARE(refused.reason.isEmpty(), status == 0);
}

void TestApiEvents::closesClientsThatDoNotRead()
{
    m_api->events()->setMaxBacklogBytes(256 * 1024);
    // A raw client that shakes hands, then stops reading: the kernel's buffers fill, then ours would.
    QTcpSocket stalled;
    stalled.setReadBufferSize(1024);
    QSignalSpy accepted(m_api->events(), &ApiEvents::clientAccepted);
    QSignalSpy dropped(m_api->events(), &ApiEvents::clientDropped);
    stalled.connectToHost(QHostAddress::LocalHost, m_api->port());
    QVERIFY(stalled.waitForConnected(5000));
    stalled.write(
        "GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    QVERIFY(accepted.wait(5000));
    const QJsonValue big = QString(64 * 1024, u'x');
    for (int i = 0; i < 2000 && dropped.isEmpty(); ++i) {
        m_api->events()->broadcast(QStringLiteral("noise"), big);
        QCoreApplication::processEvents();
    }
    QCOMPARE(dropped.size(), 1);
    QVERIFY2(dropped.first().first().toString().contains(QLatin1String("not read fast enough")),
        qPrintable(dropped.first().first().toString()));
    QCOMPARE(m_api->events()->clientCount(), 0);
}

void TestApiEvents::followsSmtpSessions()
{
    SmtpServer server(m_store.get());
    ServerSettings settings;
    settings.reverseDns = false;
    settings.listeners = { ListenerConfig { Protocol::Smtp, QStringLiteral("127.0.0.1"), 0 } };
    QVERIFY(server.setSettings(settings));
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    ApiSettings apiSettings;
    apiSettings.port = 0;
    start(apiSettings, &server);

    EventClient client;
    open(client, QNetworkRequest(eventsUrl()));
    QTcpSocket smtp;
    smtp.connectToHost(QHostAddress::LocalHost, server.listeners().constFirst().config.port);
    QVERIFY(smtp.waitForConnected(5000));
    QVERIFY(readUntil(smtp, "\r\n").startsWith("220"));
    smtp.write("EHLO client.test\r\n");
    QTRY_COMPARE(client.ofType(QStringLiteral("session")).size() >= 2, true); // started, then changed
    smtp.write("QUIT\r\n");
    QTRY_COMPARE(client.ofType(QStringLiteral("session")).last().value(QLatin1String("event")).toString(),
        QStringLiteral("closed"));
    const QList<QJsonObject> events = client.ofType(QStringLiteral("session"));
    QCOMPARE(events.first().value(QLatin1String("event")).toString(), QStringLiteral("started"));
    const QJsonObject closed = events.last().value(QLatin1String("session")).toObject();
    QCOMPARE(closed.value(QLatin1String("id")).toString(),
        events.first().value(QLatin1String("session")).toObject().value(QLatin1String("id")).toString());
    QCOMPARE(closed.value(QLatin1String("heloName")).toString(), QStringLiteral("client.test"));
    QVERIFY(closed.value(QLatin1String("messages")).isArray());
    m_api.reset(); // before the server it watches
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestApiEvents)
#include "tst_apievents.moc"
