// smtpload: an SMTP load client for bench/run.sh, with what smtp-source lacks: PIPELINING
// (RFC 2920) and STARTTLS (RFC 3207). One thread per session with blocking sockets: on two
// cores this costs less CPU than an event loop in Python would, so the server is what is measured.
//
//   smtpload --port N [--host H] [--sessions S] [--messages M] [--size BYTES]
//            [--per-connection] [--pipelining] [--starttls] [--rate MESSAGES_PER_SECOND]
//
// Prints one JSON object: messages accepted and failed, bytes of payload, wall seconds.

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

struct Options {
    std::string host = "127.0.0.1";
    int port = 0;
    int sessions = 1;
    long messages = 1;
    long size = 1024;
    bool perConnection = false;
    bool pipelining = false;
    bool startTls = false;
    double rate = 0; // messages a second over all sessions; 0: as fast as the server answers
};

struct Counters {
    std::atomic<long> nextMessage { 0 };
    std::atomic<long> accepted { 0 };
    std::atomic<long> failed { 0 };
    std::atomic<long> connections { 0 };
    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
};

// Claims the next message to send, waiting for its turn when a rate is set; false when all are claimed.
bool claimMessage(const Options& options, Counters& counters)
{
    const long number = counters.nextMessage.fetch_add(1);
    if (number >= options.messages)
        return false;
    if (options.rate > 0)
        std::this_thread::sleep_until(
            counters.started + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                std::chrono::duration<double>(number / options.rate)));
    return true;
}

// The message: a few headers, then 76-character lines up to `size` bytes, ending in CRLF.
// No line starts with '.', so it needs no dot-stuffing and is sent as is.
std::string makeMessage(long size)
{
    std::string message = "From: <load@bench.test>\r\nTo: <sink@bench.test>\r\nSubject: smtpload\r\n"
                          "Message-ID: <smtpload@bench.test>\r\n\r\n";
    const std::string line = std::string(74, 'x') + "\r\n";
    while (static_cast<long>(message.size()) + static_cast<long>(line.size()) <= size)
        message += line;
    if (static_cast<long>(message.size()) + 2 < size)
        message += std::string(size - message.size() - 2, 'y') + "\r\n";
    return message;
}

