#pragma once

#include "auth/saslclient.h"
#include "smtp/transcriptline.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <optional>

class QSslSocket;

namespace Mailscope {

// Where the console connects, and how.
struct ConsoleOptions {
    enum class Security { None, ImplicitTls };
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 25;
    Security security = Security::None;
    bool acceptBadCertificates = false; // off: a certificate that does not verify ends the TLS handshake
    int timeoutSeconds = 15; // for connecting and for a TLS handshake
};

// The lines that send `text` as a message's content after DATA: line ends made CRLF,
// RFC 5321 4.5.2 dot-stuffing, and the final "." line.
[[nodiscard]] QList<QByteArray> messageContentLines(const QByteArray &text);

// A raw line connection for talking SMTP (or anything line based) by hand: each line sent and
// received is a timed transcript line; TLS, certificates and the connection's end are notes.
// STARTTLS and AUTH get help: the handshake starts when STARTTLS is answered with 220, and an
// AUTH exchange answers its own 334 challenges.
class ConsoleConnection : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleConnection)
public:
    enum class State { Disconnected, Connecting, Connected };

    explicit ConsoleConnection(QObject *parent = nullptr);
    ~ConsoleConnection() override;

    void connectToServer(const ConsoleOptions &options);
    void disconnectFromServer();
    // Sends `line` and CRLF; false when not connected. A typed "STARTTLS" arms the handshake.
    bool sendLine(const QByteArray &line);
    // Sends STARTTLS; TLS starts when the server answers 220.
    bool requestStartTls();
    // Starts TLS on the connection now (after the server said 220 to STARTTLS).
    bool startTls();
    // Sends the AUTH line and answers the server's 334 challenges until it decides.
    bool authenticate(SaslMechanism mechanism, const QString &user, const QString &password);
    // Sends a message's content, dot-stuffed, and the final "." (after DATA got 354).
    bool sendMessageContent(const QByteArray &text);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isEncrypted() const;
    // The code of the last complete reply; 0 before the first.
    [[nodiscard]] int lastReplyCode() const { return m_lastReplyCode; }
    // The mechanisms the last EHLO reply offered, as named there.
    [[nodiscard]] QList<QByteArray> offeredAuthMechanisms() const { return m_offeredAuth; }
    [[nodiscard]] const ConsoleOptions &options() const { return m_options; }

Q_SIGNALS:
    void transcriptLine(const Mailscope::TranscriptLine &line);
    void stateChanged(Mailscope::ConsoleConnection::State state);
    void encrypted();
    // A complete reply's code (the last line of a multi-line reply).
    void replyReceived(int code);

private:
    void setState(State state);
    void note(const QByteArray &text);
    void readSocket();
    void serverLine(const QByteArray &line);
    void replyComplete(int code, const QByteArray &text);
    void tlsEstablished();
    void closed();
    void writeLine(const QByteArray &line);

    QSslSocket *m_socket = nullptr;
    QTimer m_timeout;
    ConsoleOptions m_options;
    State m_state = State::Disconnected;
    QByteArray m_buffer;
    int m_lastReplyCode = 0;
    QList<QByteArray> m_offeredAuth;
    QList<QByteArray> m_replyAuth; // AUTH mechanisms of the reply being read
    bool m_startTlsPending = false;
    bool m_closedByUser = false;
    QByteArray m_endNote; // why the connection ended, when it was not the server's or the user's doing
    std::optional<SaslClientExchange> m_auth;
};

} // namespace Mailscope
