// TlsIdentity: loading the user's PEM certificate, chain and key (RSA, EC, Ed25519 in their
// usual encodings), making a self-signed certificate with OpenSSL, keeping it across runs, and
// a real handshake between two QSslSockets with each identity.
#include "tls/tlsidentity.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificateExtension>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace Mailscope {

namespace {

// Accepts one connection and starts server-side TLS on it with `identity`.
class TlsTestServer : public QTcpServer {
public:
    explicit TlsTestServer(const TlsIdentity &identity)
    {
        m_configuration = QSslConfiguration::defaultConfiguration();
        m_configuration.setLocalCertificateChain(
            QList<QSslCertificate> {identity.certificate} + identity.chain);
        m_configuration.setPrivateKey(identity.key);
        m_configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    QSslSocket *socket = nullptr;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        socket = new QSslSocket(this);
        socket->setSslConfiguration(m_configuration);
        if (socket->setSocketDescriptor(descriptor))
            socket->startServerEncryption();
    }

private:
    QSslConfiguration m_configuration;
};

// A handshake on 127.0.0.1; the client trusts `trusted` and checks the name `peerName`, or checks
// nothing when `trusted` is empty. Returns what went wrong, empty on success.
QString handshakeFailure(
    const TlsIdentity &identity, const QList<QSslCertificate> &trusted, const QString &peerName)
{
    TlsTestServer server(identity);
    if (!server.listen(QHostAddress::LocalHost, 0))
        return QStringLiteral("listen: ") + server.errorString();
    QSslSocket client;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(trusted);
    configuration.setPeerVerifyMode(trusted.isEmpty() ? QSslSocket::VerifyNone : QSslSocket::VerifyPeer);
    client.setSslConfiguration(configuration);
    QStringList errors;
    QObject::connect(&client, &QSslSocket::sslErrors, [&](const QList<QSslError> &list) {
        for (const QSslError &e : list)
            errors << e.errorString();
    });
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort(), peerName);
    const bool done = QTest::qWaitFor(
        [&] {
            return (client.isEncrypted() && server.socket && server.socket->isEncrypted())
                || client.state() == QAbstractSocket::UnconnectedState;
        },
        10000);
    if (done && client.isEncrypted())
        return {};
    return QStringLiteral("no handshake: %1 %2 / server: %3")
        .arg(client.errorString(), errors.join(u';'),
            server.socket ? server.socket->errorString() : QString());
}

// Runs the openssl command in `folder`; QSKIPs the caller's test through the returned message if missing.
QString runOpenSsl(const QString &folder, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return QStringLiteral("openssl %1 failed: %2")
            .arg(arguments.join(u' '), QString::fromLocal8Bit(process.readAllStandardError()));
    return {};
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestTlsIdentity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void selfSignedHasNamesAndUsage();
    void selfSignedForIpLiteralHasIpName();
    void selfSignedRefusesNamesThatAreNotHosts();
    void selfSignedCompletesVerifiedHandshake();
    void keepsSelfSignedAcrossRuns();
    void replacesUnusableSelfSigned();
    void loadsKeyFormats_data();
    void loadsKeyFormats();
    void loadsLeafAndIntermediate();
    void reportsLoadErrors_data();
    void reportsLoadErrors();

private:
    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_openSslMissing;
};

