#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace Mailscope {

// A server certificate with its chain and private key, ready for QSslConfiguration.
struct TlsIdentity {
    QSslCertificate certificate;
    QList<QSslCertificate> chain; // intermediates after the leaf, may be empty
    QSslKey key;
    [[nodiscard]] bool isValid() const;
    [[nodiscard]] QString fingerprint() const; // SHA-256 of the leaf, "AB:CD:..." upper-case hex with colons
};

// Reads a PEM file holding the leaf certificate first and any intermediates after it, and a PEM key
// (RSA, EC or Ed25519; PKCS#1/PKCS#8/SEC1; the key may also be in the certificate file when keyPath is
// empty). Checks the key matches the certificate. false with a message naming the file and the problem.
// Keys other than RSA, DSA and EC (Ed25519, Ed448) come as QSsl::Opaque keys.
[[nodiscard]] bool loadTlsIdentity(
    const QString &certificatePath, const QString &keyPath, TlsIdentity *identity, QString *error);

// Makes a new self-signed certificate with OpenSSL (EC P-256 key, SHA-256, valid ~10 years from yesterday,
// CN = hostName, SANs: DNS:hostName, DNS:localhost, IP:127.0.0.1, IP:::1; basicConstraints CA:FALSE,
// keyUsage digitalSignature,keyEncipherment, extendedKeyUsage serverAuth).
// An empty hostName means "localhost"; an IP literal becomes an IP SAN.
[[nodiscard]] bool makeSelfSignedIdentity(const QString &hostName, TlsIdentity *identity, QString *error);

// Loads folder/self-signed-<hostName>.pem (+ -key.pem) if present and valid for hostName and not expired;
// otherwise makes one and saves it (key file mode 0600, QSaveFile), so it stays the same across runs.
// false when the folder cannot be written: the caller may fall back to makeSelfSignedIdentity().
[[nodiscard]] bool loadOrCreateSelfSignedIdentity(
    const QString &folder, const QString &hostName, TlsIdentity *identity, QString *error);

// The file names loadOrCreateSelfSignedIdentity() uses, for logs and tests.
[[nodiscard]] QString selfSignedCertificatePath(const QString &folder, const QString &hostName);
[[nodiscard]] QString selfSignedKeyPath(const QString &folder, const QString &hostName);

} // namespace Mailscope
