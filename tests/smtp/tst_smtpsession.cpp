// The session state machine and its handler, over real sockets on 127.0.0.1.
#include "smtp/smtpserver.h"
#include "smtp/smtpsession.h"
#include "store/messagespool.h"
#include "store/messagestore.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Mailscope;

namespace {

// A handler whose answers come later, from a timer, as a database look-up would.
class SlowHandler : public SessionHandler {
public:
    int delayMs = 30;
    QStringList rejectRecipients;
    QList<Reply> lmtpReplies;
    bool disconnectOnMail = false;
    QStringList calls;
    std::optional<Reply> authReply; // what checkAuth answers, later
    bool streamBodies = false;
    QByteArray streamed;
    bool streamFinished = false;

    bool wantsBodyStream() const override { return streamBodies; }
    void dataStarted(const SessionInfo &, const Envelope &, QIODevice *body) override
    {
        streamed.clear();
        streamFinished = false;
        QObject::connect(body, &QIODevice::readyRead, body, [this, body] { streamed += body->readAll(); });
        QObject::connect(body, &QIODevice::readChannelFinished, body, [this] { streamFinished = true; });
    }

    void checkAuth(const SessionInfo &, const SaslCredentials &credentials, bool valid, VerdictCallback done) override
    {
        calls << QStringLiteral("auth:%1:%2").arg(credentials.user).arg(valid);
        later(std::move(done), authReply ? Verdict::withReply(*authReply) : Verdict::accept());
    }

    void later(VerdictCallback done, const Verdict &verdict)
    {
        QTimer::singleShot(delayMs, [done = std::move(done), verdict] { done(verdict); });
    }
    void checkMailFrom(const SessionInfo &, const QString &address, const MailParameters &, VerdictCallback done) override
    {
        calls << QStringLiteral("mail:") + address;
        later(std::move(done), disconnectOnMail ? Verdict::disconnect() : Verdict::accept());
    }
    void checkRcptTo(const SessionInfo &, const Envelope &, const Recipient &r, VerdictCallback done) override
    {
        calls << QStringLiteral("rcpt:") + r.address;
        later(std::move(done), rejectRecipients.contains(r.address)
                  ? Verdict::withReply(Reply(550, "5.1.1", "No such user here"))
                  : Verdict::accept());
    }
    void checkData(const SessionInfo &, const Envelope &, const MessageSpool &body, VerdictCallback done) override
    {
        calls << QStringLiteral("data:") + QString::number(body.size());
        Verdict v;
        v.recipientReplies = lmtpReplies;
        later(std::move(done), v);
    }
};

} // namespace

class TestSmtpSession : public QObject {
    Q_OBJECT

private:
    MessageStore *m_store = nullptr;
    SmtpServer *m_server = nullptr;
    SlowHandler m_handler;
    QTcpSocket *m_client = nullptr;
    QByteArray m_received;

