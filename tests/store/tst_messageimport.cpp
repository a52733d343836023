// MessageImport: .eml and mbox files into the store, with an envelope made from the headers.
#include "mime/mimeparser.h"
#include "store/messageimport.h"
#include "storetesthelpers.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace Mailscope {

using namespace MessageImport;

class TestMessageImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importsEmlFile();
    void makesEnvelopeFromHeaders();
    void splitsMbox_data();
    void splitsMbox();
    void reportsUnreadableFile();
    void importFileTellsMboxFromMessage();

private:
    std::unique_ptr<MessageStore> m_store;
    QTemporaryDir m_dir;
};

void TestMessageImport::init()
{
    m_store = std::make_unique<MessageStore>();
    QVERIFY(m_store->open(QStringLiteral(":memory:")));
}

void TestMessageImport::importsEmlFile()
{
    const QByteArray raw
        = "Return-Path: <bounces@example.org>\r\nFrom: A <a@example.org>\r\nTo: b@example.com\r\n"
          "Subject: imported\r\n\r\nbody\r\n";
    const QString path = m_dir.filePath(QStringLiteral("one.eml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(raw);
    file.close();
    const Result result = importEml(*m_store, path);
    QVERIFY(result.ok());
    QCOMPARE(result.ids.size(), 1);
    const StoredMessage stored = *m_store->message(result.ids.first());
    QCOMPARE(m_store->raw(stored.id), raw);
    QCOMPARE(stored.subject, QStringLiteral("imported"));
    QCOMPARE(stored.sessionId, QStringLiteral("import"));
    QCOMPARE(stored.envelope.mailFrom, QStringLiteral("bounces@example.org"));
    QCOMPARE(stored.envelope.recipientAddresses(), QStringList { QStringLiteral("b@example.com") });
}

void TestMessageImport::makesEnvelopeFromHeaders()
{
    const ParsedMessage parsed = MimeParser::parse(QByteArray(
        "From: x@example.org\r\nTo: a@example.com, B@example.com\r\nCc: b@example.com, c@example.com\r\n"
        "Bcc: d@example.com\r\n\r\n"));
    const Envelope envelope = envelopeFromHeaders(parsed);
    QCOMPARE(envelope.mailFrom, QStringLiteral("x@example.org"));
    QCOMPARE(envelope.recipientAddresses(),
        (QStringList { QStringLiteral("a@example.com"), QStringLiteral("B@example.com"),
            QStringLiteral("c@example.com"), QStringLiteral("d@example.com") }));
    QVERIFY(envelopeFromHeaders(MimeParser::parse(QByteArray("Subject: none\r\n\r\n"))).isNullSender());
}

void TestMessageImport::splitsMbox_data()
{
    QTest::addColumn<QByteArray>("mbox");
    QTest::addColumn<int>("format");
    QTest::addColumn<QList<QByteArray>>("messages");
    const QByteArray first = "From: a@example.org\nSubject: one\n\nline\n>From the start\n>>From deeper\n";
    QTest::newRow("mboxrd")
        << QByteArray("From a@example.org Mon Jan  1 00:00:00 2024\n" + first
               + "\nFrom b@example.org Tue Jan  2 00:00:00 2024\nSubject: two\n\nbody\nFrom mid-paragraph is "
                 "no separator\n")
        << int(MboxFormat::Mboxrd)
        << QList<QByteArray> { "From: a@example.org\nSubject: one\n\nline\nFrom the start\n>From deeper\n",
               "Subject: two\n\nbody\nFrom mid-paragraph is no separator\n" };
    QTest::newRow("mboxo") << QByteArray("From a@example.org Mon Jan  1 00:00:00 2024\n" + first)
                           << int(MboxFormat::Mboxo)
                           << QList<QByteArray> {
                                  "From: a@example.org\nSubject: one\n\nline\nFrom the start\n>>From deeper\n"
                              };
    QTest::newRow("crlf and preamble")
        << QByteArray("junk before\r\nFrom x\r\nSubject: a\r\n\r\nbody\r\n\r\n\r\nFrom y\r\nSubject: b\r\n")
        << int(MboxFormat::Mboxrd)
        << QList<QByteArray> { "Subject: a\r\n\r\nbody\r\n\r\n", "Subject: b\r\n" };
    QTest::newRow("empty file") << QByteArray() << int(MboxFormat::Mboxrd) << QList<QByteArray> {};
    QTest::newRow("no separator at all")
        << QByteArray("Subject: x\n\nbody\n") << int(MboxFormat::Mboxrd) << QList<QByteArray> {};
}

void TestMessageImport::splitsMbox()
{
    QFETCH(QByteArray, mbox);
    QFETCH(int, format);
    QFETCH(QList<QByteArray>, messages);
    QBuffer buffer(&mbox);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const Result result = importMbox(*m_store, buffer, MboxFormat(format));
    QVERIFY(result.ok());
    QCOMPARE(result.ids.size(), messages.size());
    for (qsizetype i = 0; i < messages.size(); ++i)
        QCOMPARE(m_store->raw(result.ids.at(i)), messages.at(i));
}

void TestMessageImport::reportsUnreadableFile()
{
    const Result eml = importEml(*m_store, m_dir.filePath(QStringLiteral("missing.eml")));
    QVERIFY(!eml.ok());
    QVERIFY(eml.ids.isEmpty());
    QVERIFY(!importMbox(*m_store, m_dir.filePath(QStringLiteral("missing.mbox"))).ok());
    QCOMPARE(m_store->messageCount(), 0);
}

void TestMessageImport::importFileTellsMboxFromMessage()
{
    const QString mbox = m_dir.filePath(QStringLiteral("two.mbox"));
    QFile file(mbox);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("From a@example.com Mon Jan  1 10:00:00 2024\nSubject: one\n\nfirst\n\n"
               "From b@example.com Mon Jan  1 10:01:00 2024\nSubject: two\n\nsecond\n");
    file.close();
    const Result fromMbox = importFile(*m_store, mbox);
    QVERIFY2(fromMbox.ok(), qPrintable(fromMbox.errors.join(u'\n')));
    QCOMPARE(fromMbox.ids.size(), 2);

    // A message whose body has a "From " line after an empty line is still one message.
    const QString eml = m_dir.filePath(QStringLiteral("one.eml"));
    QFile message(eml);
    QVERIFY(message.open(QIODevice::WriteOnly));
    message.write("Subject: one\r\n\r\nFrom here on\r\n");
    message.close();
    const Result fromEml = importFile(*m_store, eml);
    QVERIFY(fromEml.ok());
    QCOMPARE(fromEml.ids.size(), 1);
    QCOMPARE(m_store->raw(fromEml.ids.first()), QByteArray("Subject: one\r\n\r\nFrom here on\r\n"));

    QVERIFY(!importFile(*m_store, m_dir.filePath(QStringLiteral("missing.eml"))).ok());
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestMessageImport)
#include "tst_messageimport.moc"
