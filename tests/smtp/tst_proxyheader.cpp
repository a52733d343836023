// parseProxyHeader: HAProxy PROXY protocol v1 and v2 headers in front of an SMTP session, with
// their exact length (so the SMTP bytes after them stay), every prefix waiting for more, and a
// clear error for everything that cannot become a header.
#include "smtp/proxyheader.h"

#include <QRandomGenerator>
#include <QTest>

#include "../wirebytes.h"

namespace Mailscope {

namespace {

using namespace TestBytes;
using Status = ProxyHeader::Status;

const char *statusName(Status status)
{
    switch (status) {
    case Status::NeedMore:
        return "NeedMore";
    case Status::Complete:
        return "Complete";
    case Status::Invalid:
        return "Invalid";
    }
    return "?";
}

const QByteArray V2Signature("\r\n\r\n\0\r\nQUIT\n", 12);

// A v2 header: version/command byte, family/transport byte, then the payload with its length.
QByteArray v2(quint8 versionCommand, quint8 family, const QByteArray &payload)
{
    return V2Signature + char(versionCommand) + char(family) + lengthPrefixed(payload, 2);
}

QByteArray tlv(quint8 type, const QByteArray &value)
{
    return char(type) + lengthPrefixed(value, 2);
}

QByteArray ipv6Bytes(const QString &text)
{
    const Q_IPV6ADDR address = QHostAddress(text).toIPv6Address();
    return QByteArray(reinterpret_cast<const char *>(address.c), 16);
}

const QByteArray V2Ipv4Payload
    = bigEndian(0xc0000201, 4) + bigEndian(0xc6336402, 4) + bigEndian(56324, 2) + bigEndian(25, 2);

} // namespace

class TestProxyHeader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesValidHeaders_data();
    void parsesValidHeaders();
    void everyPrefixOfValidHeadersNeedsMore_data();
    void everyPrefixOfValidHeadersNeedsMore();
    void rejectsWhatCannotBeAHeader_data();
    void rejectsWhatCannotBeAHeader();
    void survivesRandomMutations();
};

void TestProxyHeader::parsesValidHeaders_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("local");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("sourcePort");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<int>("destinationPort");

    QTest::newRow("v1 TCP4") << QByteArray("PROXY TCP4 192.0.2.1 198.51.100.2 56324 25\r\n") << 1 << false
                             << "192.0.2.1" << 56324 << "198.51.100.2" << 25;
    QTest::newRow("v1 TCP4 edge values") << QByteArray("PROXY TCP4 0.0.0.0 255.255.255.255 0 65535\r\n") << 1
                                         << false << "0.0.0.0" << 0 << "255.255.255.255" << 65535;
    QTest::newRow("v1 TCP6") << QByteArray("PROXY TCP6 2001:db8::1 2001:DB8::2 1 587\r\n") << 1 << false
                             << "2001:db8::1" << 1 << "2001:db8::2" << 587;
    QTest::newRow("v1 TCP6 mapped IPv4") << QByteArray("PROXY TCP6 ::ffff:192.0.2.1 ::1 40000 25\r\n") << 1
                                         << false << "::ffff:192.0.2.1" << 40000 << "::1" << 25;
    QTest::newRow("v1 TCP6 longest") << QByteArray(
        "PROXY TCP6 ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff "
        "65535 65535\r\n") << 1 << false
                                     << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff" << 65535
                                     << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff" << 65535;
    QTest::newRow("v1 UNKNOWN") << QByteArray("PROXY UNKNOWN\r\n") << 1 << true << "" << 0 << "" << 0;
    // Spec 2.1: the 107-byte worst case, with the addresses a receiver ignores.
    QTest::newRow("v1 UNKNOWN longest") << QByteArray(
        "PROXY UNKNOWN ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff "
        "65535 65535\r\n") << 1 << true << ""
                                        << 0 << "" << 0;

    QTest::newRow("v2 PROXY TCP4") << v2(0x21, 0x11, V2Ipv4Payload) << 2 << false << "192.0.2.1" << 56324
                                   << "198.51.100.2" << 25;
    QTest::newRow("v2 PROXY TCP4 with TLVs") << v2(0x21, 0x11,
        V2Ipv4Payload + tlv(0x02, "mx.example.test") + tlv(0x04, QByteArray(5, '\0')) + tlv(0x05, ""))
                                             << 2 << false << "192.0.2.1" << 56324 << "198.51.100.2" << 25;
    QTest::newRow("v2 PROXY TCP6") << v2(0x21, 0x21,
        ipv6Bytes("2001:db8::7") + ipv6Bytes("2001:db8::25") + bigEndian(1234, 2) + bigEndian(465, 2)
            + tlv(0x01, "smtp")) << 2
                                   << false << "2001:db8::7" << 1234 << "2001:db8::25" << 465;
    QTest::newRow("v2 LOCAL") << v2(0x20, 0x00, {}) << 2 << true << "" << 0 << "" << 0;
    QTest::newRow("v2 LOCAL with addresses")
        << v2(0x20, 0x11, V2Ipv4Payload) << 2 << true << "" << 0 << "" << 0;
    QTest::newRow("v2 LOCAL with TLVs only")
        << v2(0x20, 0x00, tlv(0x04, "pad")) << 2 << true << "" << 0 << "" << 0;
    QTest::newRow("v2 PROXY UNSPEC") << v2(0x21, 0x00, {}) << 2 << true << "" << 0 << "" << 0;
    QTest::newRow("v2 PROXY UDP4") << v2(0x21, 0x12, V2Ipv4Payload) << 2 << true << "" << 0 << "" << 0;
    QTest::newRow("v2 PROXY UNIX stream")
        << v2(0x21, 0x31, QByteArray(216, '\0')) << 2 << true << "" << 0 << "" << 0;
}