    void startServer(Protocol protocol = Protocol::Smtp, const std::function<void(ServerSettings &)> &tweak = {})
    {
        m_store = new MessageStore(this);
        QVERIFY(m_store->open(QStringLiteral(":memory:")));
        m_server = new SmtpServer(m_store, this);
        ServerSettings settings;
        settings.hostName = QStringLiteral("mx.test");
        settings.reverseDns = false;
        settings.listeners = { ListenerConfig { protocol, QStringLiteral("127.0.0.1"), 0 } };
        if (tweak)
            tweak(settings);
        QVERIFY(m_server->setSettings(settings));
        m_server->setHandler(&m_handler);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void connectClient()
    {
        m_client = new QTcpSocket(this);
        m_received.clear();
        connect(m_client, &QTcpSocket::readyRead, this, [this] { m_received += m_client->readAll(); });
        m_client->connectToHost(QHostAddress::LocalHost, m_server->listeners().constFirst().config.port);
        QVERIFY(m_client->waitForConnected(3000));
        QTRY_VERIFY(m_received.contains("220 "));
    }

    // The reply lines (CRLF-split) received since the greeting.
    QList<QByteArray> lines() const
    {
        QList<QByteArray> out = m_received.split('\n');
        for (QByteArray &l : out)
            l = l.trimmed();
        out.removeAll(QByteArray());
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_handler = SlowHandler();
    }
    void cleanup()
    {
        delete m_client;
        m_client = nullptr;
        delete m_server;
        m_server = nullptr;
        delete m_store;
        m_store = nullptr;
    }

    void walksTheStatesOfOneTransaction()
    {
        startServer();
        QList<SmtpSession::State> states;
        connect(m_server, &SmtpServer::sessionStarted, this, [&](SmtpSession *s) {
            connect(s, &SmtpSession::stateChanged, this, [&](SmtpSession::State st) { states << st; });
        });
        connectClient();
        m_client->write("EHLO c.test\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@y.test>\r\nDATA\r\n");
        QTRY_VERIFY(m_received.contains("354 "));
        m_client->write("Subject: hi\r\n\r\nbody\r\n.\r\nQUIT\r\n");
        QTRY_VERIFY(m_received.contains("221 "));
        QTRY_VERIFY(states.contains(SmtpSession::State::Closed));
        using S = SmtpSession::State;
        QCOMPARE(states, (QList<S> { S::Ready, S::Mail, S::Recipients, S::Data, S::Recipients, S::Ready, S::Closing, S::Closed }));
    }

    void pipelinedCommandsWaitForTheHandlerAndAnswerInOrder()
    {
        startServer();
        m_handler.rejectRecipients = { QStringLiteral("nobody@y.test") };
        connectClient();
        m_client->write("EHLO c.test\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<nobody@y.test>\r\nRCPT TO:<b@y.test>\r\nDATA\r\n");
        QTRY_VERIFY(m_received.contains("354 "));
        const QList<QByteArray> l = lines();
        QVERIFY(l[l.size() - 4].startsWith("250 2.1.0"));
        QCOMPARE(l[l.size() - 3], QByteArray("550 5.1.1 No such user here"));
        QVERIFY(l[l.size() - 2].startsWith("250 2.1.5 Recipient <b@y.test>"));
        QVERIFY(l.last().startsWith("354 "));
        QCOMPARE(m_handler.calls, (QStringList { "mail:a@x.test", "rcpt:nobody@y.test", "rcpt:b@y.test" }));
    }

    void storesTheMessageBeforeAnswering250()
    {
        startServer();
        connectClient();
        bool storedWhenReplied = false;
        connect(m_client, &QTcpSocket::readyRead, this, [&] {
            if (m_received.contains("queued as"))
                storedWhenReplied = m_store->messageCount() == 1;
        });
        m_client->write("HELO c.test\r\nMAIL FROM:<>\r\nRCPT TO:<b@y.test>\r\nDATA\r\n");
        QTRY_VERIFY(m_received.contains("354 "));
        m_client->write("..dot\r\nline\r\n.\r\n");
        QTRY_VERIFY(m_received.contains("queued as"));
        QVERIFY(storedWhenReplied);
        const auto message = m_store->messages().constFirst();
        QCOMPARE(m_store->raw(message.id), QByteArray(".dot\r\nline\r\n"));
        QVERIFY(message.envelope.isNullSender());
        QCOMPARE(m_handler.calls.last(), QStringLiteral("data:12"));
        // HELO: no enhanced status codes (RFC 2034 ties them to EHLO).
        QVERIFY(lines().last().startsWith("250 Ok: queued as "));
    }

    void lmtpGivesOneReplyPerRecipientAndStoresOnlyTheAccepted()
    {
        startServer(Protocol::Lmtp);
        m_handler.lmtpReplies = { Reply(), Reply(452, "4.2.2", "Mailbox full"), Reply() };
        connectClient();
        m_client->write("LHLO c.test\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<r1@y.test>\r\nRCPT TO:<r2@y.test>\r\n"
                        "RCPT TO:<r3@y.test>\r\nDATA\r\n");
        QTRY_VERIFY(m_received.contains("354 "));
        m_received.clear();
        m_client->write("Subject: x\r\n\r\nhi\r\n.\r\n");
        QTRY_COMPARE(lines().size(), 3);
        const QList<QByteArray> l = lines();
        QVERIFY2(l[0].startsWith("250 2.1.5 <r1@y.test> Ok: queued as"), l[0].constData());
        QCOMPARE(l[1], QByteArray("452 4.2.2 Mailbox full"));
        QVERIFY2(l[2].startsWith("250 2.1.5 <r3@y.test>"), l[2].constData());
        QCOMPARE(m_store->messageCount(), 1);
        QCOMPARE(m_store->messages().constFirst().envelope.recipientAddresses(),
                 (QStringList { "r1@y.test", "r3@y.test" }));
    }

    void handlerCanCloseTheConnectionWithoutReply()
    {
        startServer();
        m_handler.disconnectOnMail = true;
        connectClient();
        QSignalSpy closed(m_server, &SmtpServer::sessionClosed);
        m_client->write("EHLO c.test\r\nMAIL FROM:<a@x.test>\r\n");
        QTRY_COMPARE(m_client->state(), QAbstractSocket::UnconnectedState);
        QTRY_COMPARE(closed.size(), 1);
        QVERIFY(!m_received.contains("2.1.0"));
    }

    void transcriptHasDirectionsAndStandsInForTheBody()
    {
        startServer();
        QList<TranscriptLine> transcript;
        connect(m_server, &SmtpServer::sessionStarted, this, [&](SmtpSession *s) {
            connect(s, &SmtpSession::transcriptLine, this, [&](const TranscriptLine &line) { transcript << line; });
        });
        connectClient();
        m_client->write("EHLO c.test\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@y.test>\r\nDATA\r\n");
        QTRY_VERIFY(m_received.contains("354 "));
        m_client->write("secret body\r\n.\r\n");
        QTRY_VERIFY(m_received.contains("queued as"));
        bool sawEhlo = false, sawBodyNote = false, sawGreeting = false;
        for (const TranscriptLine &line : transcript) {
            QVERIFY(line.time.isValid());
            QVERIFY(!line.text.contains("secret body"));
            sawEhlo |= line.direction == TranscriptLine::Direction::Client && line.text == "EHLO c.test";
            sawGreeting |= line.direction == TranscriptLine::Direction::Server && line.text.startsWith("220 mx.test");
            sawBodyNote |= line.direction == TranscriptLine::Direction::Note && line.text == "[message body: 13 bytes]";
        }
        QVERIFY(sawEhlo);
        QVERIFY(sawGreeting);
        QVERIFY(sawBodyNote);
        // The store keeps the same transcript.
        const QString id = m_store->messages().constFirst().sessionId;
        QVERIFY(m_store->transcript(id).size() >= transcript.size() - 2);
    }

    void settingsChangeAppliesToTheNextCommand()
    {
        startServer();
        connectClient();
        m_client->write("EHLO c.test\r\n");
        QTRY_VERIFY(m_received.contains("250 CHUNKING") || m_received.contains("250-CHUNKING"));
        ServerSettings changed = m_server->settings();
        changed.setMode(Extension::Chunking, ExtensionMode::Hidden);
        changed.disabledCommands << QStringLiteral("VRFY");
        QVERIFY(m_server->setSettings(changed));
        m_received.clear();
        m_client->write("EHLO c.test\r\nVRFY someone\r\n");
        QTRY_VERIFY(m_received.contains("502 5.5.1"));
        QVERIFY(!m_received.contains("CHUNKING"));
    }

    void authDecisionComesLaterFromTheHandler()
    {
        startServer(Protocol::Smtp, [](ServerSettings &s) {
            s.auth.users = { { QStringLiteral("alice"), QStringLiteral("pw") } };
        });
        m_handler.calls.clear();
        m_handler.authReply = Reply(454, "4.7.0", "Temporary authentication failure");
        connectClient();
        QSignalSpy info(m_server->sessions().constFirst(), &SmtpSession::infoChanged);
        // Pipelined: MAIL waits for the AUTH verdict, and is answered after it.
        m_client->write("EHLO c.test\r\nAUTH PLAIN " + QByteArray("\0alice\0pw", 9).toBase64() + "\r\nMAIL FROM:<a@x.test>\r\nRSET\r\n");
        QTRY_VERIFY(m_received.contains("250 2.0.0 OK"));
        const qsizetype refused = m_received.indexOf("454 4.7.0 Temporary authentication failure");
        QVERIFY(refused > 0 && refused < m_received.indexOf("250 2.1.0"));
        QCOMPARE(m_handler.calls.first(), QStringLiteral("auth:alice:1"));
        m_handler.authReply.reset();
        m_received.clear();
        m_client->write("AUTH PLAIN " + QByteArray("\0alice\0wrong", 12).toBase64() + "\r\n");
        QTRY_VERIFY(m_received.contains("235 2.7.0"));
        QCOMPARE(m_handler.calls.last(), QStringLiteral("auth:alice:0")); // the handler overruled the list
        QTRY_VERIFY(!info.isEmpty());
        QCOMPARE(m_server->sessions().constFirst()->info().authUser, QStringLiteral("alice"));
        QCOMPARE(m_server->sessions().constFirst()->info().transmissionType, QStringLiteral("ESMTPA"));
    }

    void handlerReadsTheBodyWhileItArrives()
    {
        startServer();
        m_handler.streamBodies = true;
        connectClient();
        m_client->write("EHLO c.test\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@y.test>\r\nDATA\r\n");
        QTRY_VERIFY(m_received.contains("354 "));
        m_client->write("Subject: streamed\r\n\r\nfirst part\r\n");
        QTRY_COMPARE(m_handler.streamed, QByteArray("Subject: streamed\r\n\r\nfirst part\r\n"));
        QVERIFY(!m_handler.streamFinished); // read before the end of the message
        m_client->write("..second part\r\n.\r\n");
        QTRY_VERIFY(m_received.contains("queued as"));
        QVERIFY(m_handler.streamFinished);
        QCOMPARE(m_handler.streamed, QByteArray("Subject: streamed\r\n\r\nfirst part\r\n.second part\r\n"));
        m_handler.streamBodies = false;
    }

    void gracefulStopLetsAMessageInFlightFinish()
    {
        startServer();
        connectClient();
        QSignalSpy stopped(m_server, &SmtpServer::stopped);
        QTcpSocket idle;
        idle.connectToHost(QHostAddress::LocalHost, m_server->listeners().constFirst().config.port);
        QVERIFY(idle.waitForConnected(3000));
        QTRY_VERIFY(idle.bytesAvailable() > 0);
        idle.readAll();
        m_client->write("EHLO c.test\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@y.test>\r\nDATA\r\npart one\r\n");
        QTRY_VERIFY(m_received.contains("354 "));
        m_server->stop();
        QByteArray idleReceived;
        QTRY_VERIFY((idleReceived += idle.readAll()).contains("421 "));
        // No EHLO on this connection, so no enhanced status code either.
        QVERIFY2(idleReceived.startsWith("421 mx.test Service shutting down"), idleReceived.constData());
        m_client->write("part two\r\n.\r\n");
        QTRY_VERIFY(m_received.contains("queued as"));
        QTRY_VERIFY(m_received.contains("421 4.3.2"));
        QTRY_COMPARE(stopped.size(), 1);
        QCOMPARE(m_store->messageCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSmtpSession)
#include "tst_smtpsession.moc"
