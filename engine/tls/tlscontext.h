#pragma once

#include "tls/tlsidentity.h"

#include <QHash>
#include <QSslConfiguration>
#include <QString>

namespace Mailscope {

struct TlsSettings;

// The server's TLS material, loaded once when the server starts: the default
// identity (the user's certificate, or a self-signed one kept across runs) and
// one per SNI host name.
class TlsContext {
public:
    // false with a message naming the file when a certificate cannot be used.
    [[nodiscard]] bool load(const TlsSettings& settings, const QString& hostName,
        const QString& selfSignedFolder, QString* error);
    [[nodiscard]] bool isLoaded() const { return m_default.isValid(); }

    // The configuration for a handshake whose ClientHello named `serverName` (may be empty).
    [[nodiscard]] QSslConfiguration configurationFor(const QString& serverName) const;
    [[nodiscard]] const TlsIdentity& defaultIdentity() const { return m_default; }
    [[nodiscard]] bool isSelfSigned() const { return m_selfSigned; }
    // "mx.example.test" -> fingerprint, for logs.
    [[nodiscard]] QHash<QString, QString> sniFingerprints() const;

private:
    [[nodiscard]] const TlsIdentity& identityFor(const QString& serverName) const;

    TlsIdentity m_default;
    bool m_selfSigned = false;
    QHash<QString, TlsIdentity> m_sni; // lower-case host name or "*.domain"
    QSsl::SslProtocol m_minimumProtocol = QSsl::TlsV1_2OrLater;
    bool m_requestClientCertificate = false;
};

// Where the self-signed certificate is kept: the user's data folder, shared by
// the window and mailscoped, so clients that pinned it keep trusting it.
[[nodiscard]] QString defaultSelfSignedFolder();

} // namespace Mailscope
