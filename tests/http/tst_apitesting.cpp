// Mailpit's testing routes on a real ApiServer with a real SmtpServer: chaos triggers (and an SMTP
// session that gets the chaos reply) and POST /api/v1/send (read back by the store and the parser).
#include "http/apiserver.h"
#include "mime/mimeparser.h"
#include "smtp/smtpserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

namespace Mailscope {

class TestApiTesting : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refusesChaosUnlessEnabled();
    void setsAndReadsChaosTriggers();
    void smtpSessionGetsTheChaosReply();
    void refusesBadChaosTriggers_data();
    void refusesBadChaosTriggers();
    void sendsAMessageIntoTheStore();
    void refusesBadSendRequests_data();
    void refusesBadSendRequests();
    void webUiTellsTheRelay();

private:
    struct Reply {
        int status = 0;
        QByteArray body;
        [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };
    Reply request(const QByteArray& verb, const QString& path, const QByteArray& body = {});
    void startApi(bool chaos);
    // The reply lines to `command` (the last one starts with "NNN "); no command: the greeting.
    QByteArray say(QTcpSocket& smtp, const QByteArray& command);

    std::unique_ptr<MessageStore> m_store;
    std::unique_ptr<SmtpServer> m_server;
    std::unique_ptr<ApiServer> m_api;
    QNetworkAccessManager m_network;
};

void TestApiTesting::init()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_store = std::make_unique<MessageStore>();
    QVERIFY(m_store->open(QStringLiteral(":memory:")));
    m_server = std::make_unique<SmtpServer>(m_store.get());
    ServerSettings settings;
    settings.reverseDns = false;
    settings.listeners = { ListenerConfig { Protocol::Smtp, QStringLiteral("127.0.0.1"), 0 } };
    QVERIFY(m_server->setSettings(settings));
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    startApi(true);
}

void TestApiTesting::cleanup()
{
    m_api.reset();
    m_server.reset();
    m_store.reset();
}

void TestApiTesting::startApi(bool chaos)
{
    m_api.reset();
    m_api = std::make_unique<ApiServer>(m_store.get(), m_server.get());
    ApiSettings settings;
    settings.port = 0;
    settings.chaosEnabled = chaos;
    m_api->setSettings(settings);
    QString error;
    QVERIFY2(m_api->listen(&error), qPrintable(error));
}

TestApiTesting::Reply TestApiTesting::request(
    const QByteArray& verb, const QString& path, const QByteArray& body)
{
    QNetworkRequest request(QUrl(m_api->url() + path));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, verb, body));
    if (!reply->isFinished()) {
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        finished.wait(10000);
    }
    return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
}

QByteArray TestApiTesting::say(QTcpSocket& smtp, const QByteArray& command)
{
    if (!command.isEmpty())
        smtp.write(command + "\r\n");
    // The server lives in this thread: wait with the event loop running.
    QByteArray reply;
    const auto complete = [&] {
        const QList<QByteArray> lines = reply.trimmed().split('\n');
        return reply.endsWith('\n') && lines.last().size() > 3 && lines.last().at(3) == ' ';
    };
    QElapsedTimer clock;
    clock.start();
    while (!complete() && clock.elapsed() < 5000) {
        QTest::qWait(5);
        reply += smtp.readAll();
    }
    return reply.trimmed();
}

void TestApiTesting::refusesChaosUnlessEnabled()
{
    startApi(false);
    const Reply get = request("GET", QStringLiteral("/api/v1/chaos"));
    QCOMPARE(get.status, 400);
    QCOMPARE(get.json().value(QLatin1String("Error")).toString(), QStringLiteral("Chaos is not enabled"));
    QCOMPARE(request("PUT", QStringLiteral("/api/v1/chaos"), "{}").status, 400);
    QCOMPARE(request("GET", QStringLiteral("/api/v1/webui")).json().value(QLatin1String("ChaosEnabled")),
        QJsonValue(false));
    QVERIFY(m_server->settings().rules.isEmpty());
}

