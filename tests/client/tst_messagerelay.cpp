// MessageRelay: captured messages sent on to an upstream server (our own, on 127.0.0.1 port 0,
// refusing nobody@*), on request and by relay rules.
#include "../store/storetesthelpers.h"
#include "client/messagerelay.h"
#include "smtp/smtpserver.h"
#include "smtp/smtpsession.h"

#include <QSignalSpy>
#include <QTest>

namespace Mailscope {

using StoreTest::add;

class TestMessageRelay : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void withoutHeaderFieldDropsOnlyThatField_data();
    void withoutHeaderFieldDropsOnlyThatField();
    void releaseReportsEachRecipientsReply();
    void releaseIsRefusedWithoutARelay();
    void releaseIsRefusedForAMissingMessage();
    void rulesForwardOnlyMatchingMessages();
    void relayAllForwardsEveryMessage();
    void failedRelayKeepsTheCapturedMessage();

private:
    void setRelay(const std::function<void(RelaySettings&)>& change);

    MessageStore* m_captured = nullptr;
    SmtpServer* m_capturing = nullptr; // holds the relay settings; never started
    MessageStore* m_upstreamStore = nullptr;
    SmtpServer* m_upstream = nullptr;
    MessageRelay* m_relay = nullptr;
};

void TestMessageRelay::init()
{
    m_captured = new MessageStore;
    QVERIFY(m_captured->open(QStringLiteral(":memory:")));
    m_capturing = new SmtpServer(m_captured);
    m_upstreamStore = new MessageStore;
    QVERIFY(m_upstreamStore->open(QStringLiteral(":memory:")));
    m_upstream = new SmtpServer(m_upstreamStore);
    ServerSettings upstream;
    upstream.hostName = QStringLiteral("upstream.test");
    upstream.reverseDns = false;
    upstream.listeners = { ListenerConfig { Protocol::Smtp, QStringLiteral("127.0.0.1"), 0 } };
    upstream.rules = RulePresets::rejectRecipients(QStringLiteral("nobody@*"));
    QVERIFY(m_upstream->setSettings(upstream));
    QString error;
    QVERIFY2(m_upstream->start(&error), qPrintable(error));
    m_relay = new MessageRelay(m_captured, m_capturing);
}

void TestMessageRelay::cleanup()
{
    delete m_relay;
    delete m_upstream;
    delete m_upstreamStore;
    delete m_capturing;
    delete m_captured;
}

void TestMessageRelay::setRelay(const std::function<void(RelaySettings&)>& change)
{
    ServerSettings settings = m_capturing->settings();
    settings.hostName = QStringLiteral("capture.test");
    settings.relay.host = QStringLiteral("127.0.0.1");
    settings.relay.port = m_upstream->listeners().constFirst().config.port;
    if (change)
        change(settings.relay);
    QVERIFY(m_capturing->setSettings(settings));
}

void TestMessageRelay::withoutHeaderFieldDropsOnlyThatField_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("folded") << QByteArray("From: a\r\nBcc: x@y,\r\n z@w\r\nTo: b\r\n\r\nBcc: body\r\n")
                            << QByteArray("From: a\r\nTo: b\r\n\r\nBcc: body\r\n");
    QTest::newRow("any case, LF only")
        << QByteArray("bcc : x\nSubject: s\n\nbody\n") << QByteArray("Subject: s\n\nbody\n");
    QTest::newRow("absent") << QByteArray("Subject: s\r\n\r\nb") << QByteArray("Subject: s\r\n\r\nb");
    QTest::newRow("similar name") << QByteArray("Bcc-Note: keep\r\n\r\n")
                                  << QByteArray("Bcc-Note: keep\r\n\r\n");
}

void TestMessageRelay::withoutHeaderFieldDropsOnlyThatField()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, expected);
    QCOMPARE(withoutHeaderField(raw, "Bcc"), expected);
}

