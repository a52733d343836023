// SmtpClientPool against Mailscope's own server on 127.0.0.1 port 0: reuse is counted on the
// server's side (sessions started), failures are provoked with hook rules.
#include "client/smtpclientpool.h"
#include "smtp/smtpserver.h"
#include "smtp/smtpsession.h"
#include "store/messagestore.h"

#include <QSignalSpy>
#include <QTest>

namespace Mailscope {

class TestSmtpClientPool : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void reusesOneConnectionForMessagesInTurn();
    void opensNoMoreThanMaxConnections();
    void quitsIdleConnectionsAfterTheTimeout();
    void brokenConnectionFailsOnlyItsMessage();
    void replacesAConnectionTheServerClosedWhileIdle();
    void retriesOnceWhenAReusedConnectionBreaks();
    void keepsDestinationsApart();
    void reportsAnUnreachableServerForEachMessage();
    void skipsCallbacksWhoseContextIsGone();

private:
    void startServer(const QList<Rule>& rules = {}, int idleTimeoutSeconds = 60);
    [[nodiscard]] ClientOptions options() const;
    static OutgoingMessage message(
        const QString& subject, const QString& from = QStringLiteral("a@example.org"));
    // Delivers and waits for every result; results in the order they came.
    QList<DeliveryResult> deliverAll(const QList<OutgoingMessage>& messages, const ClientOptions& to);

    MessageStore* m_store = nullptr;
    SmtpServer* m_server = nullptr;
    SmtpClientPool* m_pool = nullptr;
    int m_sessions = 0;
    int m_closedSessions = 0;
};

void TestSmtpClientPool::init()
{
    m_pool = new SmtpClientPool(this);
    m_sessions = 0;
    m_closedSessions = 0;
}

void TestSmtpClientPool::cleanup()
{
    delete m_pool;
    delete m_server;
    delete m_store;
    m_pool = nullptr;
    m_server = nullptr;
    m_store = nullptr;
}