void TestApiTesting::setsAndReadsChaosTriggers()
{
    QCOMPARE(request("GET", QStringLiteral("/api/v1/webui")).json().value(QLatin1String("ChaosEnabled")),
        QJsonValue(true));
    const QJsonObject off = request("GET", QStringLiteral("/api/v1/chaos")).json();
    QCOMPARE(off.value(QLatin1String("Authentication")).toObject(),
        (QJsonObject { { QStringLiteral("ErrorCode"), 535 }, { QStringLiteral("Probability"), 0 } }));

    const Reply put = request("PUT", QStringLiteral("/api/v1/chaos"),
        R"({"Sender": {"ErrorCode": 421, "Probability": 5}, "Recipient": {"Probability": 100}})");
    QCOMPARE(put.status, 200);
    const QJsonObject triggers = put.json();
    QCOMPARE(triggers.value(QLatin1String("Sender")).toObject(),
        (QJsonObject { { QStringLiteral("ErrorCode"), 421 }, { QStringLiteral("Probability"), 5 } }));
    QCOMPARE(triggers.value(QLatin1String("Recipient")).toObject(),
        (QJsonObject { { QStringLiteral("ErrorCode"), 451 }, { QStringLiteral("Probability"), 100 } }));
    QCOMPARE(request("GET", QStringLiteral("/api/v1/chaos")).json(), triggers);
    // They are rules: the settings route shows them, first in the list.
    const QJsonArray rules = request("GET", QStringLiteral("/api/mailscope/settings"))
                                 .json()
                                 .value(QLatin1String("rules"))
                                 .toArray();
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules.at(0).toObject().value(QLatin1String("stage")).toString(), QStringLiteral("mail"));
    QCOMPARE(rules.at(0).toObject().value(QLatin1String("probability")).toDouble(), 5.0);

    // Omitted triggers go back to 0%, as in Mailpit.
    const QJsonObject reset = request("PUT", QStringLiteral("/api/v1/chaos"), "{}").json();
    QCOMPARE(reset.value(QLatin1String("Sender")).toObject().value(QLatin1String("Probability")).toInt(), 0);
    QVERIFY(m_server->settings().rules.isEmpty());
}

void TestApiTesting::smtpSessionGetsTheChaosReply()
{
    QCOMPARE(request("PUT", QStringLiteral("/api/v1/chaos"),
                 R"({"Recipient": {"ErrorCode": 452, "Probability": 100}})")
                 .status,
        200);
    QTcpSocket smtp;
    smtp.connectToHost(QHostAddress::LocalHost, m_server->listeners().constFirst().config.port);
    QVERIFY(smtp.waitForConnected(5000));
    QVERIFY(say(smtp, {}).startsWith("220 ")); // the greeting
    QVERIFY(say(smtp, "EHLO client.test").startsWith("250"));
    QVERIFY(say(smtp, "MAIL FROM:<a@example.com>").startsWith("250"));
    const QByteArray rejected = say(smtp, "RCPT TO:<b@example.com>");
    QVERIFY2(rejected.startsWith("452 4.3.0 Chaos recipient error"), rejected.constData());

    QCOMPARE(request("PUT", QStringLiteral("/api/v1/chaos"), "{}").status, 200);
    const QByteArray accepted = say(smtp, "RCPT TO:<b@example.com>");
    QVERIFY2(accepted.startsWith("250"), accepted.constData());
}

void TestApiTesting::refusesBadChaosTriggers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("not JSON") << QByteArray("{") << "not JSON";
    QTest::newRow("code too low") << QByteArray(R"({"Sender": {"ErrorCode": 250}})") << "400 and 599";
    QTest::newRow("probability over 100")
        << QByteArray(R"({"Recipient": {"Probability": 101}})") << "0 and 100";
    QTest::newRow("fractional") << QByteArray(R"({"Recipient": {"Probability": 2.5}})") << "whole number";
    QTest::newRow("trigger not an object") << QByteArray(R"({"Sender": 5})") << "object";
}

void TestApiTesting::refusesBadChaosTriggers()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const Reply reply = request("PUT", QStringLiteral("/api/v1/chaos"), body);
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.json().value(QLatin1String("Error")).toString().contains(error), reply.body.constData());
    QVERIFY(m_server->settings().rules.isEmpty());
}

