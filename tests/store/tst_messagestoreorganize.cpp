// MessageStore: read state, tags (with messageChanged) and export as .eml.
#include "storetesthelpers.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace Mailscope {

using StoreTest::add;
using StoreTest::message;

class TestMessageStoreOrganize : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void marksReadAndUnread();
    void tagsMessages();
    void removingLastUseForgetsTag();
    void tagsGoWithTheirMessage();
    void exportsRawBytes();

private:
    std::unique_ptr<MessageStore> m_store;
    qint64 m_id = 0;
};

void TestMessageStoreOrganize::init()
{
    m_store = std::make_unique<MessageStore>();
    QVERIFY(m_store->open(QStringLiteral(":memory:")));
    m_id = add(*m_store, message("s", "a@example.com", "b@example.com", "body"));
    QVERIFY(m_id > 0);
}

void TestMessageStoreOrganize::marksReadAndUnread()
{
    QSignalSpy changed(m_store.get(), &MessageStore::messageChanged);
    QVERIFY(!m_store->message(m_id)->isRead);
    QVERIFY(m_store->setRead(m_id, true));
    QVERIFY(m_store->message(m_id)->isRead);
    QVERIFY(m_store->setRead(m_id, true)); // no change, no signal
    QVERIFY(m_store->setRead(m_id, false));
    QVERIFY(!m_store->message(m_id)->isRead);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.first().first().toLongLong(), m_id);
    QVERIFY(!m_store->setRead(m_id + 100, true));
}

void TestMessageStoreOrganize::tagsMessages()
{
    QSignalSpy changed(m_store.get(), &MessageStore::messageChanged);
    QVERIFY(m_store->setTags(
        m_id, { QStringLiteral(" work "), QStringLiteral("Urgent"), QStringLiteral("WORK"), {} }));
    QCOMPARE(
        m_store->message(m_id)->tags, (QStringList { QStringLiteral("Urgent"), QStringLiteral("work") }));
    QVERIFY(m_store->addTag(m_id, QStringLiteral("urgent"))); // already there, in another case
    QVERIFY(m_store->addTag(m_id, QStringLiteral("later")));
    QVERIFY(m_store->removeTag(m_id, QStringLiteral("WORK")));
    QCOMPARE(
        m_store->message(m_id)->tags, (QStringList { QStringLiteral("later"), QStringLiteral("Urgent") }));
    QCOMPARE(changed.size(), 3);
    const qint64 other = add(*m_store, message("t", "a@example.com", "b@example.com", "body"));
    QVERIFY(m_store->addTag(other, QStringLiteral("Other")));
    QCOMPARE(m_store->tags(),
        (QStringList { QStringLiteral("later"), QStringLiteral("Other"), QStringLiteral("Urgent") }));
    QVERIFY(!m_store->addTag(other + 100, QStringLiteral("x")));
}

void TestMessageStoreOrganize::removingLastUseForgetsTag()
{
    QVERIFY(m_store->addTag(m_id, QStringLiteral("once")));
    QVERIFY(m_store->setTags(m_id, {}));
    QVERIFY(m_store->tags().isEmpty());
    QVERIFY(m_store->message(m_id)->tags.isEmpty());
}

void TestMessageStoreOrganize::tagsGoWithTheirMessage()
{
    QVERIFY(m_store->addTag(m_id, QStringLiteral("kept?")));
    QVERIFY(m_store->removeMessage(m_id));
    QCOMPARE(m_store->search(QStringLiteral("tag:kept?")).total, 0);
    const qint64 next = add(*m_store, message("n", "a@example.com", "b@example.com", "body"));
    QVERIFY(m_store->message(next)->tags.isEmpty());
}

void TestMessageStoreOrganize::exportsRawBytes()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("out.eml"));
    QFile existing(target);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("old content that is longer than the message itself................");
    existing.close();
    QString error;
    QVERIFY2(m_store->exportMessage(m_id, target, &error), qPrintable(error));
    QFile exported(target);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll(), m_store->raw(m_id));
    QVERIFY(!m_store->exportMessage(m_id + 100, target, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!m_store->exportMessage(m_id, dir.filePath(QStringLiteral("no/such/dir/x.eml")), &error));
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestMessageStoreOrganize)
#include "tst_messagestoreorganize.moc"
