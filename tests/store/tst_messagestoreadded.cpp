// MessageStore::addMessage's one transaction (pending transcript + message), the group commit
// of queueMessage, and what the observers of messageAdded read while the signal is delivered.
#include "store/messagespool.h"
#include "store/messagestore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include "messagestoresamples.h"

namespace Mailscope {

class TestMessageStoreAdded : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void observersReadWhatTheRowHolds();
    void changeByObserverIsSeenByLaterObservers();
    void failedMessageKeepsTranscriptQueued();
    void queuedMessagesAnswerAfterTheirCommit();
    void failingQueuedMessageLeavesTheOthers();
    void closingCommitsQueuedMessages();
    void queuedBodyOnDiskIsStoredWithTheOthers();
    void idsFollowTheQueueWhileSummariesAreRead();
    void xTagsHeaderTagsTheMessageOnArrival();
};

namespace {

qint64 addSample(MessageStore &store, const QByteArray &raw)
{
    const std::unique_ptr<MessageSpool> spool = store.createSpool();
    spool->append(raw);
    return store.addMessage(*spool, sampleEnvelope(), sampleSession(QStringLiteral("s1"))).id;
}

std::unique_ptr<MessageSpool> spoolOf(MessageStore &store, const QByteArray &raw)
{
    std::unique_ptr<MessageSpool> spool = store.createSpool();
    spool->append(raw);
    return spool;
}

void compareMessages(const StoredMessage &a, const StoredMessage &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.sessionId, b.sessionId);
    QCOMPARE(a.received, b.received);
    QCOMPARE(a.received.timeSpec(), b.received.timeSpec());
    QCOMPARE(a.size, b.size);
    QCOMPARE(a.envelope.mailFrom, b.envelope.mailFrom);
    QCOMPARE(a.envelope.mailParameters, b.envelope.mailParameters);
    QCOMPARE(a.envelope.mailParameters.value("SMTPUTF8").isNull(), b.envelope.mailParameters.value("SMTPUTF8").isNull());
    QCOMPARE(a.envelope.recipientAddresses(), b.envelope.recipientAddresses());
    for (qsizetype i = 0; i < a.envelope.recipients.size(); ++i)
        QCOMPARE(a.envelope.recipients.at(i).parameters, b.envelope.recipients.at(i).parameters);
    QCOMPARE(a.subject, b.subject);
    QCOMPARE(a.heloName, b.heloName);
    QCOMPARE(a.remoteAddress, b.remoteAddress);
    QCOMPARE(a.transmissionType, b.transmissionType);
    QCOMPARE(a.authUser, b.authUser);
    QCOMPARE(a.from.name, b.from.name);
    QCOMPARE(a.from.address, b.from.address);
    QCOMPARE(a.to.size(), b.to.size());
    for (qsizetype i = 0; i < a.to.size(); ++i)
        QCOMPARE(a.to.at(i).address, b.to.at(i).address);
    QCOMPARE(a.cc.size(), b.cc.size());
    QCOMPARE(a.date, b.date);
    QCOMPARE(a.date.timeSpec(), b.date.timeSpec());
    QCOMPARE(a.messageId, b.messageId);
    QCOMPARE(a.snippet, b.snippet);
    QCOMPARE(a.attachmentCount, b.attachmentCount);
    QCOMPARE(a.isRead, b.isRead);
    QCOMPARE(a.tags, b.tags);
}

} // namespace

void TestMessageStoreAdded::observersReadWhatTheRowHolds()
{
    MessageStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    std::optional<StoredMessage> seen;
    connect(&store, &MessageStore::messageAdded, this, [&](qint64 id) { seen = store.message(id); });
    const QByteArray raw = "From: \"Ann Example\" <ann@example.org>\r\nTo: b@example.com, \"C\" <c@example.com>\r\n"
                           "Cc: d@example.com\r\nDate: Tue, 2 Jan 2024 10:00:00 +0200\r\nMessage-ID: <m1@example.org>\r\n"
                           "Subject: =?UTF-8?B?R3LDvMOfZQ==?=\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
                           "--b\r\nContent-Type: text/plain\r\n\r\nHello there\r\n--b\r\n"
                           "Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=a.bin\r\n\r\n"
                           "xyz\r\n--b--\r\n";
    const qint64 id = addSample(store, raw);
    QVERIFY(id > 0);
    QVERIFY(seen);
    QCOMPARE(seen->subject, QStringLiteral("Grüße"));
    QCOMPARE(seen->attachmentCount, 1);
    const std::optional<StoredMessage> reread = store.message(id); // from the row, after the signal
    QVERIFY(reread);
    compareMessages(*seen, *reread);
}

