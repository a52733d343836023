// ConsoleConnection: a raw line connection to our own SmtpServer on port 0 — replies as lines,
// STARTTLS with a self-signed certificate, implicit TLS, the AUTH helper, message content.
#include "client/consoleconnection.h"

#include "smtp/smtpserver.h"
#include "store/messagestore.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Mailscope {

using Direction = TranscriptLine::Direction;

class TestConsoleConnection : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void contentLinesAreDotStuffed_data();
    void contentLinesAreDotStuffed();
    void ehloRepliesArriveAsLines();
    void startTlsUpgradesWithSelfSignedCertificate();
    void startTlsFailsOnUntrustedCertificateByDefault();
    void implicitTlsConnectsEncrypted();
    void authPlainHelperIsAccepted();
    void authCramMd5HelperAnswersTheChallenge();
    void wrongPasswordIsRefused();
    void messageContentIsStored();
    void refusedConnectionIsANote();
    void refusedStartTlsKeepsPlainText();
    void silentTlsServerTimesOut();
    void disconnectingIsANote();

private:
    void startServer(const std::function<void(ServerSettings &)> &change = {});
    void connectConsole(ConsoleOptions::Security security = ConsoleOptions::Security::None, bool acceptBad = true);
    [[nodiscard]] QList<QByteArray> lines(Direction direction) const;
    [[nodiscard]] bool hasLine(Direction direction, const QByteArray &start) const;
    void sendAndWait(const QByteArray &line, const QByteArray &replyStart);

    QTemporaryDir m_dir;
    std::unique_ptr<MessageStore> m_store;
    std::unique_ptr<SmtpServer> m_server;
    std::unique_ptr<ConsoleConnection> m_console;
    QList<TranscriptLine> m_transcript;
    quint16 m_port = 0;
};

void TestConsoleConnection::init()
{
    m_store = std::make_unique<MessageStore>();
    QVERIFY(m_store->open(QStringLiteral(":memory:")));
    m_server = std::make_unique<SmtpServer>(m_store.get());
    m_server->setSelfSignedFolder(m_dir.filePath(QStringLiteral("tls")));
    m_console = std::make_unique<ConsoleConnection>();
    m_transcript.clear();
    connect(m_console.get(), &ConsoleConnection::transcriptLine, this,
        [this](const TranscriptLine &line) { m_transcript << line; });
}

void TestConsoleConnection::cleanup()
{
    m_console.reset();
    m_server.reset();
    m_store.reset();
}

void TestConsoleConnection::startServer(const std::function<void(ServerSettings &)> &change)
{
    ServerSettings settings;
    settings.listeners.first().port = 0;
    settings.reverseDns = false;
    settings.hostName = QStringLiteral("mx.test");
    if (change)
        change(settings);
    QVERIFY(m_server->setSettings(settings));
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_port = m_server->listeners().first().config.port;
}

void TestConsoleConnection::connectConsole(ConsoleOptions::Security security, bool acceptBad)
{
    ConsoleOptions options;
    options.port = m_port;
    options.security = security;
    options.acceptBadCertificates = acceptBad;
    m_console->connectToServer(options);
    QTRY_COMPARE(m_console->state(), ConsoleConnection::State::Connected);
    QTRY_VERIFY(hasLine(Direction::Server, "220 mx.test"));
}

QList<QByteArray> TestConsoleConnection::lines(Direction direction) const
{
    QList<QByteArray> out;
    for (const TranscriptLine &line : m_transcript)
        if (line.direction == direction)
            out << line.text;
    return out;
}

bool TestConsoleConnection::hasLine(Direction direction, const QByteArray &start) const
{
    for (const QByteArray &line : lines(direction))
        if (line.startsWith(start))
            return true;
    return false;
}

void TestConsoleConnection::sendAndWait(const QByteArray &line, const QByteArray &replyStart)
{
    const qsizetype before = lines(Direction::Server).size();
    QVERIFY(m_console->sendLine(line));
    QTRY_VERIFY2(lines(Direction::Server).mid(before).join('\n').contains(replyStart),
        qPrintable(QString::fromUtf8(lines(Direction::Server).mid(before).join('\n'))));
}

void TestConsoleConnection::contentLinesAreDotStuffed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<QByteArray>>("expected");
    QTest::newRow("plain") << QByteArray("Subject: a\n\nhello\n") << QList<QByteArray> { "Subject: a", "", "hello", "." };
    QTest::newRow("no final newline") << QByteArray("hello") << QList<QByteArray> { "hello", "." };
    QTest::newRow("CRLF kept as lines") << QByteArray("a\r\nb\r\n") << QList<QByteArray> { "a", "b", "." };
    QTest::newRow("leading dots") << QByteArray(".\n..x\n. y") << QList<QByteArray> { "..", "...x", ".. y", "." };
    QTest::newRow("empty") << QByteArray() << QList<QByteArray> { "." };
}