// One connection: a socket, optionally wrapped in TLS after STARTTLS; reads whole replies.
class Connection {
public:
    explicit Connection(SSL_CTX* tlsContext)
        : m_tlsContext(tlsContext)
    {
    }
    ~Connection()
    {
        if (m_ssl)
            SSL_free(m_ssl);
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    bool open(const Options& options)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (m_fd < 0)
            return false;
        int one = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(static_cast<uint16_t>(options.port));
        ::inet_pton(AF_INET, options.host.c_str(), &address.sin_addr);
        return ::connect(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    }

    bool startTls()
    {
        m_ssl = SSL_new(m_tlsContext);
        SSL_set_fd(m_ssl, m_fd);
        return SSL_connect(m_ssl) == 1;
    }

    bool send(std::string_view data)
    {
        while (!data.empty()) {
            long written = m_ssl
                ? SSL_write(m_ssl, data.data(), static_cast<int>(std::min<size_t>(data.size(), 1 << 20)))
                : ::send(m_fd, data.data(), data.size(), MSG_NOSIGNAL);
            if (written <= 0)
                return false;
            data.remove_prefix(static_cast<size_t>(written));
        }
        return true;
    }

    // The code of the next whole reply (multi-line replies included); 0 when the connection broke.
    // `text` gets the reply's lines, for EHLO keywords.
    int readReply(std::string* text = nullptr)
    {
        for (;;) {
            size_t end;
            while ((end = m_buffer.find('\n', m_offset)) != std::string::npos) {
                std::string_view line(m_buffer.data() + m_offset, end - m_offset + 1);
                m_offset = end + 1;
                if (text)
                    text->append(line);
                if (line.size() < 4)
                    return 0;
                if (line[3] != '-') {
                    const int code = std::atoi(std::string(line.substr(0, 3)).c_str());
                    compact();
                    return code;
                }
            }
            char chunk[16384];
            long got = m_ssl ? SSL_read(m_ssl, chunk, sizeof chunk) : ::recv(m_fd, chunk, sizeof chunk, 0);
            if (got <= 0)
                return 0;
            m_buffer.append(chunk, static_cast<size_t>(got));
        }
    }

private:
    void compact()
    {
        if (m_offset == m_buffer.size()) {
            m_buffer.clear();
            m_offset = 0;
        }
    }

    SSL_CTX* m_tlsContext;
    int m_fd = -1;
    SSL* m_ssl = nullptr;
    std::string m_buffer;
    size_t m_offset = 0;
};

bool ehlo(Connection& connection, bool* pipeliningOffered)
{
    std::string text;
    if (!connection.send("EHLO load.bench.test\r\n") || connection.readReply(&text) != 250)
        return false;
    *pipeliningOffered = text.find("PIPELINING") != std::string::npos;
    return true;
}

// Opens a session up to the first MAIL: greeting, EHLO, STARTTLS and EHLO again when asked.
std::optional<bool> openSession(Connection& connection, const Options& options)
{
    bool pipeliningOffered = false;
    if (!connection.open(options) || connection.readReply() != 220 || !ehlo(connection, &pipeliningOffered))
        return std::nullopt;
    if (options.startTls) {
        if (!connection.send("STARTTLS\r\n") || connection.readReply() != 220 || !connection.startTls()
            || !ehlo(connection, &pipeliningOffered))
            return std::nullopt;
    }
    // RFC 2920: a client groups commands only when the server offers PIPELINING.
    return options.pipelining && pipeliningOffered;
}

constexpr std::string_view envelope = "MAIL FROM:<load@bench.test>\r\nRCPT TO:<sink@bench.test>\r\nDATA\r\n";

// One transaction; false when the connection can no longer be used.
bool sendMessage(Connection& connection, bool pipelined, const std::string& payload, bool quitAfter)
{
    if (pipelined) {
        // RFC 2920 3.1: MAIL, RCPT and DATA in one group, DATA last; then the body.
        if (!connection.send(envelope))
            return false;
        int mail = connection.readReply(), rcpt = connection.readReply(), data = connection.readReply();
        if (mail != 250 || rcpt != 250 || data != 354)
            return false;
        // QUIT may follow the body's end in the same group (RFC 2920 3.1, "QUIT" is last).
        if (!connection.send(payload) || !connection.send(quitAfter ? ".\r\nQUIT\r\n" : ".\r\n"))
            return false;
        return connection.readReply() == 250;
    }
    for (std::string_view command : { "MAIL FROM:<load@bench.test>\r\n", "RCPT TO:<sink@bench.test>\r\n" })
        if (!connection.send(command) || connection.readReply() != 250)
            return false;
    if (!connection.send("DATA\r\n") || connection.readReply() != 354)
        return false;
    if (!connection.send(payload) || !connection.send(".\r\n"))
        return false;
    return connection.readReply() == 250;
}

void runSession(const Options& options, SSL_CTX* tlsContext, const std::string& payload, Counters& counters)
{
    while (claimMessage(options, counters)) {
        Connection connection(tlsContext);
        counters.connections++;
        std::optional<bool> pipelined = openSession(connection, options);
        if (!pipelined) {
            counters.failed++;
            continue;
        }
        bool more = true;
        while (more) {
            bool last = options.perConnection;
            bool sent = sendMessage(connection, *pipelined, payload, last && *pipelined);
            (sent ? counters.accepted : counters.failed)++;
            if (!sent)
                break;
            more = !last && claimMessage(options, counters);
        }
        if (options.perConnection && *pipelined) {
            connection.readReply(); // the 221 of the QUIT sent with the body
        } else {
            connection.send("QUIT\r\n");
            connection.readReply();
        }
    }
}

bool parse(int argc, char** argv, Options& options)
{
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : ""; };
        if (arg == "--host")
            options.host = value();
        else if (arg == "--port")
            options.port = std::atoi(value());
        else if (arg == "--sessions")
            options.sessions = std::atoi(value());
        else if (arg == "--messages")
            options.messages = std::atol(value());
        else if (arg == "--size")
            options.size = std::atol(value());
        else if (arg == "--per-connection")
            options.perConnection = true;
        else if (arg == "--pipelining")
            options.pipelining = true;
        else if (arg == "--starttls")
            options.startTls = true;
        else if (arg == "--rate")
            options.rate = std::atof(value());
        else
            return false;
    }
    return options.port > 0 && options.sessions > 0 && options.messages > 0 && options.rate >= 0;
}

} // namespace

int main(int argc, char** argv)
{
    Options options;
    if (!parse(argc, argv, options)) {
        std::fprintf(stderr,
            "usage: smtpload --port N [--host H] [--sessions S] [--messages M] [--size BYTES]\n"
            "                [--per-connection] [--pipelining] [--starttls] [--rate MESSAGES_PER_SECOND]\n");
        return 2;
    }
    // A test server's certificate is self-signed: the client checks nothing, as a load tool.
    std::unique_ptr<SSL_CTX, decltype(&SSL_CTX_free)> tlsContext(
        SSL_CTX_new(TLS_client_method()), SSL_CTX_free);
    SSL_CTX_set_verify(tlsContext.get(), SSL_VERIFY_NONE, nullptr);

    const std::string payload = makeMessage(options.size);
    Counters counters;
    const auto started = counters.started;
    std::vector<std::thread> sessions;
    for (int i = 0; i < options.sessions; ++i)
        sessions.emplace_back(
            runSession, std::cref(options), tlsContext.get(), std::cref(payload), std::ref(counters));
    for (auto& session : sessions)
        session.join();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    std::printf("{\"accepted\": %ld, \"failed\": %ld, \"connections\": %ld, \"message_bytes\": %zu, "
                "\"seconds\": %.6f}\n",
        counters.accepted.load(), counters.failed.load(), counters.connections.load(), payload.size(),
        seconds);
    return counters.failed.load() == 0 ? 0 : 1;
}
