#include "tls/tlscontext.h"

#include "settings.h"

#include <QStandardPaths>

namespace Mailscope {

namespace {

QSsl::SslProtocol protocolFor(const QString& minimumVersion)
{
    // OpenSSL 3's default security level refuses TLS 1.0 and 1.1 whatever is asked here.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    if (minimumVersion == QLatin1String("1.0"))
        return QSsl::TlsV1_0OrLater;
    if (minimumVersion == QLatin1String("1.1"))
        return QSsl::TlsV1_1OrLater;
    QT_WARNING_POP
    if (minimumVersion == QLatin1String("1.3"))
        return QSsl::TlsV1_3OrLater;
    return QSsl::TlsV1_2OrLater;
}

} // namespace

QString defaultSelfSignedFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/mailscope/tls");
}

bool TlsContext::load(
    const TlsSettings& settings, const QString& hostName, const QString& selfSignedFolder, QString* error)
{
    m_sni.clear();
    m_minimumProtocol = protocolFor(settings.minimumVersion);
    m_requestClientCertificate = settings.requestClientCertificate;
    m_selfSigned = settings.certificateFile.isEmpty();
    if (!m_selfSigned) {
        if (!loadTlsIdentity(settings.certificateFile, settings.keyFile, &m_default, error))
            return false;
    } else if (!loadOrCreateSelfSignedIdentity(selfSignedFolder, hostName, &m_default, error)) {
        // A read-only home still gets TLS, with a certificate that changes every run.
        QString ignored;
        if (!makeSelfSignedIdentity(hostName, &m_default, &ignored))
            return false;
    }
    for (const SniCertificate& sni : settings.sniCertificates) {
        TlsIdentity identity;
        if (!loadTlsIdentity(sni.certificateFile, sni.keyFile, &identity, error)) {
            *error = QStringLiteral("SNI certificate for %1: %2").arg(sni.hostName, *error);
            return false;
        }
        m_sni.insert(sni.hostName.toLower(), identity);
    }
    return true;
}

const TlsIdentity& TlsContext::identityFor(const QString& serverName) const
{
    const QString name = serverName.toLower();
    if (name.isEmpty())
        return m_default;
    if (const auto it = m_sni.constFind(name); it != m_sni.constEnd())
        return *it;
    const qsizetype dot = name.indexOf(u'.');
    if (dot > 0) {
        if (const auto it = m_sni.constFind(QStringLiteral("*") + name.mid(dot)); it != m_sni.constEnd())
            return *it;
    }
    return m_default;
}

QSslConfiguration TlsContext::configurationFor(const QString& serverName) const
{
    const TlsIdentity& identity = identityFor(serverName);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(QList<QSslCertificate> { identity.certificate } + identity.chain);
    configuration.setPrivateKey(identity.key);
    configuration.setProtocol(m_minimumProtocol);
    // QueryPeer asks for a client certificate without failing the handshake over it:
    // a test server shows what the client sent rather than judging it.
    configuration.setPeerVerifyMode(
        m_requestClientCertificate ? QSslSocket::QueryPeer : QSslSocket::VerifyNone);
    return configuration;
}

QHash<QString, QString> TlsContext::sniFingerprints() const
{
    QHash<QString, QString> fingerprints;
    for (auto it = m_sni.cbegin(); it != m_sni.cend(); ++it)
        fingerprints.insert(it.key(), it.value().fingerprint());
    return fingerprints;
}

} // namespace Mailscope