void TestTlsIdentity::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(m_dir.isValid());
    // Fixtures made by the openssl command: a config with no defaults, so extensions are only ours.
    writeFile(path(QStringLiteral("min.cnf")), "[req]\ndistinguished_name = dn\n[dn]\n");
    const QString config = QStringLiteral("min.cnf");
    const QStringList selfSigned {QStringLiteral("req"), QStringLiteral("-config"), config,
        QStringLiteral("-x509"), QStringLiteral("-new"), QStringLiteral("-days"), QStringLiteral("2"),
        QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
        QStringLiteral("subjectAltName=DNS:localhost")};
    const QList<QStringList> commands {
        {"genrsa", "-traditional", "-out", "rsa-pkcs1.key", "2048"},
        {"genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "rsa-pkcs8.key"},
        {"ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "ec-sec1.key"},
        {"genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384", "-out", "ec-pkcs8.key"},
        {"genpkey", "-algorithm", "ed25519", "-out", "ed25519.key"},
        {"pkey", "-in", "ec-sec1.key", "-aes256", "-passout", "pass:secret", "-out", "encrypted.key"},
        selfSigned + QStringList {"-key", "rsa-pkcs1.key", "-out", "rsa-pkcs1.pem"},
        selfSigned + QStringList {"-key", "rsa-pkcs8.key", "-out", "rsa-pkcs8.pem"},
        selfSigned + QStringList {"-key", "ec-sec1.key", "-out", "ec-sec1.pem"},
        selfSigned + QStringList {"-key", "ec-pkcs8.key", "-out", "ec-pkcs8.pem"},
        selfSigned + QStringList {"-key", "ed25519.key", "-out", "ed25519.pem"},
        // A root, an intermediate it signs, and a leaf the intermediate signs.
        {"req", "-config", config, "-x509", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
            "-nodes", "-keyout", "root.key", "-out", "root.pem", "-subj", "/CN=Mailscope Test Root", "-days",
            "2", "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=keyCertSign,cRLSign"},
        {"req", "-config", config, "-x509", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
            "-nodes", "-keyout", "intermediate.key", "-out", "intermediate.pem", "-subj",
            "/CN=Mailscope Test Intermediate", "-days", "2", "-CA", "root.pem", "-CAkey", "root.key",
            "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=keyCertSign,cRLSign"},
        {"req", "-config", config, "-x509", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
            "-nodes", "-keyout", "leaf.key", "-out", "leaf.pem", "-subj", "/CN=localhost", "-days", "2",
            "-CA", "intermediate.pem", "-CAkey", "intermediate.key", "-addext",
            "subjectAltName=DNS:localhost", "-addext", "basicConstraints=CA:FALSE"},
    };
    for (const QStringList &command : commands) {
        m_openSslMissing = runOpenSsl(m_dir.path(), command);
        if (!m_openSslMissing.isEmpty())
            return;
    }
    writeFile(path(QStringLiteral("leaf-chain.pem")),
        readFile(path(QStringLiteral("leaf.pem"))) + readFile(path(QStringLiteral("intermediate.pem"))));
    writeFile(path(QStringLiteral("combined.pem")),
        readFile(path(QStringLiteral("ec-sec1.pem"))) + readFile(path(QStringLiteral("ec-sec1.key"))));
}

void TestTlsIdentity::selfSignedHasNamesAndUsage()
{
    TlsIdentity identity;
    QString error;
    QVERIFY2(makeSelfSignedIdentity(QStringLiteral("MX.Example.Test"), &identity, &error), qPrintable(error));
    QVERIFY(identity.isValid());
    QVERIFY(identity.chain.isEmpty());
    QCOMPARE(identity.key.algorithm(), QSsl::Ec);
    QCOMPARE(identity.key.length(), 256);
    // Qt's isSelfSigned() also wants keyCertSign in keyUsage, which a server certificate has no use for.
    QCOMPARE(identity.certificate.issuerDisplayName(), identity.certificate.subjectDisplayName());
    QCOMPARE(identity.certificate.subjectInfo(QSslCertificate::CommonName),
        QStringList {QStringLiteral("mx.example.test")});

    const auto names = identity.certificate.subjectAlternativeNames();
    QCOMPARE(names.values(QSsl::DnsEntry).size(), 2);
    QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("mx.example.test")));
    QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QCOMPARE(names.values(QSsl::IpAddressEntry).size(), 2);
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("0:0:0:0:0:0:0:1"))
        || names.values(QSsl::IpAddressEntry).contains(QStringLiteral("::1")));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(identity.certificate.effectiveDate() < now.addSecs(-23 * 3600));
    QVERIFY(identity.certificate.expiryDate() > now.addYears(9).addMonths(11));
    QVERIFY(identity.certificate.expiryDate() < now.addYears(10));

    QStringList extensions;
    for (const QSslCertificateExtension &extension : identity.certificate.extensions()) {
        extensions << extension.name();
        if (extension.name() == QLatin1String("basicConstraints"))
            QCOMPARE(extension.value().toMap().value(QStringLiteral("ca")).toBool(), false);
        if (extension.name() == QLatin1String("extendedKeyUsage"))
            QCOMPARE(extension.value().toStringList(),
                QStringList {QStringLiteral("TLS Web Server Authentication")});
        if (extension.name() == QLatin1String("keyUsage")) {
            QCOMPARE(extension.value().toStringList(),
                (QStringList {QStringLiteral("Digital Signature"), QStringLiteral("Key Encipherment")}));
            QVERIFY(extension.isCritical());
        }
    }
    for (const char *name : {"basicConstraints", "keyUsage", "extendedKeyUsage", "subjectAltName"})
        QVERIFY2(extensions.contains(QLatin1String(name)), name);

    static const QRegularExpression sha256Hex(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"));
    QVERIFY2(sha256Hex.match(identity.fingerprint()).hasMatch(), qPrintable(identity.fingerprint()));
}

