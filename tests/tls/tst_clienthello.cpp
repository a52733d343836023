// peekClientHello: the SNI name from the first bytes a client sends after STARTTLS, read from
// real ClientHellos a QSslSocket sends, every prefix of them, hand-made edge cases, garbage, and
// random mutations that must never crash or read out of bounds.
#include "tls/clienthello.h"

#include <QRandomGenerator>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "../wirebytes.h"

namespace Mailscope {

namespace {

using namespace TestBytes;
using Status = ClientHelloPeek::Status;

const char *statusName(Status status)
{
    switch (status) {
    case Status::NeedMore:
        return "NeedMore";
    case Status::Complete:
        return "Complete";
    case Status::NotTls:
        return "NotTls";
    }
    return "?";
}

// The first TLS record a QSslSocket client sends to a server that never answers: its ClientHello.
// An empty peerName connects to the IP literal, which clients do not send as SNI (RFC 6066 3).
QByteArray captureClientHello(const QString &peerName)
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return {};
    QSslSocket client;
    client.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (peerName.isEmpty())
        client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());
    else
        client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort(), peerName);
    if (!QTest::qWaitFor([&] { return server.hasPendingConnections(); }, 10000))
        return {};
    QTcpSocket *connection = server.nextPendingConnection();
    QByteArray bytes;
    // Judged without the code under test: one whole record, by its own length field.
    const auto wholeRecord = [&] {
        bytes += connection->readAll();
        return bytes.size() >= 5 && bytes.size() >= 5 + ((quint8(bytes[3]) << 8) | quint8(bytes[4]));
    };
    if (!QTest::qWaitFor(wholeRecord, 10000))
        return {};
    return bytes;
}

// TLS records of at most `fragmentSize` bytes carrying `handshake`.
QByteArray records(const QByteArray &handshake, qsizetype fragmentSize)
{
    QByteArray out;
    for (qsizetype pos = 0; pos < handshake.size(); pos += fragmentSize) {
        const QByteArray fragment = handshake.mid(pos, fragmentSize);
        out += QByteArray("\x16\x03\x01", 3) + char(fragment.size() >> 8) + char(fragment.size() & 0xff)
            + fragment;
    }
    return out;
}

// A minimal ClientHello handshake message with the given extensions block (none when null).
QByteArray clientHello(const QByteArray &extensions, const QByteArray &sessionId = {})
{
    QByteArray body = QByteArray("\x03\x03", 2) + QByteArray(32, '\x5a') + lengthPrefixed(sessionId, 1)
        + lengthPrefixed(QByteArray("\x13\x01", 2), 2) + lengthPrefixed(QByteArray(1, '\0'), 1);
    if (!extensions.isNull())
        body += lengthPrefixed(extensions, 2);
    return QByteArray(1, '\x01') + lengthPrefixed(body, 3);
}

QByteArray extension(quint16 type, const QByteArray &data)
{
    return bigEndian(type, 2) + lengthPrefixed(data, 2);
}

QByteArray serverNameExtension(const QList<QPair<int, QByteArray>> &names)
{
    QByteArray list;
    for (const auto &[type, name] : names)
        list += char(type) + lengthPrefixed(name, 2);
    return extension(0, lengthPrefixed(list, 2));
}

} // namespace

class TestClientHello : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsServerNameFromRealClientHello();
    void realClientHelloWithoutSniHasNoName();
    void everyPrefixOfRealHellosNeedsMore();
    void readsHelloSplitAcrossRecords_data();
    void readsHelloSplitAcrossRecords();
    void ignoresBytesAfterTheHello();
    void readsHandMadeHellos_data();
    void readsHandMadeHellos();
    void recognizesWhatIsNotTls_data();
    void recognizesWhatIsNotTls();
    void givesUpOnHelloLongerThanOneFullRecord();
    void survivesRandomMutations();

private:
    QByteArray m_withSni;
    QByteArray m_withoutSni;
};

void TestClientHello::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    m_withSni = captureClientHello(QStringLiteral("MX.Example.Test"));
    m_withoutSni = captureClientHello(QString());
    QVERIFY(m_withSni.size() > 100);
    QVERIFY(m_withoutSni.size() > 100);
    QVERIFY(m_withSni.contains("MX.Example.Test") || m_withSni.contains("mx.example.test"));
    QVERIFY(!m_withoutSni.contains("127.0.0.1"));
}

void TestClientHello::readsServerNameFromRealClientHello()
{
    const ClientHelloPeek peek = peekClientHello(m_withSni);
    QCOMPARE(statusName(peek.status), statusName(Status::Complete));
    QCOMPARE(peek.serverName, QStringLiteral("mx.example.test"));
}