void TestApiTesting::sendsAMessageIntoTheStore()
{
    const QByteArray png
        = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489");
    const QJsonObject body {
        { QStringLiteral("From"),
            QJsonObject { { QStringLiteral("Email"), QStringLiteral("sender@example.com") },
                { QStringLiteral("Name"), QStringLiteral("Zoë Sender") } } },
        { QStringLiteral("To"),
            QJsonArray { QJsonObject { { QStringLiteral("Email"), QStringLiteral("to@example.com") },
                { QStringLiteral("Name"), QStringLiteral("To Person") } } } },
        { QStringLiteral("Cc"),
            QJsonArray { QJsonObject { { QStringLiteral("Email"), QStringLiteral("cc@example.com") } } } },
        { QStringLiteral("Bcc"), QJsonArray { QStringLiteral("hidden@example.com") } },
        { QStringLiteral("ReplyTo"),
            QJsonArray { QJsonObject { { QStringLiteral("Email"), QStringLiteral("reply@example.com") } } } },
        { QStringLiteral("Subject"), QStringLiteral("Grüße from the API") },
        { QStringLiteral("Text"), QStringLiteral("Plain text, naïve.\nSecond line.") },
        { QStringLiteral("HTML"),
            QStringLiteral("<p>Hello <b>HTML</b> <img src=\"cid:logo@example.com\"></p>") },
        { QStringLiteral("Attachments"),
            QJsonArray { QJsonObject { { QStringLiteral("Content"),
                                           QString::fromLatin1(QByteArray("report body\n").toBase64()) },
                             { QStringLiteral("Filename"), QStringLiteral("report.txt") } },
                QJsonObject {
                    { QStringLiteral("Content"),
                        QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()) },
                    { QStringLiteral("Filename"), QStringLiteral("logo.png") },
                    { QStringLiteral("ContentType"), QStringLiteral("image/png") },
                    { QStringLiteral("ContentID"), QStringLiteral("logo@example.com") } } } },
        { QStringLiteral("Headers"),
            QJsonObject { { QStringLiteral("X-Campaign"), QStringLiteral("spring") } } },
        { QStringLiteral("Tags"), QJsonArray { QStringLiteral("Sent"), QStringLiteral("API") } },
    };
    const Reply reply = request("POST", QStringLiteral("/api/v1/send"), QJsonDocument(body).toJson());
    QCOMPARE(reply.status, 200);
    const qint64 id = reply.json().value(QLatin1String("ID")).toString().toLongLong();
    QVERIFY2(id > 0, reply.body.constData());

    // The store: the envelope names the sender and every recipient, Bcc included.
    const std::optional<StoredMessage> stored = m_store->message(id);
    QVERIFY(stored);
    QCOMPARE(stored->envelope.mailFrom, QStringLiteral("sender@example.com"));
    QStringList recipients;
    for (const Recipient& r : stored->envelope.recipients)
        recipients << r.address;
    QCOMPARE(recipients,
        (QStringList { QStringLiteral("to@example.com"), QStringLiteral("cc@example.com"),
            QStringLiteral("hidden@example.com") }));
    QCOMPARE(stored->subject, QStringLiteral("Grüße from the API"));
    QCOMPARE(stored->tags, (QStringList { QStringLiteral("API"), QStringLiteral("Sent") }));

    // The parser reads back what was built: text, HTML, the attachment and the inline image.
    const QByteArray raw = m_store->raw(id);
    QVERIFY(!raw.contains("hidden@example.com")); // no Bcc header
    QVERIFY(raw.contains("\r\n\r\n"));
    const ParsedMessage parsed = MimeParser::parse(raw);
    QCOMPARE(parsed.from.value(0).name, QStringLiteral("Zoë Sender"));
    QCOMPARE(parsed.replyTo.value(0).address, QStringLiteral("reply@example.com"));
    QVERIFY2(parsed.textBody.contains(QStringLiteral("Plain text, naïve.")), qPrintable(parsed.textBody));
    QVERIFY(parsed.textBody.contains(QLatin1String("Second line.")));
    QVERIFY(parsed.htmlBody.contains(QLatin1String("<b>HTML</b>")));
    QCOMPARE(parsed.header(QStringLiteral("X-Campaign")), QStringLiteral("spring"));
    QVERIFY(!parsed.messageId.isEmpty());
    QCOMPARE(parsed.attachments.size(), 2);
    QCOMPARE(parsed.root.contentType, QStringLiteral("multipart/mixed"));
    for (const Attachment& attachment : parsed.attachments) {
        const QByteArray content = MimeParser::partContent(m_store->rawFilePath(id), attachment.partIndex);
        if (attachment.fileName == QLatin1String("report.txt")) {
            QVERIFY(!attachment.isInline);
            QCOMPARE(content, QByteArray("report body\n"));
        } else {
            QCOMPARE(attachment.fileName, QStringLiteral("logo.png"));
            QCOMPARE(attachment.contentType, QStringLiteral("image/png"));
            QCOMPARE(attachment.contentId, QStringLiteral("logo@example.com"));
            QVERIFY(attachment.isInline);
            QCOMPARE(content, png);
        }
    }

    // And Mailpit's message route shows it as its clients expect.
    const QJsonObject shown = request("GET", QStringLiteral("/api/v1/message/%1").arg(id)).json();
    QCOMPARE(shown.value(QLatin1String("Bcc"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("Address"))
                 .toString(),
        QStringLiteral("hidden@example.com"));
    QCOMPARE(shown.value(QLatin1String("Attachments")).toArray().size(), 1);
    QCOMPARE(shown.value(QLatin1String("Inline")).toArray().size(), 1);
}

