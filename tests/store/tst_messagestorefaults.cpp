// MessageStore after a crash or a failure: leftovers cleaned on open, a failed body or file step
// that leaves no row, SQL errors reported, a closed store refusing messages.
#include "store/messagespool.h"
#include "store/messagestore.h"

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "messagestoresamples.h"

namespace Mailscope {


class TestMessageStoreFaults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void removesLeftoverSpoolFilesOnOpen();
    void dropsRowWhoseFileIsMissingOnOpen();
    void removesFilesWithoutRowOnOpen();
    void failedSpoolKeepsNoRow();
    void failedFileStepRollsBack_data();
    void failedFileStepRollsBack();
    void reportsSqlFailureWithoutCrashing();
    void refusesMessagesWhenClosed();

private:
    [[nodiscard]] QString storePath() const { return m_dir->filePath(QStringLiteral("store")); }
    [[nodiscard]] QString databasePath() const { return storePath() + QStringLiteral("/mailscope.sqlite"); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMessageStoreFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMessageStoreFaults::cleanup()
{
    m_dir.reset();
}

void TestMessageStoreFaults::removesLeftoverSpoolFilesOnOpen()
{
    {
        MessageStore store;
        QVERIFY(store.open(storePath()));
    }
    const QString leftover = storePath() + QStringLiteral("/spool/spool-1-2-3.tmp");
    makeFile(leftover, "half a message");
    MessageStore store;
    QVERIFY(store.open(storePath()));
    QVERIFY(!QFile::exists(leftover));
    QCOMPARE(store.messageCount(), 0);
}

void TestMessageStoreFaults::dropsRowWhoseFileIsMissingOnOpen()
{
    qint64 lost = 0;
    qint64 kept = 0;
    {
        MessageStore store;
        QVERIFY(store.open(storePath()));
        lost = addBody(store, sampleMessage());
        kept = addBody(store, sampleMessage());
        QVERIFY(QFile::remove(store.rawFilePath(lost)));
    }
    MessageStore store;
    QVERIFY(store.open(storePath()));
    QCOMPARE(store.messageCount(), 1);
    QVERIFY(!store.message(lost));
    QVERIFY(store.message(kept));
}

void TestMessageStoreFaults::removesFilesWithoutRowOnOpen()
{
    {
        MessageStore store;
        QVERIFY(store.open(storePath()));
        QCOMPARE(addBody(store, sampleMessage()), 1);
    }
    // What a crash between saving a body and committing its row leaves behind.
    const QString orphan = storePath() + QStringLiteral("/messages/2.eml");
    const QString part = storePath() + QStringLiteral("/messages/3.eml.part");
    makeFile(orphan, "never acknowledged");
    makeFile(part, "half written");
    MessageStore store;
    QVERIFY(store.open(storePath()));
    QVERIFY(!QFile::exists(orphan));
    QVERIFY(!QFile::exists(part));
    QVERIFY(QFile::exists(storePath() + QStringLiteral("/messages/1.eml")));
    QCOMPARE(addBody(store, "Subject: new\r\n\r\n"), 2);
    QCOMPARE(store.message(2)->subject, QStringLiteral("new"));
}

void TestMessageStoreFaults::failedSpoolKeepsNoRow()
{
    MessageStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    makeFile(blocker);
    MessageSpool spool(blocker + QStringLiteral("/spool"), 4);
    QVERIFY(!spool.append(sampleMessage()));
    QVERIFY(spool.hasFailed());

    QSignalSpy errors(&store, &MessageStore::errorOccurred);
    QSignalSpy added(&store, &MessageStore::messageAdded);
    const MessageStore::AddResult result = store.addMessage(spool, sampleEnvelope(), sampleSession("s1"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error, spool.errorString());
    QCOMPARE(store.messageCount(), 0);
    QCOMPARE(added.size(), 0);
    QCOMPARE(errors.size(), 1);
}

void TestMessageStoreFaults::failedFileStepRollsBack_data()
{
    QTest::addColumn<qint64>("memoryLimit");
    QTest::newRow("body in memory") << qint64(1 << 20);
    QTest::newRow("body on disk") << qint64(0);
}

void TestMessageStoreFaults::failedFileStepRollsBack()
{
    QFETCH(qint64, memoryLimit);
    MessageStore store;
    QVERIFY(store.open(storePath()));
    store.setSpoolMemoryLimit(memoryLimit);
    const std::unique_ptr<MessageSpool> spool = store.createSpool();
    QVERIFY(spool->append(sampleMessage()));

    // No file can be made inside messages/ once it is a regular file, even for root.
    const QString messages = storePath() + QStringLiteral("/messages");
    QVERIFY(QDir(messages).removeRecursively());
    makeFile(messages);
    QSignalSpy added(&store, &MessageStore::messageAdded);
    const MessageStore::AddResult result = store.addMessage(*spool, sampleEnvelope(), sampleSession("s1"));
    QVERIFY(!result.ok());
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(store.messageCount(), 0);
    QCOMPARE(added.size(), 0);

    QVERIFY(QFile::remove(messages));
    QVERIFY(QDir().mkdir(messages));
    QCOMPARE(addBody(store, sampleMessage("after")), 1);
    QCOMPARE(store.message(1)->subject, QStringLiteral("after"));
}

void TestMessageStoreFaults::reportsSqlFailureWithoutCrashing()
{
    MessageStore store;
    QVERIFY(store.open(storePath()));
    sqlValue(databasePath(), QStringLiteral("DROP TABLE transcript"));
    QSignalSpy errors(&store, &MessageStore::errorOccurred);
    store.appendTranscript(QStringLiteral("s1"), { Epoch2024, TranscriptLine::Direction::Client, "NOOP" });
    store.flush();
    QCOMPARE(errors.size(), 1);
    QVERIFY(store.transcript(QStringLiteral("s1")).isEmpty());
    QVERIFY(errors.size() >= 2); // the read fails the same way
    // The store goes on working for what is still there.
    QVERIFY(addBody(store, sampleMessage()) > 0);
}

void TestMessageStoreFaults::refusesMessagesWhenClosed()
{
    MessageStore store;
    MessageSpool spool(m_dir->path(), 100);
    QVERIFY(spool.append(sampleMessage()));
    const MessageStore::AddResult result = store.addMessage(spool, sampleEnvelope(), sampleSession("s1"));
    QVERIFY(!result.ok());
    QVERIFY(!result.error.isEmpty());
    store.appendTranscript(QStringLiteral("s1"), { Epoch2024, TranscriptLine::Direction::Client, "NOOP" });
    store.flush();
    QVERIFY(store.transcript(QStringLiteral("s1")).isEmpty());
    QVERIFY(store.messages().isEmpty());
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestMessageStoreFaults)
#include "tst_messagestorefaults.moc"
