#pragma once

#include "auth/sasl.h"
#include "auth/saslclient.h"
#include "smtp/transcriptline.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <functional>
#include <optional>

class QSslSocket;

namespace Mailscope {

// Where and how to deliver.
struct ClientOptions {
    enum class Security { None, StartTlsIfOffered, StartTls, ImplicitTls };
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 25;
    Security security = Security::StartTlsIfOffered;
    bool acceptBadCertificates = false; // off: a certificate that does not verify fails the TLS step
    bool lmtp = false; // LHLO, and one reply per recipient after the data
    QString heloName = QStringLiteral("localhost");
    QString user; // AUTH when not empty
    QString password; // for XOAUTH2: the bearer token
    std::optional<SaslMechanism> mechanism; // none: the best the server offers
    bool usePipelining = true; // when offered
    bool useChunking = false; // BDAT when offered
    int timeoutSeconds = 30;
};

struct OutgoingMessage {
    QString from; // empty: the null sender <>
    QStringList recipients;
    QByteArray content; // the whole message, headers and body, with CRLF line ends
};

struct ClientReply {
    int code = 0;
    QByteArray enhancedCode;
    QList<QByteArray> lines; // text after "250-" / "250 "
    [[nodiscard]] QByteArray text() const; // lines joined, enhanced code included
    [[nodiscard]] bool isPositive() const { return code >= 200 && code < 400; }
};

// What happened to one message, step by step.
struct DeliveryResult {
    enum class Step { None, Connect, Greeting, Hello, StartTls, Auth, MailFrom, RcptTo, Data, Done };
    Step failedStep = Step::None; // None: everything that could be delivered was
    QString error; // what went wrong, with the server's reply
    ClientReply failedReply;
    struct RecipientResult {
        QString address;
        bool accepted = false;
        ClientReply reply; // RCPT's reply, or (LMTP) the reply after the data
    };
    QList<RecipientResult> recipients;
    ClientReply dataReply; // the final reply (SMTP), e.g. "250 2.0.0 Ok: queued as 12"

    [[nodiscard]] bool ok() const { return failedStep == Step::None; }
    [[nodiscard]] bool allAccepted() const;
};

[[nodiscard]] QString deliveryStepName(DeliveryResult::Step step);

// An asynchronous SMTP/LMTP client: one connection, any number of messages sent in turn
// over it (RSET between), then QUIT. Every line sent and received is a transcript signal.
// send() takes a batch and ends with QUIT; open() keeps the connection for deliver() calls
// until quit(), for a pool to reuse.
class SmtpClient : public QObject {
    Q_OBJECT
public:
    explicit SmtpClient(QObject *parent = nullptr);
    ~SmtpClient() override;

    // Starts at once; finished() comes once, with one result per message in order.
    void send(const ClientOptions &options, const QList<OutgoingMessage> &messages);

    // Connects and stays connected: each deliver()ed message is sent in turn (one handed over
    // while another is on its way waits), messageFinished() reports it, and the connection
    // then idles until the next one or quit(). finished() comes when the connection has ended.
    void open(const ClientOptions &options);
    void deliver(const OutgoingMessage &message);
    void quit(); // QUIT once the messages handed over are done
    [[nodiscard]] bool isIdle() const { return m_idle && !m_finished; }
    [[nodiscard]] bool hasEnded() const { return m_finished; }
    [[nodiscard]] qsizetype finishedCount() const { return m_index; } // messages done on this connection

Q_SIGNALS:
    void transcriptLine(const Mailscope::TranscriptLine &line);
    void messageFinished(const Mailscope::DeliveryResult &result); // each message, in order
    void finished(const QList<Mailscope::DeliveryResult> &results);

private:
    using ReplyHandler = std::function<void(const ClientReply &)>;

    void connectToServer();
    void command(const QByteArray &line, ReplyHandler handler, bool secret = false);
    void expect(ReplyHandler handler);
    void readSocket();
    void hello();
    void afterHello(const ClientReply &reply);
    void startTls();
    void authenticate();
    void authStep(const ClientReply &reply);
    void sendMessage();
    void sendBody();
    void finishMessage(const ClientReply &reply);
    void nextMessage();
    void fail(DeliveryResult::Step step, const QString &error, const ClientReply &reply = {});
    void done();
    void note(const QByteArray &text);
    [[nodiscard]] bool offers(const QByteArray &keyword) const;
    [[nodiscard]] DeliveryResult &current() { return m_results[m_index]; }

    QSslSocket *m_socket = nullptr;
    QTimer m_timeout;
    ClientOptions m_options;
    QList<OutgoingMessage> m_messages;
    QList<DeliveryResult> m_results;
    qsizetype m_index = 0;
    QByteArray m_buffer;
    QList<ReplyHandler> m_handlers; // replies awaited, in order
    QList<QByteArray> m_capabilities; // EHLO keywords, upper case
    std::optional<SaslClientExchange> m_auth;
    DeliveryResult::Step m_phase = DeliveryResult::Step::Greeting; // for a timeout's report
    bool m_tlsDone = false;
    bool m_finished = false;
    bool m_keepOpen = false; // open(): idle between messages instead of QUIT
    bool m_idle = false; // ready for a message, none waiting
    bool m_needsReset = false; // a transaction was tried on this connection: RSET before the next
    QList<qsizetype> m_lmtpPending; // LMTP: accepted recipients still waiting for their reply
};

} // namespace Mailscope