void TestSmtpClientPool::startServer(const QList<Rule>& rules, int idleTimeoutSeconds)
{
    m_store = new MessageStore;
    QVERIFY(m_store->open(QStringLiteral(":memory:")));
    m_server = new SmtpServer(m_store);
    ServerSettings settings;
    settings.hostName = QStringLiteral("mx.test");
    settings.reverseDns = false;
    settings.idleTimeoutSeconds = idleTimeoutSeconds;
    settings.listeners = { ListenerConfig { Protocol::Smtp, QStringLiteral("127.0.0.1"), 0 } };
    settings.rules = rules;
    QVERIFY(m_server->setSettings(settings));
    connect(m_server, &SmtpServer::sessionStarted, this, [this] { ++m_sessions; });
    connect(m_server, &SmtpServer::sessionClosed, this, [this] { ++m_closedSessions; });
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

ClientOptions TestSmtpClientPool::options() const
{
    ClientOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = m_server->listeners().constFirst().config.port;
    o.security = ClientOptions::Security::None;
    o.timeoutSeconds = 10;
    return o;
}

OutgoingMessage TestSmtpClientPool::message(const QString& subject, const QString& from)
{
    return { from, { QStringLiteral("b@example.net") },
        "From: " + from.toUtf8() + "\r\nSubject: " + subject.toUtf8() + "\r\n\r\nBody\r\n" };
}

QList<DeliveryResult> TestSmtpClientPool::deliverAll(
    const QList<OutgoingMessage>& messages, const ClientOptions& to)
{
    QList<DeliveryResult> results;
    for (const OutgoingMessage& m : messages)
        m_pool->deliver(to, m, this, [&results](const DeliveryResult& r) { results.append(r); });
    if (!QTest::qWaitFor([&] { return results.size() == messages.size(); }, 15000))
        qWarning("only %lld of %lld results came", qlonglong(results.size()), qlonglong(messages.size()));
    return results;
}

void TestSmtpClientPool::reusesOneConnectionForMessagesInTurn()
{
    startServer();
    for (int i = 0; i < 3; ++i) {
        const QList<DeliveryResult> results
            = deliverAll({ message(QStringLiteral("m%1").arg(i)) }, options());
        QCOMPARE(results.size(), 1);
        QVERIFY2(results[0].allAccepted(), qPrintable(results[0].error));
    }
    QCOMPARE(m_store->messageCount(), 3);
    QCOMPARE(m_sessions, 1);
    QCOMPARE(m_pool->connectionCount(), 1);
}

void TestSmtpClientPool::opensNoMoreThanMaxConnections()
{
    startServer();
    m_pool->setMaxConnections(2);
    QList<OutgoingMessage> batch;
    for (int i = 0; i < 8; ++i)
        batch << message(QStringLiteral("batch %1").arg(i));
    const QList<DeliveryResult> results = deliverAll(batch, options());
    QCOMPARE(results.size(), 8);
    for (const DeliveryResult& r : results)
        QVERIFY2(r.allAccepted(), qPrintable(r.error));
    QCOMPARE(m_store->messageCount(), 8);
    QCOMPARE(m_sessions, 2);
}

void TestSmtpClientPool::quitsIdleConnectionsAfterTheTimeout()
{
    startServer();
    m_pool->setIdleTimeout(200);
    QCOMPARE(deliverAll({ message(QStringLiteral("first")) }, options()).size(), 1);
    QTRY_COMPARE(m_closedSessions, 1);
    QTRY_COMPARE(m_pool->connectionCount(), 0);
    const QList<DeliveryResult> again = deliverAll({ message(QStringLiteral("second")) }, options());
    QVERIFY(again.value(0).allAccepted());
    QCOMPARE(m_sessions, 2);
}

void TestSmtpClientPool::brokenConnectionFailsOnlyItsMessage()
{
    Rule drop;
    drop.stage = Rule::Stage::MailFrom;
    drop.field = Rule::Field::Address;
    drop.pattern = QStringLiteral("drop@*");
    drop.action = Rule::Action::Disconnect;
    startServer({ drop });
    m_pool->setMaxConnections(1);
    const QList<DeliveryResult> results
        = deliverAll({ message(QStringLiteral("dropped"), QStringLiteral("drop@example.org")),
                         message(QStringLiteral("next")), message(QStringLiteral("last")) },
            options());
    QCOMPARE(results.size(), 3);
    QVERIFY(!results[0].ok());
    QVERIFY2(results[1].allAccepted(), qPrintable(results[1].error));
    QVERIFY2(results[2].allAccepted(), qPrintable(results[2].error));
    QCOMPARE(m_store->messageCount(), 2);
    QCOMPARE(m_sessions, 2); // the queue went on over a new connection
}

void TestSmtpClientPool::replacesAConnectionTheServerClosedWhileIdle()
{
    startServer({}, 1); // the server hangs up on a client silent for a second
    QVERIFY(deliverAll({ message(QStringLiteral("before")) }, options()).value(0).allAccepted());
    QTRY_COMPARE_WITH_TIMEOUT(m_closedSessions, 1, 5000);
    const QList<DeliveryResult> results = deliverAll({ message(QStringLiteral("after")) }, options());
    QVERIFY2(results.value(0).allAccepted(), qPrintable(results.value(0).error));
    QCOMPARE(m_sessions, 2);
}

void TestSmtpClientPool::retriesOnceWhenAReusedConnectionBreaks()
{
    Rule hangUp; // every second MAIL FROM the server meets: no reply, the connection closes
    hangUp.stage = Rule::Stage::MailFrom;
    hangUp.action = Rule::Action::Disconnect;
    hangUp.everyNth = 2;
    startServer({ hangUp });
    QVERIFY(deliverAll({ message(QStringLiteral("first")) }, options()).value(0).allAccepted());
    const QList<DeliveryResult> results = deliverAll({ message(QStringLiteral("second")) }, options());
    QVERIFY2(results.value(0).allAccepted(), qPrintable(results.value(0).error));
    QCOMPARE(m_sessions, 2);
    QCOMPARE(m_store->messageCount(), 2);
    // On a fresh connection the same loss is the message's own: no second try.
    const QList<DeliveryResult> fresh = deliverAll({ message(QStringLiteral("third")) }, options());
    QVERIFY(fresh.value(0).allAccepted()); // MAIL #3 passes
}

void TestSmtpClientPool::keepsDestinationsApart()
{
    startServer();
    ClientOptions other = options();
    other.heloName = QStringLiteral("other.test");
    QVERIFY(clientOptionsKey(options()) != clientOptionsKey(other));
    QVERIFY(deliverAll({ message(QStringLiteral("one")) }, options()).value(0).allAccepted());
    QVERIFY(deliverAll({ message(QStringLiteral("two")) }, other).value(0).allAccepted());
    QVERIFY(deliverAll({ message(QStringLiteral("three")) }, options()).value(0).allAccepted());
    QCOMPARE(m_sessions, 2);
    QCOMPARE(m_pool->connectionCount(), 2);
}

void TestSmtpClientPool::reportsAnUnreachableServerForEachMessage()
{
    startServer();
    ClientOptions closed = options();
    delete m_server; // its port is now closed
    m_server = nullptr;
    const QList<DeliveryResult> results
        = deliverAll({ message(QStringLiteral("x")), message(QStringLiteral("y")) }, closed);
    QCOMPARE(results.size(), 2);
    for (const DeliveryResult& r : results) {
        QCOMPARE(r.failedStep, DeliveryResult::Step::Connect);
        QVERIFY(!r.error.isEmpty());
    }
    QCOMPARE(m_pool->queuedCount(), 0);
    QTRY_COMPARE(m_pool->connectionCount(), 0);
}

void TestSmtpClientPool::skipsCallbacksWhoseContextIsGone()
{
    startServer();
    auto* context = new QObject;
    bool called = false;
    m_pool->deliver(options(), message(QStringLiteral("orphan")), context,
        [&called](const DeliveryResult&) { called = true; });
    delete context;
    QTRY_COMPARE(m_store->messageCount(), 1); // still delivered
    QTest::qWait(50);
    QVERIFY(!called);
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestSmtpClientPool)
#include "tst_smtpclientpool.moc"