void TestConsoleConnection::contentLinesAreDotStuffed()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<QByteArray>, expected);
    QCOMPARE(messageContentLines(text), expected);
}

void TestConsoleConnection::ehloRepliesArriveAsLines()
{
    startServer();
    connectConsole();
    QVERIFY(hasLine(Direction::Note, "Connected to 127.0.0.1"));
    QSignalSpy replies(m_console.get(), &ConsoleConnection::replyReceived);
    sendAndWait("EHLO console.test", "250 ");
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.first().first().toInt(), 250);
    QCOMPARE(lines(Direction::Client), QList<QByteArray> { "EHLO console.test" });
    const QList<QByteArray> server = lines(Direction::Server);
    QVERIFY(server.at(1).startsWith("250-mx.test"));
    QVERIFY(server.contains("250-PIPELINING"));
    QVERIFY(server.last().startsWith("250 "));
    for (const QByteArray &line : server)
        QVERIFY(!line.endsWith('\r'));
    QCOMPARE(m_console->offeredAuthMechanisms(),
        (QList<QByteArray> { "PLAIN", "LOGIN", "CRAM-MD5", "XOAUTH2" }));
}

void TestConsoleConnection::startTlsUpgradesWithSelfSignedCertificate()
{
    startServer([](ServerSettings &s) { s.tls.startTls = StartTlsMode::Offer; });
    connectConsole();
    sendAndWait("EHLO console.test", "250 ");
    QVERIFY(hasLine(Direction::Server, "250-STARTTLS"));
    QSignalSpy encrypted(m_console.get(), &ConsoleConnection::encrypted);
    QVERIFY(m_console->requestStartTls());
    QTRY_COMPARE(encrypted.size(), 1);
    QVERIFY(m_console->isEncrypted());
    QVERIFY(hasLine(Direction::Server, "220 "));
    QVERIFY(hasLine(Direction::Note, "Certificate: The certificate is self-signed"));
    QVERIFY(hasLine(Direction::Note, "TLS established: TLSv1."));
    QVERIFY(hasLine(Direction::Note, "Server certificate: mx.test"));
    const qsizetype afterTls = lines(Direction::Server).size();
    sendAndWait("EHLO console.test", "250 ");
    QVERIFY(!lines(Direction::Server).mid(afterTls).contains("250-STARTTLS")); // RFC 3207: not offered again
}

void TestConsoleConnection::startTlsFailsOnUntrustedCertificateByDefault()
{
    startServer([](ServerSettings &s) { s.tls.startTls = StartTlsMode::Offer; });
    connectConsole(ConsoleOptions::Security::None, false);
    sendAndWait("EHLO console.test", "250 ");
    QVERIFY(m_console->sendLine("starttls")); // typed by hand: the handshake follows the 220 as well
    QTRY_COMPARE(m_console->state(), ConsoleConnection::State::Disconnected);
    QVERIFY(!m_console->isEncrypted());
    QVERIFY(hasLine(Direction::Note, "Certificate: The certificate is self-signed"));
    QVERIFY(hasLine(Direction::Note, "TLS handshake failed"));
    QVERIFY(!m_console->sendLine("QUIT"));
}

void TestConsoleConnection::implicitTlsConnectsEncrypted()
{
    startServer([](ServerSettings &s) { s.listeners.first().implicitTls = true; });
    connectConsole(ConsoleOptions::Security::ImplicitTls);
    QVERIFY(m_console->isEncrypted());
    QVERIFY(hasLine(Direction::Note, "Connecting to 127.0.0.1 port " + QByteArray::number(m_port) + " with TLS"));
    sendAndWait("EHLO console.test", "250 ");
}

void TestConsoleConnection::authPlainHelperIsAccepted()
{
    startServer([](ServerSettings &s) { s.auth.users = { { QStringLiteral("ann"), QStringLiteral("s3cret") } }; });
    connectConsole();
    sendAndWait("EHLO console.test", "250 ");
    QVERIFY(m_console->authenticate(SaslMechanism::Plain, QStringLiteral("ann"), QStringLiteral("s3cret")));
    QTRY_VERIFY(hasLine(Direction::Server, "235 "));
    QVERIFY(lines(Direction::Client).contains("AUTH PLAIN " + saslPlainResponse(QStringLiteral("ann"), QStringLiteral("s3cret"))));
    QVERIFY(hasLine(Direction::Note, "AUTH helper: PLAIN as \"ann\""));
}

