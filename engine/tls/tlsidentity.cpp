#include "tls/tlsidentity.h"

#include "tls/private/opensslhandles.h"

#include <QCryptographicHash>
#include <QFile>

#include <openssl/err.h>
#include <openssl/pem.h>

#include <algorithm>

namespace Mailscope {

using namespace TlsPrivate;

namespace {

// Certificate and key files are a few KiB; a bigger file is the wrong file.
constexpr qint64 MaxPemFileSize = 1024 * 1024;

bool readPemFile(const QString &path, const QString &what, QByteArray *bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1 file %2: %3").arg(what, path, file.errorString());
        return false;
    }
    if (file.size() > MaxPemFileSize) {
        *error = QStringLiteral("%1 file %2: larger than 1 MiB, not a PEM file").arg(what, path);
        return false;
    }
    *bytes = file.readAll();
    return true;
}

// OpenSSL asks for a passphrase on the terminal unless a callback answers: refuse instead.
int refusePassphrase(char *, int, int, void *)
{
    return -1;
}

bool readCertificates(const QString &path, const QByteArray &pem, TlsIdentity *identity, QString *error)
{
    const qsizetype blocks = pem.count("-----BEGIN CERTIFICATE-----");
    if (blocks == 0) {
        *error = QStringLiteral("certificate file %1: no PEM certificate (-----BEGIN CERTIFICATE-----) in it")
                     .arg(path);
        return false;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    const qsizetype readable = std::count_if(
        certificates.cbegin(), certificates.cend(), [](const QSslCertificate &c) { return !c.isNull(); });
    if (readable != blocks) {
        *error = QStringLiteral("certificate file %1: %2 of its %3 certificates could not be read")
                     .arg(path)
                     .arg(blocks - readable)
                     .arg(blocks);
        return false;
    }
    identity->certificate = certificates.first();
    identity->chain = certificates.mid(1);
    return true;
}

EvpPkeyPtr readPrivateKey(const QString &path, const QByteArray &pem, QString *error)
{
    if (pem.contains("ENCRYPTED")) {
        *error = QStringLiteral("key file %1: the private key is encrypted with a passphrase; "
                                "give an unencrypted key")
                     .arg(path);
        return nullptr;
    }
    // "BEGIN PRIVATE KEY", "BEGIN RSA PRIVATE KEY", "BEGIN EC PRIVATE KEY"...
    if (!pem.contains("PRIVATE KEY-----")) {
        *error = QStringLiteral("key file %1: no PEM private key in it").arg(path);
        return nullptr;
    }
    ERR_clear_error();
    const BioPtr bio = memoryBio(pem);
    // Reads PKCS#8, PKCS#1 (RSA) and SEC1 (EC) blocks alike, skipping certificates before the key.
    EvpPkeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, refusePassphrase, nullptr) : nullptr);
    if (!key)
        *error = QStringLiteral("key file %1: the private key could not be read (%2)")
                     .arg(path, takeOpenSslError(QStringLiteral("unreadable")));
    return key;
}

bool keyMatchesCertificate(const QSslCertificate &certificate, EVP_PKEY *key)
{
    const QByteArray pem = certificate.toPem();
    const BioPtr bio = memoryBio(pem);
    const X509Ptr x509(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    const bool matches = x509 && X509_check_private_key(x509.get(), key) == 1;
    ERR_clear_error();
    return matches;
}

} // namespace

bool TlsIdentity::isValid() const
{
    return !certificate.isNull() && !key.isNull();
}

QString TlsIdentity::fingerprint() const
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

bool loadTlsIdentity(
    const QString &certificatePath, const QString &keyPath, TlsIdentity *identity, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    QByteArray certificatePem;
    if (!readPemFile(certificatePath, QStringLiteral("certificate"), &certificatePem, error))
        return false;
    TlsIdentity loaded;
    if (!readCertificates(certificatePath, certificatePem, &loaded, error))
        return false;

    const QString keyFile = keyPath.isEmpty() ? certificatePath : keyPath;
    QByteArray keyPem = certificatePem;
    if (!keyPath.isEmpty() && !readPemFile(keyPath, QStringLiteral("key"), &keyPem, error))
        return false;
    const EvpPkeyPtr key = readPrivateKey(keyFile, keyPem, error);
    if (!key)
        return false;
    if (!keyMatchesCertificate(loaded.certificate, key.get())) {
        *error = QStringLiteral("key file %1: the private key does not match the certificate in %2")
                     .arg(keyFile, certificatePath);
        return false;
    }
    loaded.key = qSslKeyFromEvp(key.get());
    if (loaded.key.isNull()) {
        *error = QStringLiteral("key file %1: Qt's TLS backend could not use this private key").arg(keyFile);
        return false;
    }
    if (identity)
        *identity = loaded;
    return true;
}

} // namespace Mailscope
