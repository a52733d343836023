// The message list model over a real store: batched inserts, paging, search, read state.
#include "messagelistmodel.h"

#include "store/messagespool.h"
#include "store/messagestore.h"

#include <QFont>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace Mailscope;

class MessageListModelTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void insertsAFloodInOneBatchNewestFirst();
    void pagesThroughLargeStores();
    void searchDecidesWhatNewMailShows();
    void readStateUpdatesTheRow();
    void removedMessageLeaves();
    void dragsOutAsEmlFiles();

private:
    qint64 add(const QString& subject);

    MessageStore* m_store = nullptr;
};

void MessageListModelTest::init()
{
    m_store = new MessageStore(this);
    QVERIFY(m_store->open(QStringLiteral(":memory:")));
}

void MessageListModelTest::cleanup()
{
    delete m_store;
    m_store = nullptr;
}

qint64 MessageListModelTest::add(const QString& subject)
{
    std::unique_ptr<MessageSpool> spool = m_store->createSpool();
    spool->append(QByteArrayLiteral("From: a@example.com\r\nTo: b@example.com\r\nSubject: ")
        + subject.toUtf8() + QByteArrayLiteral("\r\n\r\nbody\r\n"));
    Envelope envelope;
    envelope.mailFrom = QStringLiteral("a@example.com");
    envelope.recipients << Recipient { QStringLiteral("b@example.com"), {} };
    SessionInfo session;
    session.id = QStringLiteral("s1");
    const MessageStore::AddResult result = m_store->addMessage(*spool, envelope, session);
    return result.id;
}

void MessageListModelTest::insertsAFloodInOneBatchNewestFirst()
{
    MessageListModel model(m_store);
    QSignalSpy inserted(&model, &MessageListModel::rowsInserted);
    for (int i = 0; i < 200; ++i)
        QVERIFY(add(QStringLiteral("flood %1").arg(i)) > 0);
    QTRY_COMPARE(model.rowCount(), 200);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.index(0, MessageListModel::Subject).data().toString(), QStringLiteral("flood 199"));
    QCOMPARE(model.index(199, MessageListModel::Subject).data().toString(), QStringLiteral("flood 0"));
}

void MessageListModelTest::pagesThroughLargeStores()
{
    for (int i = 0; i < 620; ++i)
        QVERIFY(add(QStringLiteral("page %1").arg(i)) > 0);
    MessageListModel model(m_store);
    QCOMPARE(model.rowCount(), 500);
    QCOMPARE(model.totalMatches(), 620);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 620);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.index(619, MessageListModel::Subject).data().toString(), QStringLiteral("page 0"));
}

void MessageListModelTest::searchDecidesWhatNewMailShows()
{
    MessageListModel model(m_store);
    model.setQuery(QStringLiteral("subject:invoice"));
    add(QStringLiteral("Your invoice"));
    add(QStringLiteral("Newsletter"));
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, MessageListModel::Subject).data().toString(), QStringLiteral("Your invoice"));
    model.setQuery(QString());
    QCOMPARE(model.rowCount(), 2);
}

void MessageListModelTest::readStateUpdatesTheRow()
{
    const qint64 id = add(QStringLiteral("unread"));
    MessageListModel model(m_store);
    QCOMPARE(model.index(0, MessageListModel::Unread).data().toString(), QStringLiteral("\u25CF"));
    QVERIFY(model.index(0, MessageListModel::Subject).data(Qt::FontRole).value<QFont>().bold());
    QSignalSpy changed(&model, &MessageListModel::dataChanged);
    QVERIFY(m_store->setRead(id, true));
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.index(0, 0).data(MessageListModel::ReadRole).toBool());
    QVERIFY(model.index(0, MessageListModel::Unread).data().toString().isEmpty());
}

void MessageListModelTest::removedMessageLeaves()
{
    add(QStringLiteral("keep"));
    const qint64 gone = add(QStringLiteral("gone"));
    MessageListModel model(m_store);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(m_store->removeMessage(gone));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(gone), -1);
    QCOMPARE(model.totalMatches(), 1);
}

void MessageListModelTest::dragsOutAsEmlFiles()
{
    const qint64 first = add(QStringLiteral("one"));
    const qint64 second = add(QStringLiteral("two"));
    MessageListModel model(m_store);
    QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled);
    // A whole selected row gives one index per column: still one file per message.
    QModelIndexList indexes;
    for (int column = 0; column < model.columnCount(); ++column)
        indexes << model.index(0, column) << model.index(1, column);
    std::unique_ptr<QMimeData> data(model.mimeData(indexes));
    QVERIFY(data);
    QCOMPARE(data->urls().size(), 2);
    QCOMPARE(data->urls().at(0).toLocalFile(), m_store->rawFilePath(second));
    QCOMPARE(data->urls().at(1).toLocalFile(), m_store->rawFilePath(first));
    QVERIFY(data->urls().at(0).fileName().endsWith(QLatin1String(".eml")));
}

QTEST_MAIN(MessageListModelTest)
#include "tst_messagelistmodel.moc"
