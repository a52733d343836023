// Fills a store with generated messages through addMessage (parsing each, as on arrival),
// then times listing and searching. Usage: storebench [message count] [store folder]
#include "store/messagespool.h"
#include "store/messagestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Mailscope;

namespace {

const QStringList Words { "invoice", "meeting", "report", "quarterly", "deploy", "password", "reset",
    "welcome", "newsletter", "order", "shipped", "receipt", "alert", "weekly", "digest", "build", "failed",
    "passed", "reminder", "account", "security", "update", "review", "request", "budget", "travel", "lunch",
    "project" };

QString words(QRandomGenerator &random, int count)
{
    QStringList picked;
    for (int i = 0; i < count; ++i)
        picked << Words.at(random.bounded(Words.size()));
    return picked.join(QLatin1Char(' '));
}

QByteArray generatedMessage(QRandomGenerator &random, int number)
{
    const QByteArray from = "user" + QByteArray::number(random.bounded(500)) + "@sender"
        + QByteArray::number(random.bounded(20)) + ".example";
    const QByteArray to = "rcpt" + QByteArray::number(random.bounded(2000)) + "@example.com";
    QByteArray headers = "From: Sender " + QByteArray::number(number % 500) + " <" + from + ">\r\nTo: " + to
        + "\r\nSubject: " + words(random, 4).toUtf8() + " #" + QByteArray::number(number)
        + "\r\nDate: Mon, 1 Jan 2024 10:00:00 +0000\r\nMessage-ID: <" + QByteArray::number(number)
        + "@bench>\r\n";
    const QByteArray text = words(random, 80).toUtf8();
    if (number % 10 != 0)
        return headers + "\r\n" + text + "\r\n";
    return headers
        + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
          "Content-Type: text/plain\r\n\r\n"
        + text
        + "\r\n--b\r\nContent-Type: application/pdf; name=doc.pdf\r\n"
          "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQKJcfsj6IK\r\n--b--\r\n";
}

template <typename F> double timedMs(F &&work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 100000;
    QTemporaryDir temporary;
    const QString folder = args.size() > 2 ? args.at(2) : temporary.path();
    QTextStream out(stdout);
    MessageStore store;
    QString error;
    if (!store.open(folder, &error)) {
        out << "cannot open store: " << error << Qt::endl;
        return 1;
    }
    QRandomGenerator random(42);
    SessionInfo session;
    session.id = QStringLiteral("bench");
    const int existing = store.messageCount();
    const double fillMs = timedMs([&] {
        for (int i = existing; i < count; ++i) {
            const std::unique_ptr<MessageSpool> spool = store.createSpool();
            spool->append(generatedMessage(random, i));
            Envelope envelope;
            envelope.mailFrom = QStringLiteral("bench@example.org");
            envelope.recipients.append({ QStringLiteral("rcpt@example.com"), {} });
            if (!store.addMessage(*spool, envelope, session).ok())
                qFatal("addMessage failed");
            if (i % 7 == 0)
                store.setRead(i + 1, true);
            if (i % 13 == 0)
                store.addTag(i + 1, QStringLiteral("bench"));
        }
    });
    const int added = count - existing;
    out << "store: " << folder << "\n";
    out << QStringLiteral("added %1 messages in %2 s (%3 ms each, parse + summary + index + commit)\n")
               .arg(added)
               .arg(fillMs / 1000, 0, 'f', 1)
               .arg(added > 0 ? fillMs / added : 0, 0, 'f', 3);
    int total = 0;
    out << QStringLiteral("%1 ms  messageCount() = %2\n")
               .arg(timedMs([&] { total = store.messageCount(); }), 8, 'f', 2)
               .arg(total);
    QList<StoredMessage> page;
    out << QStringLiteral("%1 ms  messages(0, 50): first page with summaries\n")
               .arg(timedMs([&] { page = store.messages(0, 50); }), 8, 'f', 2);
    out << QStringLiteral("%1 ms  messages(50000, 50): a page deep down\n")
               .arg(timedMs([&] { page = store.messages(50000, 50); }), 8, 'f', 2);
    out << QStringLiteral("%1 ms  messages(): all %2 summaries\n")
               .arg(timedMs([&] { page = store.messages(); }), 8, 'f', 2)
               .arg(page.size());
    const QStringList queries { "invoice", "\"quarterly report\"", "deplo", "from:user42@", "to:rcpt7",
        "subject:budget", "has:attachment", "is:unread", "tag:bench", "-invoice",
        "invoice -is:read has:attachment", "from:sender3 \"weekly digest\"", "nosuchwordanywhere",
        "after:2024-01-01 travel" };
    for (const QString &query : queries) {
        SearchResult result;
        const double ms = timedMs([&] { result = store.search(query, 0, 50); });
        out << QStringLiteral("%1 ms  search(%2): %3 of %4\n")
                   .arg(ms, 8, 'f', 2)
                   .arg(query)
                   .arg(result.messages.size())
                   .arg(result.total);
    }
    return 0;
}