void TestApiTesting::refusesBadSendRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    const QByteArray to = R"("To": [{"Email": "to@example.com"}])";
    QTest::newRow("not JSON") << QByteArray("{\"From\":") << "not JSON";
    QTest::newRow("no From") << "{" + to + "}"
                             << "From";
    QTest::newRow("bad From") << R"({"From": {"Email": "not an address"}, )" + to + "}"
                              << "invalid From address";
    QTest::newRow("no recipients") << QByteArray(R"({"From": {"Email": "a@example.com"}})")
                                   << "no recipients";
    QTest::newRow("bad To") << QByteArray(R"({"From": {"Email": "a@example.com"}, "To": [{"Email": "x"}]})")
                            << "invalid To address";
    QTest::newRow("restricted header")
        << R"({"From": {"Email": "a@example.com"}, )" + to + R"(, "Headers": {"Subject": "x"}})"
        << "cannot overwrite header";
    QTest::newRow("header injection")
        << R"({"From": {"Email": "a@example.com"}, )" + to + R"(, "Headers": {"X-A": "1\r\nBcc: b@c.d"}})"
        << "one line";
    QTest::newRow("bad base64") << R"({"From": {"Email": "a@example.com"}, )" + to
            + R"(, "Attachments": [{"Content": "***", "Filename": "f.bin"}]})"
                                << "base64";
}

void TestApiTesting::refusesBadSendRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const Reply reply = request("POST", QStringLiteral("/api/v1/send"), body);
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.json().value(QLatin1String("Error")).toString().contains(error), reply.body.constData());
    QCOMPARE(m_store->messageCount(), 0);
}

void TestApiTesting::webUiTellsTheRelay()
{
    const auto relayOf = [this] {
        return request("GET", QStringLiteral("/api/v1/webui")).json().value(QLatin1String("MessageRelay")).toObject();
    };
    QCOMPARE(relayOf().value(QLatin1String("Enabled")), QJsonValue(false));
    ServerSettings settings = m_server->settings();
    settings.relay.host = QStringLiteral("smtp.example.com");
    settings.relay.port = 587;
    QVERIFY(m_server->setSettings(settings));
    QCOMPARE(relayOf().value(QLatin1String("Enabled")), QJsonValue(true));
    QCOMPARE(relayOf().value(QLatin1String("SMTPServer")).toString(), QStringLiteral("smtp.example.com:587"));
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestApiTesting)
#include "tst_apitesting.moc"