void TestClientHello::realClientHelloWithoutSniHasNoName()
{
    const ClientHelloPeek peek = peekClientHello(m_withoutSni);
    QCOMPARE(statusName(peek.status), statusName(Status::Complete));
    QCOMPARE(peek.serverName, QString());
}

void TestClientHello::everyPrefixOfRealHellosNeedsMore()
{
    for (const QByteArray &hello : {m_withSni, m_withoutSni}) {
        for (qsizetype size = 0; size < hello.size(); ++size) {
            const ClientHelloPeek peek = peekClientHello(QByteArrayView(hello).first(size));
            QVERIFY2(peek.status == Status::NeedMore,
                qPrintable(QStringLiteral("%1 after %2 bytes").arg(statusName(peek.status)).arg(size)));
        }
    }
}

void TestClientHello::readsHelloSplitAcrossRecords_data()
{
    QTest::addColumn<qsizetype>("fragmentSize");
    QTest::newRow("one byte a record") << qsizetype(1);
    QTest::newRow("7 bytes a record") << qsizetype(7);
    QTest::newRow("100 bytes a record") << qsizetype(100);
}

void TestClientHello::readsHelloSplitAcrossRecords()
{
    QFETCH(qsizetype, fragmentSize);
    const QByteArray split = records(m_withSni.mid(5), fragmentSize);
    const ClientHelloPeek peek = peekClientHello(split);
    QCOMPARE(statusName(peek.status), statusName(Status::Complete));
    QCOMPARE(peek.serverName, QStringLiteral("mx.example.test"));
    for (qsizetype size = 0; size < split.size(); ++size)
        QVERIFY2(peekClientHello(QByteArrayView(split).first(size)).status == Status::NeedMore,
            qPrintable(QString::number(size)));
}

void TestClientHello::ignoresBytesAfterTheHello()
{
    // Whatever follows (a record of another type, or anything) is not part of the peek.
    for (const QByteArray &after :
        {QByteArray("\x17\x03\x03\x00\x01x", 6), QByteArray("EHLO x\r\n"), QByteArray(20000, '\xff')}) {
        const ClientHelloPeek peek = peekClientHello(m_withSni + after);
        QCOMPARE(statusName(peek.status), statusName(Status::Complete));
        QCOMPARE(peek.serverName, QStringLiteral("mx.example.test"));
    }
}

void TestClientHello::readsHandMadeHellos_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("serverName");

    const auto sni = [](const QByteArray &name) { return serverNameExtension({{0, name}}); };
    const QByteArray other = extension(0x000a, QByteArray("\x00\x02\x00\x1d", 4));
    QTest::newRow("no extensions block") << records(clientHello({}), 16384) << QString();
    QTest::newRow("empty extensions block") << records(clientHello(""), 16384) << QString();
    QTest::newRow("only other extensions") << records(clientHello(other), 16384) << QString();
    QTest::newRow("SNI after others") << records(clientHello(other + sni("a.example")), 16384) << "a.example";
    QTest::newRow("trailing dot dropped")
        << records(clientHello(sni("Mail.Example.ORG.")), 16384) << "mail.example.org";
    QTest::newRow("with a session id")
        << records(clientHello(sni("b.example"), QByteArray(32, 's')), 16384) << "b.example";
    QTest::newRow("unknown name type first")
        << records(clientHello(serverNameExtension({{7, "x"}, {0, "c.example"}})), 16384) << "c.example";
    QTest::newRow("first host name wins")
        << records(clientHello(serverNameExtension({{0, "d.example"}, {0, "e.example"}})), 16384)
        << "d.example";
    QTest::newRow("second SNI extension ignored")
        << records(clientHello(sni("f.example") + sni("g.example")), 16384) << "f.example";
    QTest::newRow("name with a space ignored") << records(clientHello(sni("bad name")), 16384) << QString();
    QTest::newRow("name with a NUL ignored")
        << records(clientHello(sni(QByteArray("h.example\0x", 11))), 16384) << QString();
    QTest::newRow("name of UTF-8 ignored")
        << records(clientHello(sni("\xc3\xa9.example")), 16384) << QString();
    QTest::newRow("empty name") << records(clientHello(sni("")), 16384) << QString();
    QTest::newRow("name too long") << records(clientHello(sni(QByteArray(254, 'a'))), 16384) << QString();
    QTest::newRow("SSL 3.0 record version")
        << QByteArray(records(clientHello(sni("i.example")), 16384)).replace(1, 2, QByteArray("\x03\x00", 2))
        << "i.example";
}