void TestProxyHeader::parsesValidHeaders()
{
    QFETCH(QByteArray, header);
    QFETCH(int, version);
    QFETCH(bool, local);
    QFETCH(QString, source);
    QFETCH(int, sourcePort);
    QFETCH(QString, destination);
    QFETCH(int, destinationPort);

    // The SMTP session's first bytes follow the header and must be left alone.
    for (const QByteArray &after :
        {QByteArray(), QByteArray("EHLO client.example\r\n"), QByteArray("\r\n")}) {
        const ProxyHeader parsed = parseProxyHeader(header + after);
        QVERIFY2(
            parsed.status == Status::Complete, qPrintable(statusName(parsed.status) + (u' ' + parsed.error)));
        QCOMPARE(parsed.length, header.size());
        QCOMPARE(parsed.version, version);
        QCOMPARE(parsed.local, local);
        QVERIFY(parsed.error.isEmpty());
        QCOMPARE(parsed.sourceAddress, source.isEmpty() ? QHostAddress() : QHostAddress(source));
        QCOMPARE(
            parsed.destinationAddress, destination.isEmpty() ? QHostAddress() : QHostAddress(destination));
        QCOMPARE(parsed.sourcePort, quint16(sourcePort));
        QCOMPARE(parsed.destinationPort, quint16(destinationPort));
    }
}

void TestProxyHeader::everyPrefixOfValidHeadersNeedsMore_data()
{
    parsesValidHeaders_data();
}

void TestProxyHeader::everyPrefixOfValidHeadersNeedsMore()
{
    QFETCH(QByteArray, header);
    for (qsizetype size = 0; size < header.size(); ++size) {
        const ProxyHeader parsed = parseProxyHeader(QByteArrayView(header).first(size));
        QVERIFY2(parsed.status == Status::NeedMore,
            qPrintable(QStringLiteral("%1 after %2 bytes: %3")
                           .arg(statusName(parsed.status))
                           .arg(size)
                           .arg(parsed.error)));
        QCOMPARE(parsed.length, 0);
    }
}