void TestMessageStoreAdded::changeByObserverIsSeenByLaterObservers()
{
    MessageStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    connect(&store, &MessageStore::messageAdded, this, [&](qint64 id) {
        store.setRead(id, true);
        store.addTag(id, QStringLiteral("seen"));
    });
    std::optional<StoredMessage> later;
    connect(&store, &MessageStore::messageAdded, this, [&](qint64 id) { later = store.message(id); });
    QVERIFY(addSample(store, sampleMessage()) > 0);
    QVERIFY(later);
    QVERIFY(later->isRead);
    QCOMPARE(later->tags, QStringList { QStringLiteral("seen") });
}

void TestMessageStoreAdded::failedMessageKeepsTranscriptQueued()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("store"));
    MessageStore store;
    QVERIFY(store.open(folder));
    store.appendTranscript(QStringLiteral("s1"), { Epoch2024, TranscriptLine::Direction::Client, "DATA" });
    // No file can be made inside messages/ once it is a regular file: the message fails.
    const QString messages = folder + QStringLiteral("/messages");
    QVERIFY(QDir(messages).removeRecursively());
    QFile file(messages);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(addSample(store, sampleMessage()) <= 0);
    // The line written in the rolled-back transaction is written all the same.
    const QList<TranscriptLine> lines = store.transcript(QStringLiteral("s1"));
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().text, QByteArray("DATA"));
}

void TestMessageStoreAdded::queuedMessagesAnswerAfterTheirCommit()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("store"));
    MessageStore store;
    QVERIFY(store.open(folder));
    store.appendTranscript(QStringLiteral("s1"), { Epoch2024, TranscriptLine::Direction::Client, "DATA" });
    QList<qint64> answered;
    QList<int> rowsSeenByAnswer;
    for (const QByteArray subject : { "one", "two", "three" }) {
        store.queueMessage(spoolOf(store, sampleMessage(subject)), sampleEnvelope(), sampleSession(QStringLiteral("s1")),
            [&](const MessageStore::AddResult &result) {
                answered.append(result.id);
                // Another connection sees the rows: they are committed before any answer.
                rowsSeenByAnswer.append(
                    sqlValue(folder + QStringLiteral("/mailscope.sqlite"), QStringLiteral("SELECT COUNT(*) FROM messages"))
                        .toInt());
            });
    }
    QVERIFY(answered.isEmpty()); // nothing is answered before the event loop has run
    QCOMPARE(store.messageCount(), 0);
    QTRY_COMPARE(answered.size(), 3);
    QCOMPARE(answered, (QList<qint64> { 1, 2, 3 }));
    // Summaries are read on a worker thread, so the three may be committed in one go or in
    // several; either way no answer comes before its own row is committed.
    for (int i = 0; i < 3; ++i)
        QVERIFY2(rowsSeenByAnswer[i] >= i + 1, qPrintable(QString::number(rowsSeenByAnswer[i])));
    QCOMPARE(store.message(2)->subject, QStringLiteral("two"));
    QCOMPARE(store.raw(3), sampleMessage("three"));
    QCOMPARE(sqlValue(folder + QStringLiteral("/mailscope.sqlite"), QStringLiteral("SELECT COUNT(*) FROM transcript")).toInt(), 1);
}

void TestMessageStoreAdded::failingQueuedMessageLeavesTheOthers()
{
    QTemporaryDir dir;
    MessageStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    const QString blocker = dir.filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    auto broken = std::make_unique<MessageSpool>(blocker + QStringLiteral("/spool"), 4);
    QVERIFY(!broken->append(sampleMessage()));
    QList<MessageStore::AddResult> results;
    const auto collect = [&](const MessageStore::AddResult &result) { results.append(result); };
    const SessionInfo session = sampleSession(QStringLiteral("s1"));
    store.queueMessage(spoolOf(store, sampleMessage("before")), sampleEnvelope(), session, collect);
    store.queueMessage(std::move(broken), sampleEnvelope(), session, collect);
    store.queueMessage(spoolOf(store, sampleMessage("after")), sampleEnvelope(), session, collect);
    store.commitQueued();
    QCOMPARE(results.size(), 3);
    QVERIFY(results[0].ok());
    QVERIFY(!results[1].ok());
    QVERIFY(!results[1].error.isEmpty());
    QVERIFY(results[2].ok());
    QCOMPARE(store.messageCount(), 2);
    QCOMPARE(store.message(results[2].id)->subject, QStringLiteral("after"));
}

