#include "tls/clienthello.h"

#include <QByteArray>

#include <algorithm>

namespace Mailscope {

namespace {

constexpr qsizetype RecordHeaderSize = 5;
constexpr qsizetype MaxRecordPayload = 16384; // RFC 8446 5.1: a plaintext fragment is at most 2^14 bytes
constexpr qsizetype GiveUpSize = MaxRecordPayload + RecordHeaderSize;
constexpr quint8 HandshakeRecord = 0x16;
constexpr quint8 TlsMajorVersion = 3; // SSL 3.0 and every TLS version up to 1.3 on the record layer
constexpr quint8 ClientHelloMessage = 1;
constexpr qsizetype HandshakeHeaderSize = 4;
// RFC 8446 4.1.2: version, random, session id length, one cipher suite, one compression method.
constexpr qsizetype MinClientHelloSize = 2 + 32 + 1 + 2 + 2 + 1 + 1;
constexpr quint16 ServerNameExtension = 0; // RFC 6066 3
constexpr quint8 HostNameType = 0;
constexpr qsizetype MaxHostNameSize = 253;

using Status = ClientHelloPeek::Status;

// Reads big-endian fields from a view; every read checks what is left and fails instead.
class ByteReader {
public:
    explicit ByteReader(QByteArrayView bytes)
        : m_bytes(bytes)
    {
    }
    [[nodiscard]] qsizetype remaining() const { return m_bytes.size() - m_pos; }
    [[nodiscard]] bool readNumber(int size, quint32 *value)
    {
        if (remaining() < size)
            return false;
        *value = 0;
        for (int i = 0; i < size; ++i)
            *value = (*value << 8) | quint8(m_bytes[m_pos++]);
        return true;
    }
    [[nodiscard]] bool readBytes(qsizetype size, QByteArrayView *bytes)
    {
        if (size < 0 || remaining() < size)
            return false;
        *bytes = m_bytes.sliced(m_pos, size);
        m_pos += size;
        return true;
    }
    // A vector with a length prefix of `lengthSize` bytes (RFC 8446 3.4).
    [[nodiscard]] bool readVector(int lengthSize, QByteArrayView *bytes)
    {
        quint32 size = 0;
        return readNumber(lengthSize, &size) && readBytes(size, bytes);
    }

private:
    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
};

ClientHelloPeek result(Status status, const QString &serverName = {})
{
    ClientHelloPeek peek;
    peek.status = status;
    peek.serverName = serverName;
    return peek;
}

// The size of the first handshake message, header included, or -1 while its header is incomplete.
qsizetype handshakeMessageSize(const QByteArray &handshake)
{
    if (handshake.size() < HandshakeHeaderSize)
        return -1;
    return HandshakeHeaderSize
        + ((qsizetype(quint8(handshake.at(1))) << 16) | (qsizetype(quint8(handshake.at(2))) << 8)
            | quint8(handshake.at(3)));
}

// The handshake bytes carried by the records seen so far; false for a record that cannot be one.
bool joinHandshakeRecords(QByteArrayView bytes, QByteArray *handshake)
{
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const QByteArrayView header = bytes.sliced(pos, std::min(RecordHeaderSize, bytes.size() - pos));
        if (quint8(header[0]) != HandshakeRecord)
            return false;
        if (header.size() >= 2 && quint8(header[1]) != TlsMajorVersion)
            return false;
        if (header.size() < RecordHeaderSize)
            return true;
        const qsizetype length = (qsizetype(quint8(header[3])) << 8) | quint8(header[4]);
        if (length == 0 || length > MaxRecordPayload)
            return false;
        pos += RecordHeaderSize;
        const qsizetype available = std::min(length, bytes.size() - pos);
        handshake->append(bytes.sliced(pos, available).toByteArray());
        pos += available;
        // Records after the ClientHello (none are expected) are not ours to judge.
        const qsizetype messageSize = handshakeMessageSize(*handshake);
        if (messageSize >= 0 && handshake->size() >= messageSize)
            break;
    }
    return true;
}

// RFC 6066 3: the host_name is an ASCII DNS name without a trailing dot; anything else is ignored.
QString hostNameFrom(QByteArrayView name)
{
    if (name.endsWith('.'))
        name.chop(1);
    if (name.isEmpty() || name.size() > MaxHostNameSize)
        return {};
    const bool plain = std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
            || c == '.' || c == '_';
    });
    return plain ? QString::fromLatin1(name).toLower() : QString();
}

// The first host_name of a server_name extension's body; false when its lengths do not add up.
bool readServerName(QByteArrayView extension, QString *serverName)
{
    ByteReader reader(extension);
    QByteArrayView list;
    if (!reader.readVector(2, &list) || reader.remaining() != 0)
        return false;
    ByteReader entries(list);
    while (entries.remaining() > 0) {
        quint32 type = 0;
        QByteArrayView name;
        if (!entries.readNumber(1, &type) || !entries.readVector(2, &name))
            return false;
        if (type == HostNameType && serverName->isEmpty())
            *serverName = hostNameFrom(name);
    }
    return true;
}

// The ClientHello body (RFC 8446 4.1.2, the same layout back to TLS 1.0): the SNI name, or NotTls.
ClientHelloPeek parseClientHelloBody(QByteArrayView body)
{
    ByteReader reader(body);
    QByteArrayView skipped;
    if (!reader.readBytes(2 + 32, &skipped) || !reader.readVector(1, &skipped)
        || !reader.readVector(2, &skipped) || !reader.readVector(1, &skipped))
        return result(Status::NotTls);
    if (reader.remaining() == 0)
        return result(Status::Complete); // no extensions at all (SSL 3.0 style)
    QByteArrayView extensions;
    if (!reader.readVector(2, &extensions) || reader.remaining() != 0)
        return result(Status::NotTls);

    ByteReader extensionReader(extensions);
    QString serverName;
    bool seenServerName = false;
    while (extensionReader.remaining() > 0) {
        quint32 type = 0;
        QByteArrayView data;
        if (!extensionReader.readNumber(2, &type) || !extensionReader.readVector(2, &data))
            return result(Status::NotTls);
        if (type == ServerNameExtension && !seenServerName) {
            seenServerName = true;
            if (!readServerName(data, &serverName))
                return result(Status::NotTls);
        }
    }
    return result(Status::Complete, serverName);
}

} // namespace

ClientHelloPeek peekClientHello(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return result(Status::NeedMore);
    QByteArray handshake;
    if (!joinHandshakeRecords(bytes, &handshake))
        return result(Status::NotTls);
    if (!handshake.isEmpty() && quint8(handshake.at(0)) != ClientHelloMessage)
        return result(Status::NotTls);

    const qsizetype messageSize = handshakeMessageSize(handshake);
    if (messageSize >= 0) {
        const qsizetype bodySize = messageSize - HandshakeHeaderSize;
        if (bodySize < MinClientHelloSize)
            return result(Status::NotTls);
        if (handshake.size() >= messageSize)
            return parseClientHelloBody(QByteArrayView(handshake).sliced(HandshakeHeaderSize, bodySize));
    }
    // A client that never finishes its hello gets the default certificate rather than a wait.
    if (bytes.size() >= GiveUpSize)
        return result(Status::Complete);
    return result(Status::NeedMore);
}

} // namespace Mailscope