void TestProxyHeader::rejectsWhatCannotBeAHeader_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    QTest::newRow("SMTP command") << QByteArray("EHLO x\r\n")
                                  << "no PROXY header: the connection starts with \"EHLO x\"";
    QTest::newRow("one byte") << QByteArray("Q") << "no PROXY header: the connection starts with \"Q\"";
    QTest::newRow("lower case") << QByteArray("proxy TCP4") << "no PROXY header";
    QTest::newRow("almost PROXY") << QByteArray("PROXZ") << "no PROXY header";
    QTest::newRow("PROXY without space") << QByteArray("PROXYTCP4") << "no PROXY header";
    QTest::newRow("binary shown escaped")
        << QByteArray("\x01\x02hi", 4) << "no PROXY header: the connection starts with \"\\x01\\x02hi\"";
    QTest::newRow("almost v2 signature") << QByteArray("\r\n\r\n\0\r\nQUIX", 11) << "no PROXY header";

    QTest::newRow("v1 unknown protocol") << QByteArray("PROXY TCP5 1.2.3.4 5.6.7.8 1 2\r\n")
                                         << "PROXY v1 protocol \"TCP5\" is not TCP4, TCP6 or UNKNOWN";
    QTest::newRow("v1 unknown protocol early") << QByteArray("PROXY UDP") << "is not TCP4, TCP6 or UNKNOWN";
    QTest::newRow("v1 empty protocol") << QByteArray("PROXY \r\n") << "is not TCP4, TCP6 or UNKNOWN";
    QTest::newRow("v1 UNKNOWN glued") << QByteArray("PROXY UNKNOWNX\r\n") << "is not TCP4, TCP6 or UNKNOWN";
    QTest::newRow("v1 octet over 255")
        << QByteArray("PROXY TCP4 256.1.1.1 5.6.7.8 1 2\r\n") << "bad source address \"256.1.1.1\"";
    QTest::newRow("v1 octet over 255 early") << QByteArray("PROXY TCP4 1.999") << "bad source address";
    QTest::newRow("v1 three octets") << QByteArray("PROXY TCP4 1.2.3.4 5.6.7 1 2\r\n")
                                     << "bad destination address \"5.6.7\"";
    QTest::newRow("v1 five octets early") << QByteArray("PROXY TCP4 1.2.3.4.") << "bad source address";
    QTest::newRow("v1 leading zero") << QByteArray("PROXY TCP4 01.2.3.4 5.6.7.8 1 2\r\n")
                                     << "bad source address";
    QTest::newRow("v1 IPv6 for TCP4") << QByteArray("PROXY TCP4 ::1 ::1 1 2\r\n") << "bad source address";
    QTest::newRow("v1 IPv4 for TCP6") << QByteArray("PROXY TCP6 1.2.3.4 ::1 1 2\r\n") << "bad source address";
    QTest::newRow("v1 bad IPv6") << QByteArray("PROXY TCP6 ::1 1:2:3:4:5:6:7:8:9 1 2\r\n")
                                 << "bad destination address";
    QTest::newRow("v1 IPv6 with a zone")
        << QByteArray("PROXY TCP6 fe80::1%eth0 ::1 1 2\r\n") << "bad source address";
    QTest::newRow("v1 double space") << QByteArray("PROXY TCP4  1.2.3.4 5.6.7.8 1 2\r\n")
                                     << "PROXY v1 fields must be separated by single spaces";
    QTest::newRow("v1 port over 65535")
        << QByteArray("PROXY TCP4 1.2.3.4 5.6.7.8 65536 25\r\n") << "bad source port \"65536\"";
    QTest::newRow("v1 port over 65535 early")
        << QByteArray("PROXY TCP4 1.2.3.4 5.6.7.8 1 99999") << "bad destination port";
    QTest::newRow("v1 port not a number")
        << QByteArray("PROXY TCP4 1.2.3.4 5.6.7.8 1 smtp\r\n") << "bad destination port \"smtp\"";
    QTest::newRow("v1 negative port")
        << QByteArray("PROXY TCP4 1.2.3.4 5.6.7.8 -1 25\r\n") << "bad source port";
    QTest::newRow("v1 empty port") << QByteArray("PROXY TCP4 1.2.3.4 5.6.7.8 1 \r\n")
                                   << "bad destination port";
    QTest::newRow("v1 missing field")
        << QByteArray("PROXY TCP4 1.2.3.4 5.6.7.8 1\r\n") << "PROXY v1 line has 5 fields, not 6";
    QTest::newRow("v1 extra field") << QByteArray("PROXY TCP4 1.2.3.4 5.6.7.8 1 2 3\r\n")
                                    << "PROXY v1 line has more than 6 fields";
    QTest::newRow("v1 bare LF") << QByteArray("PROXY TCP4 1.2.3.4 5.6.7.8 1 2\nEHLO x\r\n")
                                << "PROXY v1 line does not end with CRLF";
    QTest::newRow("v1 bare CR") << QByteArray("PROXY UNKNOWN\rx") << "PROXY v1 line does not end with CRLF";
    QTest::newRow("v1 108 bytes") << QByteArray("PROXY UNKNOWN ") + QByteArray(92, 'f') + "\r\n"
                                  << "PROXY v1 line longer than 107 bytes";
    QTest::newRow("v1 107 bytes without an end")
        << QByteArray("PROXY UNKNOWN ") + QByteArray(93, 'f') << "PROXY v1 line longer than 107 bytes";

    QTest::newRow("v2 version 1") << v2(0x11, 0x11, V2Ipv4Payload) << "PROXY v2 signature with version 1";
    QTest::newRow("v2 version 3 early") << V2Signature + '\x31' << "PROXY v2 signature with version 3";
    QTest::newRow("v2 command 2") << v2(0x22, 0x11, V2Ipv4Payload)
                                  << "PROXY v2 command 2 is neither LOCAL nor PROXY";
    QTest::newRow("v2 family 4") << v2(0x21, 0x41, V2Ipv4Payload)
                                 << "PROXY v2 address family 0x41 is unknown";
    QTest::newRow("v2 transport 3 early") << V2Signature + "\x21\x13"
                                          << "PROXY v2 address family 0x13 is unknown";
    QTest::newRow("v2 length over the limit") << V2Signature + "\x21\x11\x10\x01"
                                              << "PROXY v2 length 4097 exceeds the 4096 bytes accepted";
    QTest::newRow("v2 IPv4 block cut short") << v2(0x21, 0x11, V2Ipv4Payload.first(8))
                                             << "PROXY v2 length 8 is too short for its addresses (12 bytes)";
    QTest::newRow("v2 IPv6 block cut short") << v2(
        0x21, 0x21, QByteArray(20, '\0')) << "PROXY v2 length 20 is too short for its addresses (36 bytes)";
    QTest::newRow("v2 TLV runs past the end") << v2(0x21, 0x11, V2Ipv4Payload + tlv(0x02, "abc").chopped(1))
                                              << "PROXY v2 TLVs do not fit the header's length";
    QTest::newRow("v2 TLV header cut") << v2(0x21, 0x11, V2Ipv4Payload + QByteArray("\x02\x00", 2))
                                       << "PROXY v2 TLVs do not fit the header's length";
}

