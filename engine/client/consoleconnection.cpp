#include "client/consoleconnection.h"

#include <QSslCipher>
#include <QSslSocket>

namespace Mailscope {

namespace {

// Far longer than any SMTP line (RFC 5321 4.5.3.1.5: 512 octets); a peer that never ends its
// line is shown in pieces of this size instead of growing the buffer without end.
constexpr qsizetype LongestLine = 64 * 1024;

QByteArray names(const QStringList &list) { return list.join(QStringLiteral(", ")).toUtf8(); }

} // namespace

QList<QByteArray> messageContentLines(const QByteArray &text)
{
    QList<QByteArray> lines = text.isEmpty() ? QList<QByteArray>() : text.split('\n');
    if (text.endsWith('\n'))
        lines.removeLast();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith('.')) // RFC 5321 4.5.2: the receiver removes the added dot
            line.prepend('.');
    }
    lines << QByteArray(".");
    return lines;
}

ConsoleConnection::ConsoleConnection(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (!m_socket)
            return;
        const QByteArray seconds = QByteArray::number(m_options.timeoutSeconds);
        m_endNote = m_socket->state() != QAbstractSocket::ConnectedState
            ? "No connection within " + seconds + " s"
            : "The TLS handshake did not finish within " + seconds + " s";
        m_socket->disconnect(this);
        m_socket->abort();
        closed();
    });
}

ConsoleConnection::~ConsoleConnection() = default;

void ConsoleConnection::connectToServer(const ConsoleOptions &options)
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_options = options;
    m_buffer.clear();
    m_lastReplyCode = 0;
    m_offeredAuth.clear();
    m_replyAuth.clear();
    m_startTlsPending = false;
    m_closedByUser = false;
    m_endNote.clear();
    m_auth.reset();
    const bool implicitTls = options.security == ConsoleOptions::Security::ImplicitTls;
    if (implicitTls && !QSslSocket::supportsSsl()) {
        note("TLS is not available: Qt found no TLS library (OpenSSL 3)");
        return;
    }
    m_socket = new QSslSocket(this);
    m_socket->setPeerVerifyName(options.host);
    connect(m_socket, &QIODevice::readyRead, this, &ConsoleConnection::readSocket);
    connect(m_socket, &QAbstractSocket::connected, this, [this] {
        note("Connected to " + m_socket->peerAddress().toString().toUtf8() + " port "
            + QByteArray::number(m_socket->peerPort()) + " from port " + QByteArray::number(m_socket->localPort()));
        if (m_options.security == ConsoleOptions::Security::None) {
            m_timeout.stop();
            setState(State::Connected);
        }
    });
    connect(m_socket, &QSslSocket::encrypted, this, &ConsoleConnection::tlsEstablished);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            note("Certificate: " + e.errorString().toUtf8());
        if (m_options.acceptBadCertificates) {
            note("Accepted anyway (any certificate is accepted for this connection)");
            m_socket->ignoreSslErrors();
        }
    });
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError || m_closedByUser)
            return; // told by closed()
        if (m_endNote.isEmpty())
            m_endNote = (error == QAbstractSocket::SslHandshakeFailedError ? "TLS handshake failed: " : "Error: ")
                + m_socket->errorString().toUtf8();
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            closed();
    });
    connect(m_socket, &QAbstractSocket::disconnected, this, &ConsoleConnection::closed);

    note("Connecting to " + options.host.toUtf8() + " port " + QByteArray::number(options.port)
        + (implicitTls ? " with TLS from the first byte" : ""));
    setState(State::Connecting);
    m_timeout.start(options.timeoutSeconds * 1000);
    if (implicitTls)
        m_socket->connectToHostEncrypted(options.host, options.port);
    else
        m_socket->connectToHost(options.host, options.port);
}

void ConsoleConnection::disconnectFromServer()
{
    if (!m_socket)
        return;
    m_closedByUser = true;
    if (m_state == State::Connecting)
        m_socket->abort();
    else
        m_socket->disconnectFromHost(); // after what is still being written
    if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
        closed();
}

bool ConsoleConnection::isEncrypted() const { return m_socket && m_socket->isEncrypted(); }

bool ConsoleConnection::sendLine(const QByteArray &line)
{
    if (m_state != State::Connected)
        return false;
    m_auth.reset(); // the user took over
    if (line.trimmed().compare("STARTTLS", Qt::CaseInsensitive) == 0 && !isEncrypted())
        m_startTlsPending = true;
    writeLine(line);
    return true;
}

bool ConsoleConnection::requestStartTls() { return sendLine("STARTTLS"); }

bool ConsoleConnection::startTls()
{
    if (m_state != State::Connected || isEncrypted())
        return false;
    if (!QSslSocket::supportsSsl()) {
        note("TLS is not available: Qt found no TLS library (OpenSSL 3)");
        return false;
    }
    note("Starting the TLS handshake");
    m_timeout.start(m_options.timeoutSeconds * 1000);
    m_socket->startClientEncryption();
    return true;
}