void TestTlsIdentity::selfSignedForIpLiteralHasIpName()
{
    TlsIdentity identity;
    QString error;
    QVERIFY2(makeSelfSignedIdentity(QStringLiteral("192.0.2.7"), &identity, &error), qPrintable(error));
    const auto names = identity.certificate.subjectAlternativeNames();
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("192.0.2.7")));
    QCOMPARE(names.values(QSsl::DnsEntry), QList<QString> {QStringLiteral("localhost")});
}

void TestTlsIdentity::selfSignedRefusesNamesThatAreNotHosts()
{
    TlsIdentity identity;
    QString error;
    QVERIFY(!makeSelfSignedIdentity(QStringLiteral("../etc/passwd"), &identity, &error));
    QVERIFY2(error.contains(QStringLiteral("not a host name")), qPrintable(error));
    QVERIFY(!makeSelfSignedIdentity(QStringLiteral("a,DNS:evil.example"), &identity, &error));
    QVERIFY(!makeSelfSignedIdentity(QString(70, u'a'), &identity, &error));
    QVERIFY2(error.contains(QStringLiteral("longer than the 64")), qPrintable(error));
    QVERIFY(!identity.isValid());
}

void TestTlsIdentity::selfSignedCompletesVerifiedHandshake()
{
    TlsIdentity identity;
    QString error;
    QVERIFY2(makeSelfSignedIdentity(QStringLiteral("mx.example.test"), &identity, &error), qPrintable(error));
    const QList<QSslCertificate> trusted {identity.certificate};
    QCOMPARE(handshakeFailure(identity, {}, QStringLiteral("localhost")), QString());
    QCOMPARE(handshakeFailure(identity, trusted, QStringLiteral("localhost")), QString());
    QCOMPARE(handshakeFailure(identity, trusted, QStringLiteral("mx.example.test")), QString());
    // The check is real: a name the certificate lacks fails.
    QVERIFY(!handshakeFailure(identity, trusted, QStringLiteral("other.example.test")).isEmpty());
}

void TestTlsIdentity::keepsSelfSignedAcrossRuns()
{
    const QString folder = path(QStringLiteral("kept/nested"));
    TlsIdentity first, second, other;
    QString error;
    QVERIFY2(loadOrCreateSelfSignedIdentity(folder, QStringLiteral("mx.example.test"), &first, &error),
        qPrintable(error));
    QVERIFY2(loadOrCreateSelfSignedIdentity(folder, QStringLiteral("mx.example.test"), &second, &error),
        qPrintable(error));
    QCOMPARE(second.fingerprint(), first.fingerprint());
    QCOMPARE(second.key.toPem(), first.key.toPem());

    const QString keyPath = selfSignedKeyPath(folder, QStringLiteral("mx.example.test"));
    QCOMPARE(keyPath, folder + QStringLiteral("/self-signed-mx.example.test-key.pem"));
    const QFileDevice::Permissions othersMayDo = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(keyPath) & othersMayDo, QFileDevice::Permissions());
    QVERIFY(QFile::permissions(keyPath).testFlag(QFileDevice::ReadOwner));
    QVERIFY(QFile::exists(folder + QStringLiteral("/self-signed-mx.example.test.pem")));

    QVERIFY2(loadOrCreateSelfSignedIdentity(folder, QStringLiteral("other.example.test"), &other, &error),
        qPrintable(error));
    QVERIFY(other.fingerprint() != first.fingerprint());
    QVERIFY(other.certificate.subjectAlternativeNames()
                .values(QSsl::DnsEntry)
                .contains(QStringLiteral("other.example.test")));
    QCOMPARE(handshakeFailure(second, {second.certificate}, QStringLiteral("mx.example.test")), QString());
}

