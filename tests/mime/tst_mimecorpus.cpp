// MimeParser over real-world messages (tests/mime/corpus), checked against what an
// independent parser (Python's email package) read in each one (corpus/expected.json).
#include "mime/mimeparser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace Mailscope {

namespace {

QString corpusDir()
{
    return QStringLiteral(MAILSCOPE_CORPUS_DIR);
}

// Where we read a message differently from Python on purpose, and why.
// file -> { field -> the value we expect instead }.
const QHash<QString, QJsonObject> &deliberateDifferences()
{
    static const QHash<QString, QJsonObject> differences {
        // A part without a file name is still an attachment to a mail client: Python counts names only.
        { QStringLiteral("023-epilogue.eml"), { { QStringLiteral("attachments"), 1 } } },
        { QStringLiteral("031-rfc2060.eml"), { { QStringLiteral("attachments"), 3 } } },
        { QStringLiteral("029-multipart-digest.eml"), { { QStringLiteral("attachments"), 1 } } },
        // An embedded message (message/rfc822) is an attachment, shown as such.
        { QStringLiteral("033-simple-embedded-message.eml"), { { QStringLiteral("attachments"), 1 } } },
        // Delivery reports: the status part and the returned message are attachments.
        { QStringLiteral("014-bounce.eml"), { { QStringLiteral("attachments"), 2 } } },
        { QStringLiteral("017-delivery-status-anonymized.eml"), { { QStringLiteral("attachments"), 2 } } },
        { QStringLiteral("018-delivery-status.eml"), { { QStringLiteral("attachments"), 2 } } },
        { QStringLiteral("019-delivery-status2.eml"), { { QStringLiteral("attachments"), 2 } } },
        // "Date: ... 00:19:00 (EDT) -0400": Python stops at the comment and loses the zone.
        { QStringLiteral("021-disposition-notification.eml"),
            { { QStringLiteral("attachments"), 2 },
                { QStringLiteral("date"), QStringLiteral("1995-09-20T00:19:00-04:00") } } },
        { QStringLiteral("053-delivery-status.eml"), { { QStringLiteral("attachments"), 2 } } },
        // The PGP signature of a signed announcement.
        { QStringLiteral("037-announce-gnupg-2-1-20-released.eml"),
            { { QStringLiteral("attachments"), 1 } } },
        // A related group whose first part is an image: the HTML after it is what a client shows.
        { QStringLiteral("030-multipart-related-mhtml.eml"),
            { { QStringLiteral("attachments"), 1 }, { QStringLiteral("has_html"), true } } },
        // A message whose only part is audio: that part is the attachment.
        { QStringLiteral("046-rfc2046.eml"), { { QStringLiteral("attachments"), 1 } } },
    };
    return differences;
}

QList<MailAddress> addressesOf(const QJsonValue &value)
{
    QList<MailAddress> addresses;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        const QJsonObject object = entry.toObject();
        QString name = object.value(QLatin1String("name")).toString();
        const QString address = object.value(QLatin1String("address")).toString();
        // Python repeats a bare address as its name; we leave the name empty.
        if (name == address)
            name.clear();
        addresses.append({ name, address });
    }
    return addresses;
}

QString describe(const QList<MailAddress> &addresses)
{
    QStringList list;
    for (const MailAddress &address : addresses)
        list << address.toString();
    return list.join(QStringLiteral(", "));
}

} // namespace

class TestMimeCorpus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsEveryCorpusMessage_data();
    void readsEveryCorpusMessage();

private:
    QJsonObject m_expected;
};

void TestMimeCorpus::initTestCase()
{
    QFile file(QDir(corpusDir()).filePath(QStringLiteral("expected.json")));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    m_expected = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(m_expected.size() >= 50);
}

void TestMimeCorpus::readsEveryCorpusMessage_data()
{
    QTest::addColumn<QString>("fileName");
    const QStringList files
        = QDir(corpusDir()).entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name);
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << name;
}

void TestMimeCorpus::readsEveryCorpusMessage()
{
    QFETCH(QString, fileName);
    QVERIFY2(m_expected.contains(fileName), "every corpus message has an expected reading");
    QJsonObject expected = m_expected.value(fileName).toObject();
    const QJsonObject different = deliberateDifferences().value(fileName);
    for (auto it = different.begin(); it != different.end(); ++it)
        expected.insert(it.key(), it.value());

    const ParsedMessage message = MimeParser::parseFile(QDir(corpusDir()).filePath(fileName));
    QVERIFY(message.isValid);
    const QString subject = expected.value(QLatin1String("subject")).toString();
    QCOMPARE(message.subject, subject);
    QVERIFY2(message.part(0) != nullptr, "the root part is always there");
    if (expected.value(QLatin1String("malformed")).toBool())
        return; // Python's figures are one best effort among others: no crash and a subject is enough

    QCOMPARE(describe(message.from), describe(addressesOf(expected.value(QLatin1String("from")))));
    QCOMPARE(describe(message.to), describe(addressesOf(expected.value(QLatin1String("to")))));
    QCOMPARE(describe(message.cc), describe(addressesOf(expected.value(QLatin1String("cc")))));
    QString messageId = expected.value(QLatin1String("message_id")).toString().trimmed();
    if (messageId.startsWith(QLatin1Char('<')) && messageId.endsWith(QLatin1Char('>')))
        messageId = messageId.mid(1, messageId.size() - 2);
    QCOMPARE(message.messageId, messageId);
    const QString date = expected.value(QLatin1String("date")).toString();
    if (!date.isEmpty())
        QCOMPARE(message.date, QDateTime::fromString(date, Qt::ISODate));

    QCOMPARE(message.root.contentType, expected.value(QLatin1String("content_type")).toString());
    QCOMPARE(!message.textBody.isEmpty(), expected.value(QLatin1String("has_text")).toBool());
    QCOMPARE(!message.htmlBody.isEmpty(), expected.value(QLatin1String("has_html")).toBool());
    QCOMPARE(message.attachments.size(), expected.value(QLatin1String("attachments")).toInt());
    const QString textStart = expected.value(QLatin1String("text_start")).toString();
    if (!textStart.isEmpty())
        QVERIFY2(message.textBody.startsWith(textStart.trimmed())
                || message.textBody.trimmed().startsWith(textStart.trimmed()),
            qPrintable(message.textBody.left(200)));

    // Every named leaf Python saw is an attachment of ours with that name and decoded size.
    const QJsonArray parts = expected.value(QLatin1String("parts")).toArray();
    for (const QJsonValue &value : parts) {
        const QJsonObject part = value.toObject();
        const QString name = part.value(QLatin1String("filename")).toString();
        if (name.isEmpty())
            continue;
        const auto match = std::find_if(message.attachments.cbegin(), message.attachments.cend(),
            [&](const Attachment &attachment) { return attachment.fileName == name; });
        QVERIFY2(match != message.attachments.cend(), qPrintable(name));
        QCOMPARE(match->size, part.value(QLatin1String("size")).toInteger());
        QCOMPARE(match->contentType, part.value(QLatin1String("content_type")).toString());
    }
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestMimeCorpus)
#include "tst_mimecorpus.moc"