void TestMessageRelay::releaseReportsEachRecipientsReply()
{
    setRelay({});
    const qint64 id = add(*m_captured,
        StoreTest::message(
            "Release me", "a@example.org", "b@example.net", "Hello", "Bcc: hidden@example.net\r\n"));
    std::optional<RelayOutcome> outcome;
    QString error;
    QVERIFY(m_relay->release(
        id, { QStringLiteral("ok@example.net"), QStringLiteral("nobody@example.net") }, this,
        [&outcome](const RelayOutcome& o) { outcome = o; }, &error));
    QTRY_VERIFY(outcome.has_value());
    QCOMPARE(outcome->messageId, id);
    QCOMPARE(outcome->trigger, RelayOutcome::Trigger::Release);
    const DeliveryResult& result = outcome->result;
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.recipients.size(), 2);
    QVERIFY(result.recipients[0].accepted);
    QCOMPARE(result.recipients[0].reply.code, 250);
    QVERIFY(!result.recipients[1].accepted);
    QCOMPARE(result.recipients[1].reply.code, 550);
    QTRY_COMPARE(m_upstreamStore->messageCount(), 1);
    const StoredMessage relayed = m_upstreamStore->messages().constFirst();
    QCOMPARE(
        relayed.envelope.mailFrom, QStringLiteral("bounce@example.org")); // the captured envelope's sender
    QCOMPARE(relayed.envelope.recipientAddresses(), QStringList { QStringLiteral("ok@example.net") });
    QCOMPARE(relayed.heloName, QStringLiteral("capture.test"));
    const QByteArray raw = m_upstreamStore->raw(relayed.id);
    QVERIFY(raw.contains("Subject: Release me"));
    QVERIFY(!raw.contains("hidden@example.net"));
}

void TestMessageRelay::releaseIsRefusedWithoutARelay()
{
    const qint64 id = add(*m_captured, StoreTest::message("s", "a@example.org", "b@example.net", "x"));
    QString error;
    QVERIFY(!m_relay->release(id, { QStringLiteral("a@example.net") }, this, {}, &error));
    QVERIFY2(error.contains(QLatin1String("no relay is configured")), qPrintable(error));
}

void TestMessageRelay::releaseIsRefusedForAMissingMessage()
{
    setRelay({});
    QString error;
    QVERIFY(!m_relay->release(999, { QStringLiteral("a@example.net") }, this, {}, &error));
    QVERIFY2(error.contains(QLatin1String("not found")), qPrintable(error));
    QVERIFY(!m_relay->release(add(*m_captured, "Subject: s\r\n\r\nx"), {}, this, {}, &error));
}

void TestMessageRelay::rulesForwardOnlyMatchingMessages()
{
    setRelay([](RelaySettings& r) {
        r.matching = { QStringLiteral("subject:nomatch"), QStringLiteral("to:@example.com") };
    });
    QSignalSpy relayed(m_relay, &MessageRelay::relayed);
    add(*m_captured, StoreTest::message("Other", "a@example.org", "x@other.test", "no"),
        { QStringLiteral("x@other.test") });
    const qint64 matching
        = add(*m_captured, StoreTest::message("Match", "a@example.org", "y@example.com", "yes"),
            { QStringLiteral("y@example.com") });
    QTRY_COMPARE(relayed.size(), 1);
    const RelayOutcome outcome = relayed.at(0).at(0).value<RelayOutcome>();
    QCOMPARE(outcome.messageId, matching);
    QCOMPARE(outcome.trigger, RelayOutcome::Trigger::Rule);
    QCOMPARE(outcome.rule, QStringLiteral("to:@example.com"));
    QVERIFY2(outcome.result.allAccepted(), qPrintable(outcome.result.error));
    QCOMPARE(m_upstreamStore->messageCount(), 1);
    QCOMPARE(m_upstreamStore->messages().constFirst().subject, QStringLiteral("Match"));
    QTest::qWait(100);
    QCOMPARE(relayed.size(), 1);
}

void TestMessageRelay::relayAllForwardsEveryMessage()
{
    setRelay([](RelaySettings& r) { r.relayAll = true; });
    QSignalSpy relayed(m_relay, &MessageRelay::relayed);
    add(*m_captured, StoreTest::message("One", "a@example.org", "x@other.test", "1"));
    add(*m_captured, StoreTest::message("Two", "a@example.org", "y@example.com", "2"));
    QTRY_COMPARE(relayed.size(), 2);
    QCOMPARE(relayed.at(0).at(0).value<RelayOutcome>().rule, QStringLiteral("all"));
    QTRY_COMPARE(m_upstreamStore->messageCount(), 2);
}

void TestMessageRelay::failedRelayKeepsTheCapturedMessage()
{
    setRelay([](RelaySettings& r) { r.relayAll = true; });
    delete m_upstream; // nothing listens there any more
    m_upstream = nullptr;
    QSignalSpy relayed(m_relay, &MessageRelay::relayed);
    const qint64 id = add(*m_captured, StoreTest::message("Kept", "a@example.org", "b@example.net", "x"));
    QTRY_COMPARE(relayed.size(), 1);
    const RelayOutcome outcome = relayed.at(0).at(0).value<RelayOutcome>();
    QCOMPARE(outcome.result.failedStep, DeliveryResult::Step::Connect);
    QVERIFY(m_captured->message(id).has_value());
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestMessageRelay)
#include "tst_messagerelay.moc"