void TestTlsIdentity::replacesUnusableSelfSigned()
{
    const QString folder = path(QStringLiteral("replaced"));
    const QString host = QStringLiteral("mx.example.test");
    TlsIdentity first, second, third;
    QString error;
    QVERIFY2(loadOrCreateSelfSignedIdentity(folder, host, &first, &error), qPrintable(error));

    writeFile(selfSignedCertificatePath(folder, host), "not a certificate\n");
    QVERIFY2(loadOrCreateSelfSignedIdentity(folder, host, &second, &error), qPrintable(error));
    QVERIFY(second.isValid());
    QVERIFY(second.fingerprint() != first.fingerprint());

    // A certificate and key that match but name another host are not kept either.
    TlsIdentity other;
    QVERIFY2(makeSelfSignedIdentity(QStringLiteral("other.example.test"), &other, &error), qPrintable(error));
    writeFile(selfSignedCertificatePath(folder, host), other.certificate.toPem());
    writeFile(selfSignedKeyPath(folder, host), other.key.toPem());
    QVERIFY2(loadOrCreateSelfSignedIdentity(folder, host, &third, &error), qPrintable(error));
    QVERIFY(third.fingerprint() != other.fingerprint());
    QVERIFY(third.certificate.subjectAlternativeNames().values(QSsl::DnsEntry).contains(host));
}

void TestTlsIdentity::loadsKeyFormats_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QSsl::KeyAlgorithm>("algorithm");

    QTest::newRow("RSA PKCS#1") << "rsa-pkcs1.pem"
                                << "rsa-pkcs1.key" << QSsl::Rsa;
    QTest::newRow("RSA PKCS#8") << "rsa-pkcs8.pem"
                                << "rsa-pkcs8.key" << QSsl::Rsa;
    QTest::newRow("EC SEC1") << "ec-sec1.pem"
                             << "ec-sec1.key" << QSsl::Ec;
    QTest::newRow("EC P-384 PKCS#8") << "ec-pkcs8.pem"
                                     << "ec-pkcs8.key" << QSsl::Ec;
    QTest::newRow("Ed25519 PKCS#8") << "ed25519.pem"
                                    << "ed25519.key" << QSsl::Opaque;
    QTest::newRow("key in the certificate file") << "combined.pem"
                                                 << "" << QSsl::Ec;
}

void TestTlsIdentity::loadsKeyFormats()
{
    if (!m_openSslMissing.isEmpty())
        QSKIP(qPrintable(m_openSslMissing));
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QSsl::KeyAlgorithm, algorithm);

    TlsIdentity identity;
    QString error;
    QVERIFY2(loadTlsIdentity(path(certificate), key.isEmpty() ? QString() : path(key), &identity, &error),
        qPrintable(error));
    QVERIFY(identity.isValid());
    QCOMPARE(identity.key.algorithm(), algorithm);
    QCOMPARE(identity.key.type(), QSsl::PrivateKey);
    QVERIFY(identity.chain.isEmpty());
    QCOMPARE(identity.certificate.subjectInfo(QSslCertificate::CommonName),
        QStringList {QStringLiteral("localhost")});
    QCOMPARE(handshakeFailure(identity, {identity.certificate}, QStringLiteral("localhost")), QString());
}