void TestMessageStoreAdded::closingCommitsQueuedMessages()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("store"));
    qint64 id = 0;
    {
        MessageStore store;
        QVERIFY(store.open(folder));
        store.queueMessage(spoolOf(store, sampleMessage("last")), sampleEnvelope(), sampleSession(QStringLiteral("s1")),
            [&](const MessageStore::AddResult &result) { id = result.id; });
    }
    QCOMPARE(id, 1);
    MessageStore reopened;
    QVERIFY(reopened.open(folder));
    QCOMPARE(reopened.message(1)->subject, QStringLiteral("last"));
}

void TestMessageStoreAdded::queuedBodyOnDiskIsStoredWithTheOthers()
{
    MessageStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    store.setSpoolMemoryLimit(1024);
    const QByteArray large = sampleMessage("large") + QByteArray(4096, 'x') + "\r\n";
    QList<MessageStore::AddResult> results;
    const auto collect = [&](const MessageStore::AddResult &result) { results.append(result); };
    const SessionInfo session = sampleSession(QStringLiteral("s1"));
    store.queueMessage(spoolOf(store, sampleMessage("small")), sampleEnvelope(), session, collect);
    std::unique_ptr<MessageSpool> onDisk = spoolOf(store, large);
    QVERIFY(onDisk->isOnDisk());
    store.queueMessage(std::move(onDisk), sampleEnvelope(), session, collect);
    store.queueMessage(spoolOf(store, sampleMessage("after")), sampleEnvelope(), session, collect);
    store.commitQueued();
    QCOMPARE(results.size(), 3);
    for (const MessageStore::AddResult &result : std::as_const(results))
        QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(store.messageCount(), 3);
    QCOMPARE(store.raw(results[1].id), large);
    QCOMPARE(store.message(results[2].id)->subject, QStringLiteral("after"));
}

void TestMessageStoreAdded::idsFollowTheQueueWhileSummariesAreRead()
{
    MessageStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    // A big body first: its summary takes longest, and the small ones behind it must wait for it.
    QByteArray big = sampleMessage("big");
    for (int i = 0; i < 40000; ++i)
        big += "a line of text in a big message body, " + QByteArray::number(i) + "\r\n";
    QList<QString> queuedSubjects { QStringLiteral("big") };
    QList<qint64> answered;
    const SessionInfo session = sampleSession(QStringLiteral("s1"));
    const auto collect = [&](const MessageStore::AddResult &result) {
        QVERIFY2(result.ok(), qPrintable(result.error));
        answered.append(result.id);
    };
    store.queueMessage(spoolOf(store, big), sampleEnvelope(), session, collect);
    for (int i = 0; i < 20; ++i) {
        const QByteArray subject = "small " + QByteArray::number(i);
        queuedSubjects.append(QString::fromLatin1(subject));
        store.queueMessage(spoolOf(store, sampleMessage(subject)), sampleEnvelope(), session, collect);
    }
    QTRY_COMPARE(answered.size(), queuedSubjects.size());
    for (qsizetype i = 0; i < answered.size(); ++i) {
        QCOMPARE(answered[i], i + 1);
        QCOMPARE(store.message(answered[i])->subject, queuedSubjects[i]);
    }
    const SearchResult found = store.search(QStringLiteral("12345"));
    QCOMPARE(found.total, 1);
    QCOMPARE(found.messages.first().id, 1); // the summary read on the worker was indexed
}

void TestMessageStoreAdded::xTagsHeaderTagsTheMessageOnArrival()
{
    MessageStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    const qint64 earlier = addSample(store, sampleMessage("earlier"));
    QVERIFY(store.setTags(earlier, { QStringLiteral("CI") }));
    QList<StoredMessage> announced;
    connect(&store, &MessageStore::messageAdded, this, [&](qint64 id) { announced.append(*store.message(id)); });
    const QByteArray raw = "From: app@example.org\r\nX-Tags: signup, ci ,,Signup\r\nx-tags: welcome\r\n"
                           "Subject: tagged\r\n\r\nbody\r\n";
    const qint64 id = addSample(store, raw);
    QVERIFY(id > 0);
    // Mailpit's rule: comma separated, trimmed, each tag once; a known tag keeps its spelling.
    const QStringList expected { QStringLiteral("CI"), QStringLiteral("signup"), QStringLiteral("welcome") };
    QCOMPARE(store.message(id)->tags, expected);
    QCOMPARE(announced.size(), 1);
    QCOMPARE(announced.first().tags, expected); // observers see them without reading the row
    QCOMPARE(store.search(QStringLiteral("tag:welcome")).total, 1);
    QCOMPARE(store.search(QStringLiteral("tag:ci")).total, 2);
    QCOMPARE(store.message(addSample(store, sampleMessage("plain")))->tags, QStringList());
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestMessageStoreAdded)
#include "tst_messagestoreadded.moc"
