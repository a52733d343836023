// MessageStore's sessions and their transcripts: written in order, batched without an explicit
// flush, kept across reopening, and updated as a session goes on.
#include <QTemporaryDir>
#include <QTest>

#include "messagestoresamples.h"

namespace Mailscope {

class TestMessageStoreSessions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void transcriptRoundTripsInOrder();
    void transcriptIsWrittenWithoutExplicitFlush();
    void transcriptContinuesAfterReopen();
    void recordSessionUpdatesExistingRow();
    void listsSessionsNewestFirst();
    void addMessageRecordsUnknownSessionOnly();


private:
    [[nodiscard]] QString storePath() const { return m_dir->filePath(QStringLiteral("store")); }
    [[nodiscard]] QString databasePath() const { return storePath() + QStringLiteral("/mailscope.sqlite"); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMessageStoreSessions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMessageStoreSessions::cleanup()
{
    m_dir.reset();
}

void TestMessageStoreSessions::transcriptRoundTripsInOrder()
{
    MessageStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    const QList<TranscriptLine> lines {
        { Epoch2024, TranscriptLine::Direction::Server, "220 mailscope ESMTP" },
        { Epoch2024.addMSecs(1), TranscriptLine::Direction::Client, "EHLO client.example" },
        { Epoch2024.addMSecs(1), TranscriptLine::Direction::Note, "[TLS started]" },
        { Epoch2024.addMSecs(2), TranscriptLine::Direction::Client, QByteArray("", 0) },
        { Epoch2024.addMSecs(3), TranscriptLine::Direction::Client, "MAIL FROM:<\xc3\xa9t\xe9@example.org>" },
        { QDateTime(), TranscriptLine::Direction::Server, "250 ok" },
    };
    // 60 lines in one batch: several statements of many rows each, and single rows after them.
    constexpr int Rounds = 5;
    for (int round = 0; round < Rounds; ++round) {
        for (const TranscriptLine &line : lines) {
            store.appendTranscript(QStringLiteral("a"), line);
            store.appendTranscript(QStringLiteral("b"), { Epoch2024, TranscriptLine::Direction::Note, "other" });
        }
    }
    const QList<TranscriptLine> read = store.transcript(QStringLiteral("a"));
    QCOMPARE(read.size(), lines.size() * Rounds);
    for (qsizetype i = 0; i < read.size(); ++i) {
        const TranscriptLine &sent = lines[i % lines.size()];
        QCOMPARE(read[i].time, sent.time);
        QCOMPARE(int(read[i].direction), int(sent.direction));
        QCOMPARE(read[i].text, sent.text);
    }
    QCOMPARE(store.transcript(QStringLiteral("b")).size(), lines.size() * Rounds);
    QVERIFY(store.transcript(QStringLiteral("nobody")).isEmpty());
}

void TestMessageStoreSessions::transcriptIsWrittenWithoutExplicitFlush()
{
    MessageStore store;
    QVERIFY(store.open(storePath()));
    store.appendTranscript(QStringLiteral("s1"), { Epoch2024, TranscriptLine::Direction::Client, "QUIT" });
    store.recordSession(sampleSession(QStringLiteral("s1")));
    const QString countLines = QStringLiteral("SELECT COUNT(*) FROM transcript");
    QTRY_COMPARE(sqlValue(databasePath(), countLines).toInt(), 1);
    QCOMPARE(sqlValue(databasePath(), QStringLiteral("SELECT COUNT(*) FROM sessions")).toInt(), 1);
}

void TestMessageStoreSessions::transcriptContinuesAfterReopen()
{
    const QString id = QStringLiteral("s1");
    {
        MessageStore store;
        QVERIFY(store.open(storePath()));
        store.appendTranscript(id, { Epoch2024, TranscriptLine::Direction::Server, "first" });
        store.flush();
    }
    MessageStore store;
    QVERIFY(store.open(storePath()));
    store.appendTranscript(id, { Epoch2024, TranscriptLine::Direction::Server, "second" });
    const QList<TranscriptLine> read = store.transcript(id);
    QCOMPARE(read.size(), 2);
    QCOMPARE(read[0].text, QByteArray("first"));
    QCOMPARE(read[1].text, QByteArray("second"));
}

void TestMessageStoreSessions::recordSessionUpdatesExistingRow()
{
    MessageStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    SessionInfo session = sampleSession(QStringLiteral("s1"));
    store.recordSession(session);
    store.flush();
    session.transactionCount = 2;
    session.ended = Epoch2024.addSecs(5);
    session.bytesIn = 4096;
    session.bytesOut = 512;
    session.clientHostName = QStringLiteral("later.example");
    store.recordSession(session);

    QCOMPARE(store.sessions().size(), 1);
    const std::optional<SessionInfo> read = store.session(QStringLiteral("s1"));
    QVERIFY(read);
    QCOMPARE(read->id, session.id);
    QCOMPARE(read->listener, session.listener);
    QCOMPARE(int(read->protocol), int(Protocol::Lmtp));
    QCOMPARE(read->remoteAddress.toString(), QStringLiteral("::1"));
    QCOMPARE(read->remotePort, session.remotePort);
    QCOMPARE(read->localAddress.toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(read->localPort, session.localPort);
    QCOMPARE(read->clientHostName, QStringLiteral("later.example"));
    QCOMPARE(read->openingCommand, QByteArray("LHLO"));
    QCOMPARE(read->heloName, session.heloName);
    QCOMPARE(read->transactionCount, 2);
    QCOMPARE(read->transmissionType, session.transmissionType);
    QCOMPARE(read->started, session.started);
    QCOMPARE(read->ended, session.ended);
    QCOMPARE(read->bytesIn, 4096);
    QCOMPARE(read->bytesOut, 512);
    QVERIFY(read->tls == session.tls);
    QCOMPARE(read->authUser, session.authUser);
    QCOMPARE(read->authMechanism, session.authMechanism);
    QCOMPARE(read->forwarded, session.forwarded);
    QVERIFY(!store.session(QStringLiteral("unknown")));

    SessionInfo bare;
    bare.id = QStringLiteral("bare");
    store.recordSession(bare);
    const std::optional<SessionInfo> readBare = store.session(QStringLiteral("bare"));
    QVERIFY(readBare);
    QVERIFY(readBare->remoteAddress.isNull());
    QVERIFY(!readBare->tls.active);
    QVERIFY(readBare->forwarded.isEmpty());
    QVERIFY(!readBare->started.isValid());
    QVERIFY(!readBare->ended.isValid());
    QCOMPARE(int(readBare->protocol), int(Protocol::Smtp));
}

void TestMessageStoreSessions::listsSessionsNewestFirst()
{
    MessageStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    QCOMPARE(store.sessionCount(), 0);
    store.recordSession(sampleSession(QStringLiteral("middle"), Epoch2024));
    store.recordSession(sampleSession(QStringLiteral("newest"), Epoch2024.addSecs(60)));
    store.recordSession(sampleSession(QStringLiteral("oldest"), Epoch2024.addSecs(-60)));
    QCOMPARE(store.sessionCount(), 3); // recorded a moment ago, not yet written: they count too
    QStringList order;
    for (const SessionInfo &session : store.sessions())
        order << session.id;
    QCOMPARE(order, (QStringList { "newest", "middle", "oldest" }));
    QCOMPARE(store.sessions(1, 1).first().id, QStringLiteral("middle"));
    QCOMPARE(store.sessions(2).size(), 1);
}

void TestMessageStoreSessions::addMessageRecordsUnknownSessionOnly()
{
    MessageStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    QVERIFY(addBody(store, sampleMessage(), QStringLiteral("unrecorded")) > 0);
    QVERIFY(store.session(QStringLiteral("unrecorded")));

    // The session's own record is newer than the copy handed to addMessage.
    SessionInfo later = sampleSession(QStringLiteral("recorded"));
    later.transactionCount = 5;
    store.recordSession(later);
    QVERIFY(addBody(store, sampleMessage(), QStringLiteral("recorded")) > 0);
    QCOMPARE(store.session(QStringLiteral("recorded"))->transactionCount, 5);
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestMessageStoreSessions)
#include "tst_messagestoresessions.moc"