void TestTlsIdentity::loadsLeafAndIntermediate()
{
    if (!m_openSslMissing.isEmpty())
        QSKIP(qPrintable(m_openSslMissing));
    TlsIdentity identity;
    QString error;
    QVERIFY2(loadTlsIdentity(
                 path(QStringLiteral("leaf-chain.pem")), path(QStringLiteral("leaf.key")), &identity, &error),
        qPrintable(error));
    QCOMPARE(identity.certificate.subjectInfo(QSslCertificate::CommonName),
        QStringList {QStringLiteral("localhost")});
    QCOMPARE(identity.chain.size(), 1);
    QCOMPARE(identity.chain.first().subjectInfo(QSslCertificate::CommonName),
        QStringList {QStringLiteral("Mailscope Test Intermediate")});
    // The client trusts only the root, so the handshake needs the intermediate the server sends.
    const QList<QSslCertificate> root = QSslCertificate::fromPath(path(QStringLiteral("root.pem")));
    QCOMPARE(root.size(), 1);
    QCOMPARE(handshakeFailure(identity, root, QStringLiteral("localhost")), QString());
    TlsIdentity withoutChain = identity;
    withoutChain.chain.clear();
    QVERIFY(!handshakeFailure(withoutChain, root, QStringLiteral("localhost")).isEmpty());
}

void TestTlsIdentity::reportsLoadErrors_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("fileInError");
    QTest::addColumn<QString>("problem");

    QTest::newRow("missing certificate") << "absent.pem"
                                         << "ec-sec1.key"
                                         << "absent.pem"
                                         << "No such file";
    QTest::newRow("missing key") << "ec-sec1.pem"
                                 << "absent.key"
                                 << "absent.key"
                                 << "No such file";
    QTest::newRow("garbage certificate") << "garbage.txt"
                                         << "ec-sec1.key"
                                         << "garbage.txt"
                                         << "no PEM certificate";
    QTest::newRow("damaged certificate") << "damaged.pem"
                                         << "ec-sec1.key"
                                         << "damaged.pem"
                                         << "1 of its 2 certificates could not be read";
    QTest::newRow("garbage key") << "ec-sec1.pem"
                                 << "garbage.txt"
                                 << "garbage.txt"
                                 << "no PEM private key";
    QTest::newRow("damaged key") << "ec-sec1.pem"
                                 << "damaged.key"
                                 << "damaged.key"
                                 << "could not be read";
    QTest::newRow("key of another certificate") << "ec-sec1.pem"
                                                << "rsa-pkcs1.key"
                                                << "rsa-pkcs1.key"
                                                << "does not match the certificate in";
    QTest::newRow("encrypted key") << "ec-sec1.pem"
                                   << "encrypted.key"
                                   << "encrypted.key"
                                   << "encrypted";
    QTest::newRow("no key beside the certificate") << "ec-sec1.pem"
                                                   << ""
                                                   << "ec-sec1.pem"
                                                   << "no PEM private key";
    QTest::newRow("key file given as certificate") << "ec-sec1.key"
                                                   << "ec-sec1.key"
                                                   << "ec-sec1.key"
                                                   << "no PEM certificate";
}

void TestTlsIdentity::reportsLoadErrors()
{
    if (!m_openSslMissing.isEmpty())
        QSKIP(qPrintable(m_openSslMissing));
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QString, fileInError);
    QFETCH(QString, problem);

    writeFile(path(QStringLiteral("garbage.txt")), "\x00\x01 this is not PEM at all \xff\n");
    writeFile(path(QStringLiteral("damaged.pem")),
        readFile(path(QStringLiteral("ec-sec1.pem")))
            + "-----BEGIN CERTIFICATE-----\nTUlJQm9vcHM=\n-----END CERTIFICATE-----\n");
    writeFile(path(QStringLiteral("damaged.key")),
        "-----BEGIN PRIVATE KEY-----\nTUlJQm9vcHM=\n-----END PRIVATE KEY-----\n");

    TlsIdentity identity;
    QString error;
    QVERIFY(!loadTlsIdentity(path(certificate), key.isEmpty() ? QString() : path(key), &identity, &error));
    QVERIFY(!identity.isValid());
    QVERIFY2(error.contains(path(fileInError)), qPrintable(error));
    QVERIFY2(error.contains(problem), qPrintable(error));
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestTlsIdentity)
#include "tst_tlsidentity.moc"
