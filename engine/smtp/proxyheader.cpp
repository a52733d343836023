#include "smtp/proxyheader.h"

#include <QByteArray>
#include <QList>

#include <algorithm>

namespace Mailscope {

namespace {

using Status = ProxyHeader::Status;

constexpr QByteArrayView V1Signature("PROXY ");
constexpr qsizetype V1MaxLineSize = 107; // spec 2.1: the worst case, CRLF included
constexpr char V2SignatureBytes[] = {'\r', '\n', '\r', '\n', '\0', '\r', '\n', 'Q', 'U', 'I', 'T', '\n'};
constexpr QByteArrayView V2Signature(V2SignatureBytes, sizeof V2SignatureBytes);
constexpr qsizetype V2HeaderSize = 16;
// Far above what proxies send (addresses and a few TLVs), low enough that a bad length fails early.
constexpr qsizetype V2MaxPayloadSize = 4096;
// Spec 2.2: the address block's size for each family (UNSPEC, INET, INET6, UNIX).
constexpr qsizetype V2AddressesSize[] = {0, 12, 36, 216};

ProxyHeader invalid(const QString &error)
{
    ProxyHeader header;
    header.status = Status::Invalid;
    header.error = error;
    return header;
}

ProxyHeader needMore()
{
    return {};
}

// The first bytes of the connection, printable, for the transcript.
QString quoted(QByteArrayView bytes)
{
    QString text;
    for (const char c : bytes.first(std::min<qsizetype>(bytes.size(), 24))) {
        if (c == '\r' || c == '\n')
            break;
        text += c >= 0x20 && c < 0x7f ? QString(QLatin1Char(c))
                                      : QStringLiteral("\\x%1").arg(uint(quint8(c)), 2, 16, QChar(u'0'));
    }
    return u'"' + text + u'"';
}

bool isDigits(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Dotted decimal with four octets; no leading zeros, which some readers take for octal.
bool isIpv4Prefix(QByteArrayView text, bool whole)
{
    const QList<QByteArray> octets = text.toByteArray().split('.');
    if (octets.size() > 4 || (whole && octets.size() != 4))
        return false;
    for (qsizetype i = 0; i < octets.size(); ++i) {
        const QByteArray &octet = octets[i];
        const bool last = i == octets.size() - 1;
        if ((octet.isEmpty() && (whole || !last)) || octet.size() > 3 || !isDigits(octet)
            || (octet.size() > 1 && octet.startsWith('0')) || octet.toInt() > 255)
            return false;
    }
    return true;
}

bool isIpv6Prefix(QByteArrayView text, bool whole)
{
    constexpr qsizetype MaxIpv6TextSize = 45; // with an IPv4 tail
    const bool plausible
        = text.size() <= MaxIpv6TextSize && std::all_of(text.begin(), text.end(), [](char c) {
              return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':'
                  || c == '.';
          });
    if (!plausible || !whole)
        return plausible;
    const QHostAddress address(QString::fromLatin1(text));
    return address.protocol() == QAbstractSocket::IPv6Protocol;
}

bool isPortPrefix(QByteArrayView text, bool whole)
{
    return (!whole || !text.isEmpty()) && text.size() <= 5 && isDigits(text)
        && text.toByteArray().toInt() <= 65535;
}

// Checks the fields of a v1 line, or of the part of it seen so far when `whole` is false.
ProxyHeader parseV1Fields(QByteArrayView line, bool whole)
{
    const QList<QByteArray> fields = line.toByteArray().split(' ');
    const QByteArray &protocol = fields.value(1);
    const bool protocolWhole = whole || fields.size() > 2;
    for (const char *known : {"TCP4", "TCP6", "UNKNOWN"}) {
        const QByteArrayView name(known);
        if (protocolWhole ? protocol == name : name.startsWith(protocol)) {
            if (name == "UNKNOWN" && protocolWhole) {
                // Spec 2.1: whatever follows UNKNOWN up to the CRLF is ignored.
                ProxyHeader header;
                header.status = whole ? Status::Complete : Status::NeedMore;
                header.version = 1;
                header.local = true;
                return header;
            }
            if (!protocolWhole)
                return needMore();
            const bool ipv4 = name == "TCP4";
            if (std::any_of(
                    fields.cbegin() + 2, fields.cend() - 1, [](const QByteArray &f) { return f.isEmpty(); }))
                return invalid(QStringLiteral("PROXY v1 fields must be separated by single spaces"));
            if (fields.size() > 6)
                return invalid(QStringLiteral("PROXY v1 line has more than 6 fields"));
            if (whole && fields.size() < 6)
                return invalid(QStringLiteral("PROXY v1 line has %1 fields, not 6").arg(fields.size()));
            static const char *const names[]
                = {"", "", "source address", "destination address", "source port", "destination port"};
            for (qsizetype i = 2; i < fields.size(); ++i) {
                const bool fieldWhole = whole || i < fields.size() - 1;
                const bool ok = i < 4
                    ? (ipv4 ? isIpv4Prefix(fields[i], fieldWhole) : isIpv6Prefix(fields[i], fieldWhole))
                    : isPortPrefix(fields[i], fieldWhole);
                if (!ok)
                    return invalid(QStringLiteral("bad %1 %2 in PROXY v1 line")
                                       .arg(QLatin1String(names[i]), quoted(fields[i])));
            }
            if (!whole)
                return needMore();
            ProxyHeader header;
            header.status = Status::Complete;
            header.version = 1;
            header.sourceAddress = QHostAddress(QString::fromLatin1(fields[2]));
            header.destinationAddress = QHostAddress(QString::fromLatin1(fields[3]));
            header.sourcePort = quint16(fields[4].toUInt());
            header.destinationPort = quint16(fields[5].toUInt());
            return header;
        }
    }
    return invalid(QStringLiteral("PROXY v1 protocol %1 is not TCP4, TCP6 or UNKNOWN").arg(quoted(protocol)));
}

ProxyHeader parseV1(QByteArrayView bytes)
{
    const QByteArrayView window = bytes.first(std::min(bytes.size(), V1MaxLineSize));
    const qsizetype end = window.indexOf("\r\n");
    const QByteArrayView line = window.first(end >= 0 ? end : window.size());
    const qsizetype lineFeed = line.indexOf('\n');
    const qsizetype carriageReturn = line.indexOf('\r');
    if (lineFeed >= 0 || (carriageReturn >= 0 && carriageReturn < window.size() - 1))
        return invalid(QStringLiteral("PROXY v1 line does not end with CRLF"));
    if (end < 0 && bytes.size() >= V1MaxLineSize)
        return invalid(QStringLiteral("PROXY v1 line longer than %1 bytes").arg(V1MaxLineSize));
    // A CR at the very end is the first half of the CRLF still to come.
    ProxyHeader header = parseV1Fields(end >= 0 ? line : line.chopped(carriageReturn >= 0 ? 1 : 0), end >= 0);
    if (header.status == Status::Complete)
        header.length = end + 2;
    return header;
}

quint32 bigEndian(QByteArrayView bytes, qsizetype pos, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes[pos + i]);
    return value;
}

// Spec 2.2.7: type, two length bytes, value; they fill what follows the addresses exactly.
bool tlvsFit(QByteArrayView tlvs)
{
    qsizetype pos = 0;
    while (pos < tlvs.size()) {
        if (tlvs.size() - pos < 3)
            return false;
        pos += 3 + bigEndian(tlvs, pos + 1, 2);
    }
    return pos == tlvs.size();
}

ProxyHeader parseV2(QByteArrayView bytes)
{
    if (bytes.size() > 12) {
        const int version = quint8(bytes[12]) >> 4;
        const int command = quint8(bytes[12]) & 0x0f;
        if (version != 2)
            return invalid(QStringLiteral("PROXY v2 signature with version %1").arg(version));
        if (command > 1)
            return invalid(QStringLiteral("PROXY v2 command %1 is neither LOCAL nor PROXY").arg(command));
    }
    if (bytes.size() > 13) {
        const int family = quint8(bytes[13]) >> 4;
        const int transport = quint8(bytes[13]) & 0x0f;
        if (family > 3 || transport > 2)
            return invalid(QStringLiteral("PROXY v2 address family 0x%1 is unknown")
                               .arg(uint(quint8(bytes[13])), 2, 16, QChar(u'0')));
    }
    if (bytes.size() < V2HeaderSize)
        return needMore();

    const bool local = (quint8(bytes[12]) & 0x0f) == 0;
    const int family = quint8(bytes[13]) >> 4;
    const bool stream = (quint8(bytes[13]) & 0x0f) == 1;
    const qsizetype payloadSize = bigEndian(bytes, 14, 2);
    if (payloadSize > V2MaxPayloadSize)
        return invalid(QStringLiteral("PROXY v2 length %1 exceeds the %2 bytes accepted")
                           .arg(payloadSize)
                           .arg(V2MaxPayloadSize));
    const qsizetype addressesSize = V2AddressesSize[family];
    // Spec 2.2: a LOCAL header's addresses are ignored, so only PROXY must carry them whole.
    if (!local && payloadSize < addressesSize)
        return invalid(QStringLiteral("PROXY v2 length %1 is too short for its addresses (%2 bytes)")
                           .arg(payloadSize)
                           .arg(addressesSize));
    if (bytes.size() < V2HeaderSize + payloadSize)
        return needMore();
    const QByteArrayView payload = bytes.sliced(V2HeaderSize, payloadSize);
    if (payloadSize >= addressesSize && !tlvsFit(payload.sliced(addressesSize)))
        return invalid(QStringLiteral("PROXY v2 TLVs do not fit the header's length"));

    ProxyHeader header;
    header.status = Status::Complete;
    header.version = 2;
    header.length = V2HeaderSize + payloadSize;
    // UDP, UNIX sockets and UNSPEC name no TCP client: the session keeps the real peer.
    header.local = local || !stream || (family != 1 && family != 2);
    if (header.local)
        return header;
    if (family == 1) {
        header.sourceAddress = QHostAddress(bigEndian(payload, 0, 4));
        header.destinationAddress = QHostAddress(bigEndian(payload, 4, 4));
        header.sourcePort = quint16(bigEndian(payload, 8, 2));
        header.destinationPort = quint16(bigEndian(payload, 10, 2));
    } else {
        header.sourceAddress = QHostAddress(reinterpret_cast<const quint8 *>(payload.data()));
        header.destinationAddress = QHostAddress(reinterpret_cast<const quint8 *>(payload.data() + 16));
        header.sourcePort = quint16(bigEndian(payload, 32, 2));
        header.destinationPort = quint16(bigEndian(payload, 34, 2));
    }
    return header;
}

} // namespace

ProxyHeader parseProxyHeader(QByteArrayView bytes)
{
    for (const QByteArrayView signature : {V1Signature, V2Signature}) {
        const qsizetype seen = std::min(bytes.size(), signature.size());
        if (seen == 0)
            return needMore();
        if (bytes.first(seen) != signature.first(seen))
            continue;
        if (seen < signature.size())
            return needMore();
        return signature == V1Signature ? parseV1(bytes) : parseV2(bytes);
    }
    return invalid(QStringLiteral("no PROXY header: the connection starts with %1").arg(quoted(bytes)));
}

} // namespace Mailscope