void TestClientHello::readsHandMadeHellos()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, serverName);
    const ClientHelloPeek peek = peekClientHello(bytes);
    QCOMPARE(statusName(peek.status), statusName(Status::Complete));
    QCOMPARE(peek.serverName, serverName);
}

void TestClientHello::recognizesWhatIsNotTls_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const QByteArray hello = clientHello(serverNameExtension({{0, "a.example"}}));
    QTest::newRow("SMTP command") << QByteArray("EHLO x\r\n");
    QTest::newRow("one wrong byte") << QByteArray("E");
    QTest::newRow("SSL 2 hello") << QByteArray("\x80\x2e\x01\x00\x02", 5);
    QTest::newRow("application data record") << QByteArray("\x17\x03\x03\x00\x05hello", 10);
    QTest::newRow("record version 2") << QByteArray("\x16\x02", 2);
    QTest::newRow("empty record") << QByteArray("\x16\x03\x01\x00\x00", 5);
    QTest::newRow("record over 16 KiB") << QByteArray("\x16\x03\x01\x40\x01", 5);
    QTest::newRow("server hello") << records(QByteArray(hello).replace(0, 1, "\x02"), 16384);
    QTest::newRow("hello too short to be one") << records(QByteArray("\x01\x00\x00\x05"
                                                                     "abcde",
                                                              9),
        16384);
    QTest::newRow("session id longer than the hello")
        << records(QByteArray(hello).replace(4 + 34, 1, "\xff"), 16384);
    QTest::newRow("extensions length off by one")
        << records(QByteArray(hello).replace(4 + 34 + 1 + 4 + 2, 2, bigEndian(hello.size() - 46, 2)), 16384);
    QTest::newRow("SNI list length wrong")
        << records(clientHello(extension(0, QByteArray("\x00\x09\x00\x00\x01x", 6))), 16384);
    QTest::newRow("SNI name runs past its list")
        << records(clientHello(extension(0, QByteArray("\x00\x04\x00\x00\x09x", 6))), 16384);
    QTest::newRow("later record not a handshake")
        << records(hello.first(10), 16384) + QByteArray("\x15\x03\x01\x00\x02\x02\x28", 7);
}

void TestClientHello::recognizesWhatIsNotTls()
{
    QFETCH(QByteArray, bytes);
    QCOMPARE(statusName(peekClientHello(bytes).status), statusName(Status::NotTls));
}

void TestClientHello::givesUpOnHelloLongerThanOneFullRecord()
{
    // A hello claiming 64 KiB: a full record of it is enough waiting.
    QByteArray handshake = QByteArray("\x01\x01\x00\x00", 4) + QByteArray(16380, '\0');
    const QByteArray first = records(handshake, 16384);
    QCOMPARE(first.size(), 16384 + 5);
    QCOMPARE(
        statusName(peekClientHello(QByteArrayView(first).chopped(1)).status), statusName(Status::NeedMore));
    const ClientHelloPeek peek = peekClientHello(first);
    QCOMPARE(statusName(peek.status), statusName(Status::Complete));
    QVERIFY(peek.serverName.isEmpty());
}

void TestClientHello::survivesRandomMutations()
{
    // A libFuzzer-free fuzz loop, seeded so a failure repeats; meant for ASan/UBSan builds too.
    QRandomGenerator random(20240611);
    const QList<QByteArray> seeds {m_withSni, m_withoutSni, records(m_withSni.mid(5), 13)};
    int counts[3] = {};
    for (int iteration = 0; iteration < 20000; ++iteration) {
        QByteArray bytes = seeds[random.bounded(int(seeds.size()))];
        const int mutations = 1 + random.bounded(8);
        for (int m = 0; m < mutations && !bytes.isEmpty(); ++m) {
            const qsizetype pos = random.bounded(int(bytes.size()));
            switch (random.bounded(5)) {
            case 0: // flip a byte, often in a length field near the front
                bytes[random.bounded(2) ? pos : pos % 64] = char(random.bounded(256));
                break;
            case 1: // extreme length bytes
                bytes[pos] = random.bounded(2) ? '\xff' : '\0';
                break;
            case 2:
                bytes.insert(pos, QByteArray(random.bounded(1, 40), char(random.bounded(256))));
                break;
            case 3:
                bytes.remove(pos, random.bounded(1, 40));
                break;
            case 4:
                bytes.truncate(pos);
                break;
            }
        }
        const ClientHelloPeek peek = peekClientHello(bytes);
        ++counts[int(peek.status)];
        QVERIFY(peek.serverName.size() <= 253);
    }
    qInfo("NeedMore %d, Complete %d, NotTls %d", counts[0], counts[1], counts[2]);
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestClientHello)
#include "tst_clienthello.moc"