bool ConsoleConnection::authenticate(SaslMechanism mechanism, const QString &user, const QString &password)
{
    if (m_state != State::Connected)
        return false;
    m_auth.reset();
    note("AUTH helper: " + saslMechanismName(mechanism) + " as \"" + user.toUtf8() + '"'
        + (mechanism == SaslMechanism::CramMd5 ? ", answering the server's challenge" : ""));
    m_auth.emplace(mechanism, user, password);
    writeLine(m_auth->command());
    return true;
}

bool ConsoleConnection::sendMessageContent(const QByteArray &text)
{
    if (m_state != State::Connected)
        return false;
    m_auth.reset();
    for (const QByteArray &line : messageContentLines(text))
        writeLine(line);
    return true;
}

void ConsoleConnection::writeLine(const QByteArray &line)
{
    m_socket->write(line + "\r\n");
    Q_EMIT transcriptLine({ QDateTime::currentDateTimeUtc(), TranscriptLine::Direction::Client, line });
}

void ConsoleConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ConsoleConnection::note(const QByteArray &text)
{
    Q_EMIT transcriptLine({ QDateTime::currentDateTimeUtc(), TranscriptLine::Direction::Note, text });
}

void ConsoleConnection::readSocket()
{
    m_buffer += m_socket->readAll();
    QList<QByteArray> lines;
    qsizetype start = 0;
    for (qsizetype end; (end = m_buffer.indexOf('\n', start)) >= 0; start = end + 1) {
        lines << m_buffer.mid(start, end - start);
        if (lines.last().endsWith('\r'))
            lines.last().chop(1);
    }
    m_buffer.remove(0, start);
    while (m_buffer.size() > LongestLine) {
        lines << m_buffer.left(LongestLine);
        m_buffer.remove(0, LongestLine);
    }
    for (const QByteArray &line : std::as_const(lines)) {
        if (!m_socket) // a reply's handling may have ended the connection
            return;
        serverLine(line);
    }
}

void ConsoleConnection::serverLine(const QByteArray &line)
{
    Q_EMIT transcriptLine({ QDateTime::currentDateTimeUtc(), TranscriptLine::Direction::Server, line });
    bool isCode = false;
    const int code = line.left(3).toInt(&isCode);
    if (!isCode || code < 100 || code > 599 || (line.size() > 3 && line.at(3) != ' ' && line.at(3) != '-'))
        return; // not an SMTP reply line: shown, nothing more
    const QByteArray text = line.mid(4);
    const QByteArray keyword = text.left(5).toUpper();
    if (code == 250 && (keyword == "AUTH " || keyword == "AUTH="))
        m_replyAuth = text.mid(5).simplified().split(' ');
    if (line.size() > 3 && line.at(3) == '-')
        return;
    replyComplete(code, text);
}

void ConsoleConnection::replyComplete(int code, const QByteArray &text)
{
    m_lastReplyCode = code;
    if (!m_replyAuth.isEmpty())
        m_offeredAuth = std::exchange(m_replyAuth, {});
    if (m_startTlsPending) {
        m_startTlsPending = false;
        if (code == 220)
            startTls();
        else
            note("STARTTLS was refused: the connection stays in plain text");
    } else if (m_auth) {
        if (code == 334)
            writeLine(m_auth->respond(text));
        else
            m_auth.reset();
    }
    Q_EMIT replyReceived(code);
}

void ConsoleConnection::tlsEstablished()
{
    m_timeout.stop();
    const QSslCipher cipher = m_socket->sessionCipher();
    note("TLS established: " + cipher.protocolString().toUtf8() + ", " + cipher.name().toUtf8());
    const QSslCertificate certificate = m_socket->peerCertificate();
    if (!certificate.isNull())
        note("Server certificate: " + names(certificate.subjectInfo(QSslCertificate::CommonName)) + ", issued by "
            + names(certificate.issuerInfo(QSslCertificate::CommonName)) + ", valid until "
            + certificate.expiryDate().toString(Qt::ISODate).toUtf8());
    if (m_socket->sslHandshakeErrors().isEmpty())
        note("Certificate verified for " + m_options.host.toUtf8());
    m_offeredAuth.clear(); // RFC 3207 4.2: what EHLO said before TLS no longer holds
    setState(State::Connected);
    Q_EMIT encrypted();
}

void ConsoleConnection::closed()
{
    if (!m_socket)
        return;
    m_timeout.stop();
    if (!m_buffer.isEmpty())
        serverLine(std::exchange(m_buffer, {})); // a last line without its line end
    note(m_closedByUser          ? QByteArray("Disconnected")
            : !m_endNote.isEmpty() ? m_endNote + "; the connection is closed"
                                   : QByteArray("The server closed the connection"));
    m_endNote.clear();
    m_startTlsPending = false;
    m_auth.reset();
    m_socket->disconnect(this);
    m_socket->deleteLater();
    m_socket = nullptr;
    setState(State::Disconnected);
}

} // namespace Mailscope
