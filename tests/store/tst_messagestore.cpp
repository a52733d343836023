// MessageStore: messages as files plus an SQLite index, and retention (what a crash or a failure
// leaves behind: tst_messagestorefaults.cpp; sessions and transcripts: tst_messagestoresessions.cpp).
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


class TestMessageStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void opensFolderWithItsLayout();
    void opensThrowawayStoreAndRemovesItOnClose();
    void runsSeveralStoresInOneProcess();
    void failsToOpenWhereNoFolderCanBe();
    void refusesStoreWrittenByNewerVersion();

    void readsBackEnvelopeAndSessionFacts();
    void keepsRawBytesExactly_data();
    void keepsRawBytesExactly();
    void takesSubjectFromHeaderBlockOnly();
    void emitsMessageAddedAfterCommit();
    void addMessageWritesPendingTranscriptFirst();
    void listsMessagesNewestFirst();
    void findsMessagesOfSession();
    void keepsMessagesAcrossReopen();

    void retentionKeepsNewestMessages();
    void loweringRetentionRemovesOldestAtOnce();
    void removeMessageDeletesRowAndFile();
    void removeAllMessagesReportsEachOne();


private:
    [[nodiscard]] QString storePath() const { return m_dir->filePath(QStringLiteral("store")); }
    [[nodiscard]] QString databasePath() const { return storePath() + QStringLiteral("/mailscope.sqlite"); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMessageStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMessageStore::cleanup()
{
    m_dir.reset();
}

void TestMessageStore::opensFolderWithItsLayout()
{
    const QString location = storePath() + QStringLiteral("/nested");
    {
        MessageStore store;
        QVERIFY(!store.isOpen());
        QString error;
        QVERIFY2(store.open(location, &error), qPrintable(error));
        QVERIFY(store.isOpen());
        QVERIFY(store.isPersistent());
        QCOMPARE(store.folder(), QDir(location).absolutePath());
        QVERIFY(QFileInfo(location + QStringLiteral("/messages")).isDir());
        QVERIFY(QFileInfo(location + QStringLiteral("/spool")).isDir());
        QVERIFY(QFileInfo(location + QStringLiteral("/mailscope.sqlite")).isFile());
        QCOMPARE(store.messageCount(), 0);
    }
    const QString database = location + QStringLiteral("/mailscope.sqlite");
    QCOMPARE(sqlValue(database, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(sqlValue(database, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void TestMessageStore::opensThrowawayStoreAndRemovesItOnClose()
{
    QString folder;
    {
        MessageStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")));
        QVERIFY(store.isOpen());
        QVERIFY(!store.isPersistent());
        folder = store.folder();
        QVERIFY(QFileInfo(folder + QStringLiteral("/messages")).isDir());
        const qint64 id = addBody(store, sampleMessage());
        QVERIFY(id > 0);
        QVERIFY(QFile::exists(folder + QStringLiteral("/messages/%1.eml").arg(id)));
    }
    QVERIFY(!folder.isEmpty());
    QVERIFY(!QFileInfo::exists(folder));
}

void TestMessageStore::runsSeveralStoresInOneProcess()
{
    auto first = std::make_unique<MessageStore>();
    MessageStore second;
    QVERIFY(first->open(QStringLiteral(":memory:")));
    QVERIFY(second.open(storePath()));
    QVERIFY(first->folder() != second.folder());
    QCOMPARE(addBody(*first, sampleMessage("one")), 1);
    QCOMPARE(addBody(second, sampleMessage("two")), 1);
    QCOMPARE(addBody(second, sampleMessage("three")), 2);
    QCOMPARE(first->messageCount(), 1);
    first.reset();
    QCOMPARE(second.messageCount(), 2);
    QCOMPARE(second.message(1)->subject, QStringLiteral("two"));
}

void TestMessageStore::failsToOpenWhereNoFolderCanBe()
{
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    makeFile(blocker);
    MessageStore store;
    QString error;
    QVERIFY(!store.open(blocker + QStringLiteral("/store"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!store.isOpen());
    QVERIFY(!store.isPersistent());
    QCOMPARE(store.messageCount(), 0);
}

void TestMessageStore::refusesStoreWrittenByNewerVersion()
{
    {
        MessageStore store;
        QVERIFY(store.open(storePath()));
    }
    sqlValue(databasePath(), QStringLiteral("PRAGMA user_version = 99"));
    MessageStore store;
    QString error;
    QVERIFY(!store.open(storePath(), &error));
    QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
}

void TestMessageStore::readsBackEnvelopeAndSessionFacts()
{
    MessageStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    const QByteArray body = sampleMessage("Greetings");
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const qint64 id = addBody(store, body, QStringLiteral("session-7"));
    const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);
    QVERIFY(id > 0);

    const std::optional<StoredMessage> message = store.message(id);
    QVERIFY(message);
    const Envelope expected = sampleEnvelope();
    QCOMPARE(message->id, id);
    QCOMPARE(message->sessionId, QStringLiteral("session-7"));
    QVERIFY(message->received >= before && message->received <= after);
    QCOMPARE(message->size, body.size());
    QCOMPARE(message->subject, QStringLiteral("Greetings"));
    QCOMPARE(message->heloName, QStringLiteral("client.example"));
    QCOMPARE(message->remoteAddress, QStringLiteral("::1"));
    QCOMPARE(message->transmissionType, QStringLiteral("LMTP"));
    QCOMPARE(message->authUser, QStringLiteral("alice"));
    QCOMPARE(message->envelope.mailFrom, expected.mailFrom);
    QCOMPARE(message->envelope.mailParameters, expected.mailParameters);
    QCOMPARE(message->envelope.recipientAddresses(), expected.recipientAddresses());
    QCOMPARE(message->envelope.recipients.at(0).parameters, expected.recipients.at(0).parameters);
    QCOMPARE(message->envelope.recipients.at(1).parameters, expected.recipients.at(1).parameters);
    // QByteArray's == does not tell null from empty: check it apart.
    QVERIFY(message->envelope.mailParameters.value("SMTPUTF8").isNull());
    QVERIFY(!message->envelope.mailParameters.value("ENVID").isNull());
    QVERIFY(message->envelope.mailParameters.value("ENVID").isEmpty());
    QVERIFY(message->envelope.recipients.at(1).parameters.contains("X-FLAG"));
    QVERIFY(message->envelope.recipients.at(1).parameters.value("X-FLAG").isNull());

    Envelope nullSender = sampleEnvelope();
    nullSender.mailFrom.clear();
    nullSender.mailParameters.clear();
    const qint64 bounce = addBody(store, body, QStringLiteral("session-7"), nullSender);
    QVERIFY(store.message(bounce)->envelope.isNullSender());
    QVERIFY(store.message(bounce)->envelope.mailParameters.isEmpty());
    QVERIFY(!store.message(12345));
}

void TestMessageStore::keepsRawBytesExactly_data()
{
    QTest::addColumn<qint64>("memoryLimit");
    QTest::addColumn<QByteArray>("body");

    QByteArray eightBit = "Subject: bytes\n\nbare LF\nCRLF\r\nlone CR\rend";
    for (int i = 0; i < 256; ++i)
        eightBit.append(char(i));
    QByteArray large;
    for (int i = 0; i < 300000; ++i)
        large.append(char((i * 7919LL) % 256));

    QTest::newRow("CRLF in memory") << qint64(1 << 20) << sampleMessage();
    QTest::newRow("bare LF and 8-bit in memory") << qint64(1 << 20) << eightBit;
    QTest::newRow("bare LF and 8-bit on disk") << qint64(8) << eightBit;
    QTest::newRow("large on disk") << qint64(4096) << large;
    QTest::newRow("empty") << qint64(1 << 20) << QByteArray();
}

void TestMessageStore::keepsRawBytesExactly()
{
    QFETCH(qint64, memoryLimit);
    QFETCH(QByteArray, body);

    MessageStore store;
    QVERIFY(store.open(storePath()));
    store.setSpoolMemoryLimit(memoryLimit);
    const std::unique_ptr<MessageSpool> spool = store.createSpool();
    for (qsizetype pos = 0; pos < body.size(); pos += 1000)
        QVERIFY(spool->append(body.mid(pos, 1000)));
    QCOMPARE(spool->isOnDisk(), body.size() > memoryLimit);
    const MessageStore::AddResult result = store.addMessage(*spool, sampleEnvelope(), sampleSession("s1"));
    QVERIFY2(result.ok(), qPrintable(result.error));

    QVERIFY(store.raw(result.id) == body);
    QCOMPARE(store.message(result.id)->size, body.size());
    const QString path = store.rawFilePath(result.id);
    QCOMPARE(path, store.folder() + QStringLiteral("/messages/%1.eml").arg(result.id));
    QCOMPARE(QFileInfo(path).size(), body.size());
    const std::unique_ptr<QIODevice> file = store.openRaw(result.id);
    QVERIFY(file && file->isOpen());
    QVERIFY(file->readAll() == body);
    QVERIFY(QDir(store.folder() + QStringLiteral("/spool")).isEmpty());
}

void TestMessageStore::takesSubjectFromHeaderBlockOnly()
{
    MessageStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    const qint64 folded = addBody(store, "Subject: Hello\r\n  folded\r\n\r\nSubject: not this\r\n");
    const qint64 none = addBody(store, "From: a@example.org\r\n\r\nSubject: body text\r\n");
    QCOMPARE(store.message(folded)->subject, QStringLiteral("Hello  folded"));
    QCOMPARE(store.message(none)->subject, QString());
}

void TestMessageStore::emitsMessageAddedAfterCommit()
{
    MessageStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    QSignalSpy added(&store, &MessageStore::messageAdded);
    bool visibleWhenSignalled = false;
    connect(&store, &MessageStore::messageAdded, this,
        [&](qint64 id) { visibleWhenSignalled = store.message(id).has_value() && !store.raw(id).isEmpty(); });
    const qint64 id = addBody(store, sampleMessage());
    QCOMPARE(spiedIds(added), QList<qint64> { id });
    QVERIFY(visibleWhenSignalled);
}

void TestMessageStore::addMessageWritesPendingTranscriptFirst()
{
    MessageStore store;
    QVERIFY(store.open(storePath()));
    store.appendTranscript(QStringLiteral("s1"), { Epoch2024, TranscriptLine::Direction::Client, "DATA" });
    QVERIFY(addBody(store, sampleMessage()) > 0);
    // Checked from outside before the event loop runs: the timer has had no chance to fire.
    QCOMPARE(sqlValue(databasePath(), QStringLiteral("SELECT COUNT(*) FROM transcript")).toInt(), 1);
}

void TestMessageStore::listsMessagesNewestFirst()
{
    MessageStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    for (int i = 0; i < 5; ++i)
        QVERIFY(addBody(store, sampleMessage(QByteArray::number(i))) > 0);
    QCOMPARE(store.messageCount(), 5);
    QCOMPARE(idsOf(store.messages()), (QList<qint64> { 5, 4, 3, 2, 1 }));
    QCOMPARE(idsOf(store.messages(1, 2)), (QList<qint64> { 4, 3 }));
    QCOMPARE(idsOf(store.messages(4, 10)), QList<qint64> { 1 });
    QVERIFY(store.messages(5).isEmpty());
    QCOMPARE(store.messages(0, 1).first().subject, QStringLiteral("4"));
}

void TestMessageStore::findsMessagesOfSession()
{
    MessageStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    const qint64 a1 = addBody(store, sampleMessage(), QStringLiteral("a"));
    const qint64 b1 = addBody(store, sampleMessage(), QStringLiteral("b"));
    const qint64 a2 = addBody(store, sampleMessage(), QStringLiteral("a"));
    QCOMPARE(store.messageIdsForSession(QStringLiteral("a")), (QList<qint64> { a1, a2 }));
    QCOMPARE(store.messageIdsForSession(QStringLiteral("b")), QList<qint64> { b1 });
    QVERIFY(store.messageIdsForSession(QStringLiteral("c")).isEmpty());
}

void TestMessageStore::keepsMessagesAcrossReopen()
{
    const QByteArray body = "Subject: kept\n\n\xff\xfe bytes\n";
    qint64 id = 0;
    {
        MessageStore store;
        QVERIFY(store.open(storePath()));
        id = addBody(store, body);
        QVERIFY(addBody(store, sampleMessage()) > 0);
        store.recordSession(sampleSession(QStringLiteral("s1")));
        store.appendTranscript(
            QStringLiteral("s1"), { Epoch2024, TranscriptLine::Direction::Server, "220 hi" });
        // No flush: closing the store writes what is pending.
    }
    MessageStore store;
    QVERIFY(store.open(storePath()));
    QCOMPARE(store.messageCount(), 2);
    QVERIFY(store.raw(id) == body);
    QCOMPARE(store.message(id)->subject, QStringLiteral("kept"));
    QCOMPARE(store.message(id)->envelope.recipientAddresses(), sampleEnvelope().recipientAddresses());
    QCOMPARE(store.transcript(QStringLiteral("s1")).size(), 1);
    QVERIFY(store.session(QStringLiteral("s1")));
    QCOMPARE(addBody(store, sampleMessage()), 3);
}

void TestMessageStore::retentionKeepsNewestMessages()
{
    MessageStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    store.setRetentionLimit(3);
    QCOMPARE(store.retentionLimit(), 3);
    QSignalSpy removed(&store, &MessageStore::messageRemoved);
    for (int i = 0; i < 5; ++i)
        QVERIFY(addBody(store, sampleMessage(QByteArray::number(i))) > 0);
    QCOMPARE(spiedIds(removed), (QList<qint64> { 1, 2 }));
    QCOMPARE(idsOf(store.messages()), (QList<qint64> { 5, 4, 3 }));
    QVERIFY(!QFile::exists(store.folder() + QStringLiteral("/messages/1.eml")));
    QVERIFY(!QFile::exists(store.folder() + QStringLiteral("/messages/2.eml")));
    QVERIFY(store.rawFilePath(1).isEmpty());
    QVERIFY(!store.rawFilePath(3).isEmpty());
}

void TestMessageStore::loweringRetentionRemovesOldestAtOnce()
{
    MessageStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    for (int i = 0; i < 4; ++i)
        QVERIFY(addBody(store, sampleMessage()) > 0);
    QSignalSpy removed(&store, &MessageStore::messageRemoved);
    store.setRetentionLimit(1);
    QCOMPARE(spiedIds(removed), (QList<qint64> { 1, 2, 3 }));
    QCOMPARE(idsOf(store.messages()), QList<qint64> { 4 });
    store.setRetentionLimit(0);
    QVERIFY(addBody(store, sampleMessage()) > 0);
    QCOMPARE(store.messageCount(), 2);
}

void TestMessageStore::removeMessageDeletesRowAndFile()
{
    MessageStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    const qint64 first = addBody(store, sampleMessage());
    const qint64 second = addBody(store, sampleMessage());
    const QString path = store.rawFilePath(first);
    QVERIFY(QFile::exists(path));
    QSignalSpy removed(&store, &MessageStore::messageRemoved);

    QVERIFY(store.removeMessage(first));
    QCOMPARE(spiedIds(removed), QList<qint64> { first });
    QVERIFY(!store.message(first));
    QVERIFY(!QFile::exists(path));
    QVERIFY(store.raw(first).isEmpty());
    QVERIFY(!store.openRaw(first));
    QCOMPARE(store.messageCount(), 1);

    QVERIFY(!store.removeMessage(first));
    QVERIFY(!store.removeMessage(999));
    QCOMPARE(removed.size(), 1);
    QVERIFY(store.message(second));
}

void TestMessageStore::removeAllMessagesReportsEachOne()
{
    MessageStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    for (int i = 0; i < 3; ++i)
        QVERIFY(addBody(store, sampleMessage()) > 0);
    QSignalSpy removed(&store, &MessageStore::messageRemoved);
    store.removeAllMessages();
    QCOMPARE(spiedIds(removed), (QList<qint64> { 1, 2, 3 }));
    QCOMPARE(store.messageCount(), 0);
    QVERIFY(QDir(store.folder() + QStringLiteral("/messages")).isEmpty());
    // AUTOINCREMENT: a removed id is never handed out again.
    QCOMPARE(addBody(store, sampleMessage()), 4);
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestMessageStore)
#include "tst_messagestore.moc"