void TestConsoleConnection::authCramMd5HelperAnswersTheChallenge()
{
    startServer([](ServerSettings &s) { s.auth.users = { { QStringLiteral("ann"), QStringLiteral("s3cret") } }; });
    connectConsole();
    sendAndWait("EHLO console.test", "250 ");
    QVERIFY(m_console->authenticate(SaslMechanism::CramMd5, QStringLiteral("ann"), QStringLiteral("s3cret")));
    QTRY_VERIFY(hasLine(Direction::Server, "235 "));
    QVERIFY(hasLine(Direction::Server, "334 "));
    QCOMPARE(lines(Direction::Client).size(), 3); // EHLO, AUTH CRAM-MD5, the answer
}

void TestConsoleConnection::wrongPasswordIsRefused()
{
    startServer([](ServerSettings &s) { s.auth.users = { { QStringLiteral("ann"), QStringLiteral("s3cret") } }; });
    connectConsole();
    sendAndWait("EHLO console.test", "250 ");
    QVERIFY(m_console->authenticate(SaslMechanism::Login, QStringLiteral("ann"), QStringLiteral("wrong")));
    QTRY_VERIFY(hasLine(Direction::Server, "535 "));
    QCOMPARE(m_console->lastReplyCode(), 535);
    QVERIFY(!hasLine(Direction::Server, "235 "));
}

void TestConsoleConnection::messageContentIsStored()
{
    startServer();
    connectConsole();
    sendAndWait("EHLO console.test", "250 ");
    sendAndWait("MAIL FROM:<a@example.com>", "250 ");
    sendAndWait("RCPT TO:<b@example.com>", "250 ");
    sendAndWait("DATA", "354 ");
    QVERIFY(m_console->sendMessageContent("Subject: from the console\n\n.hidden dot\nbye\n"));
    QTRY_VERIFY(hasLine(Direction::Server, "250 2.0.0"));
    QVERIFY(lines(Direction::Client).contains("..hidden dot"));
    sendAndWait("QUIT", "221 ");
    QTRY_COMPARE(m_console->state(), ConsoleConnection::State::Disconnected);
    QVERIFY(hasLine(Direction::Note, "The server closed the connection"));
    m_store->flush();
    QCOMPARE(m_store->messageCount(), 1);
    const QByteArray raw = m_store->raw(m_store->messages().first().id);
    QVERIFY2(raw.contains("\r\n.hidden dot\r\nbye\r\n"), raw.constData());
    QCOMPARE(m_store->messages().first().subject, QStringLiteral("from the console"));
}

void TestConsoleConnection::refusedConnectionIsANote()
{
    startServer();
    const quint16 port = m_port;
    m_server->stop();
    ConsoleOptions options;
    options.port = port;
    m_console->connectToServer(options);
    QTRY_COMPARE(m_console->state(), ConsoleConnection::State::Disconnected);
    QTRY_VERIFY(hasLine(Direction::Note, "Error: Connection refused"));
    QVERIFY(!m_console->sendLine("EHLO x"));
}

void TestConsoleConnection::refusedStartTlsKeepsPlainText()
{
    startServer(); // STARTTLS off: 502
    connectConsole();
    QVERIFY(m_console->requestStartTls());
    QTRY_VERIFY(hasLine(Direction::Note, "STARTTLS was refused"));
    QVERIFY(!m_console->isEncrypted());
    sendAndWait("NOOP", "250 ");
}

void TestConsoleConnection::silentTlsServerTimesOut()
{
    QTcpServer silent; // accepts, never answers a ClientHello
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    ConsoleOptions options;
    options.port = silent.serverPort();
    options.security = ConsoleOptions::Security::ImplicitTls;
    options.timeoutSeconds = 1;
    m_console->connectToServer(options);
    QTRY_COMPARE_WITH_TIMEOUT(m_console->state(), ConsoleConnection::State::Disconnected, 5000);
    QVERIFY(hasLine(Direction::Note, "The TLS handshake did not finish within 1 s; the connection is closed"));
}

void TestConsoleConnection::disconnectingIsANote()
{
    startServer();
    connectConsole();
    m_console->disconnectFromServer();
    QTRY_COMPARE(m_console->state(), ConsoleConnection::State::Disconnected);
    QVERIFY(hasLine(Direction::Note, "Disconnected"));
    QVERIFY(!hasLine(Direction::Note, "The server closed"));
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestConsoleConnection)
#include "tst_consoleconnection.moc"