void TestProxyHeader::rejectsWhatCannotBeAHeader()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const ProxyHeader parsed = parseProxyHeader(bytes);
    QCOMPARE(statusName(parsed.status), statusName(Status::Invalid));
    QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
    QCOMPARE(parsed.length, 0);
}

void TestProxyHeader::survivesRandomMutations()
{
    // Seeded so a failure repeats; meant for ASan/UBSan builds too.
    QRandomGenerator random(20240611);
    const QList<QByteArray> seeds {"PROXY TCP4 192.0.2.1 198.51.100.2 56324 25\r\n",
        "PROXY TCP6 2001:db8::1 ::1 1 587\r\n", "PROXY UNKNOWN\r\n",
        v2(0x21, 0x11, V2Ipv4Payload + tlv(0x02, "mx")), v2(0x21, 0x21, QByteArray(36, '\x7f')),
        v2(0x20, 0x00, {})};
    for (int iteration = 0; iteration < 20000; ++iteration) {
        QByteArray bytes = seeds[random.bounded(int(seeds.size()))];
        for (int m = random.bounded(1, 6); m > 0 && !bytes.isEmpty(); --m) {
            const int pos = random.bounded(int(bytes.size()));
            switch (random.bounded(4)) {
            case 0:
                bytes[pos] = char(random.bounded(256));
                break;
            case 1:
                bytes.insert(pos, QByteArray(random.bounded(1, 120), char(random.bounded(256))));
                break;
            case 2:
                bytes.remove(pos, random.bounded(1, 20));
                break;
            case 3:
                bytes.truncate(pos);
                break;
            }
        }
        const ProxyHeader parsed = parseProxyHeader(bytes);
        QVERIFY(parsed.length <= bytes.size());
        QVERIFY((parsed.status == Status::Complete) == (parsed.length > 0));
        QVERIFY((parsed.status == Status::Invalid) == !parsed.error.isEmpty());
    }
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestProxyHeader)
#include "tst_proxyheader.moc"
