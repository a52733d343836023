#pragma once

#include "settings.h"
#include "smtp/bodyreader.h"
#include "smtp/envelope.h"
#include "smtp/handler.h"
#include "smtp/inputbuffer.h"
#include "smtp/reply.h"
#include "smtp/sessioninfo.h"
#include "smtp/transcriptline.h"
#include "store/messagestore.h"

#include <QObject>
#include <QTimer>
#include <memory>

class QSslSocket;

namespace Mailscope {

class MessageSpool;
class MessageStore;
class BodyStream;
class TlsContext;
struct CommandLine;

// One connection: an explicit state machine over a socket. Every step it takes
// is a signal, so a window, an API or a log can follow it without reaching in.
class SmtpSession : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmtpSession)
public:
    enum class State { Greeting, Ready, Mail, Recipients, Data, Chunking, Closing, Closed };
    Q_ENUM(State)

    // What a session shares with its server; all of it outlives the session.
    struct Context {
        const ServerSettings *settings = nullptr; // read at every command, so changes apply at once
        MessageStore *store = nullptr;
        SessionHandler *handler = nullptr;
        const TlsContext *tls = nullptr; // loaded when STARTTLS or an smtps:// listener is in use
    };

    SmtpSession(QSslSocket *socket, const ListenerConfig &listener, const QString &id, const Context &context,
                QObject *parent = nullptr);
    ~SmtpSession() override;

    [[nodiscard]] const SessionInfo &info() const { return m_info; }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const Envelope &envelope() const { return m_envelope; }

    void start();
    // Graceful stop: a message being received may finish; otherwise 421 now.
    void requestStop();
    // Closes at once, without a reply.
    void abort();

Q_SIGNALS:
    void stateChanged(Mailscope::SmtpSession::State state);
    void transcriptLine(const Mailscope::TranscriptLine &line);
    void infoChanged(const Mailscope::SessionInfo &info);
    void envelopeChanged(const Mailscope::Envelope &envelope);
    void messageStored(qint64 messageId);
    void sessionClosed(const Mailscope::SessionInfo &info);

private:
    using CommandHandler = void (SmtpSession::*)(const CommandLine &);
    static const QHash<QByteArray, CommandHandler> &commandTable();

    // Before the greeting (PROXY header, implicit TLS) and during STARTTLS, bytes are
    // peeked rather than read: what they are decides how the socket goes on.
    enum class Waiting { Nothing, ProxyHeader, ClientHello, Handshake };
    void readPrelude();
    void readProxyHeader();
    void readClientHello();
    void beginTls();
    void onEncrypted();
    void onPreludeTimeout();
    void afterProxyHeader();
    void greetClient();

    // Input
    void readSocket();
    void processInput();
    bool pullFromSocket();
    void handleLine(const QByteArray &line);
    void readDataBody();
    void readChunk();

    // Commands, one handler each
    void handleHelo(const CommandLine &command);
    void handleEhlo(const CommandLine &command);
    void handleLhlo(const CommandLine &command);
    void handleMail(const CommandLine &command);
    void handleRcpt(const CommandLine &command);
    void handleData(const CommandLine &command);
    void handleBdat(const CommandLine &command);
    void handleRset(const CommandLine &command);
    void handleNoop(const CommandLine &command);
    void handleVrfy(const CommandLine &command);
    void handleHelp(const CommandLine &command);
    void handleQuit(const CommandLine &command);
    void handleStartTls(const CommandLine &command);
    void handleAuth(const CommandLine &command);
    void handleXclient(const CommandLine &command);
    void handleXforward(const CommandLine &command);
    void applyForwarded(const CommandLine &command, const QList<QByteArray> &known, bool *ok);
    [[nodiscard]] Reply securityRefusal(bool forAuth) const;

    // AUTH exchange
    void handleAuthResponse(const QByteArray &line);
    void continueAuth(const SaslServer::Step &step);
    void finishAuth();
    void failAuth(const Reply &reply);
    void countAuthFailure(const Reply &reply);
    [[nodiscard]] QByteArray transcriptText(const QByteArray &line) const;
    void greet(const CommandLine &command, bool extended);
    void acceptGreeting(const CommandLine &command, bool extended);

    // Message end
    void finishMessage();
    void startBodyStream();
    void endBodyStream();
    void continueAfterTls();
    void storeMessage(const Verdict &verdict);
    void replyStored(const MessageStore::AddResult &result, QList<Reply> replies);
    Reply defaultStoredReply(qint64 id) const;

    // Output and state
    void ask(const std::function<void(VerdictCallback)> &question, std::function<void(const Verdict &)> then);
    void send(const Reply &reply);
    void sendRaw(const QByteArray &bytes, const QList<QByteArray> &lines);
    void note(const QByteArray &text);
    void setState(State state);
    void resetTransaction();
    void closeWith(const Reply &reply);
    void finish();
    void restartIdleTimer();
    void onIdleTimeout();
    [[nodiscard]] bool useEnhancedCodes() const;
    [[nodiscard]] bool isLmtp() const { return m_info.protocol == Protocol::Lmtp; }
    [[nodiscard]] bool tlsAvailable() const;
    void updateTransmissionType();
    [[nodiscard]] QByteArray hostName() const;
    [[nodiscard]] const ServerSettings &settings() const { return *m_context.settings; }

    QSslSocket *m_socket;
    Context m_context;
    SessionInfo m_info;
    State m_state = State::Greeting;
    Envelope m_envelope;
    InputBuffer m_input;
    QTimer m_idleTimer;
    QTimer m_preludeTimer; // PROXY header and TLS handshake deadline
    Waiting m_waiting = Waiting::Nothing;
    bool m_implicitTls = false;
    bool m_proxyProtocol = false;
    bool m_greeted = false;

    std::unique_ptr<SaslServer> m_sasl; // during an AUTH exchange
    Reply m_pendingAuthFailure; // XOAUTH2: sent after the client answers the error challenge
    int m_authFailures = 0;

    bool m_extended = false; // EHLO or LHLO given
    bool m_processing = false;
    bool m_awaitingVerdict = false;
    quint64 m_ticket = 0;
    bool m_stopRequested = false;
    int m_badCommands = 0;
    int m_rcptAttempts = 0;
    bool m_utf8Transaction = false;

    // Body of the current message
    std::unique_ptr<MessageSpool> m_spool;
    BodyStream *m_bodyStream = nullptr; // for a handler that reads the body while it arrives
    DotBodyReader m_dotReader;
    qint64 m_chunkRemaining = 0;
    bool m_chunkLast = false;
    qint64 m_chunkSize = 0;
    Reply m_chunkError; // the reply for a chunk read only to keep the framing
    bool m_chunkingUsed = false;
    bool m_messageTooBig = false;
    State m_stateBeforeChunk = State::Ready;
};

} // namespace Mailscope
