// makeSelfSignedIdentity() and loadOrCreateSelfSignedIdentity(): the certificate the server uses
// when the user gives none, made with OpenSSL and kept in a folder so clients can pin it.
#include "tls/tlsidentity.h"

#include "tls/private/opensslhandles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QSaveFile>

#include <openssl/pem.h>
#include <openssl/rand.h>

#include <algorithm>

namespace Mailscope {

using namespace TlsPrivate;

namespace {

constexpr long SecondsPerDay = 24 * 60 * 60;
constexpr int ValidityDays = 3650;
constexpr int MaxCommonNameLength = 64; // RFC 5280 ub-common-name

QString normalizedHostName(const QString &hostName)
{
    const QString name = hostName.trimmed().toLower();
    return name.isEmpty() ? QStringLiteral("localhost") : name;
}

// Without a scope ("fe80::1%eth0"), which has no place in a certificate.
bool isIpLiteral(const QString &name)
{
    const QHostAddress address(name);
    return !address.isNull() && address.scopeId().isEmpty();
}

// Letters, digits, '-', '_' and '.': a DNS name that is also safe inside a file name.
bool isDnsName(const QString &name)
{
    if (name.size() > 253 || name.startsWith(u'.') || name.endsWith(u'.')
        || name.contains(QStringLiteral("..")))
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_' || c == u'.';
    });
}

bool addGeneralName(GENERAL_NAMES *names, const QString &value, bool isIp)
{
    GeneralNamePtr name(GENERAL_NAME_new());
    if (!name)
        return false;
    const QByteArray ascii = value.toLatin1();
    if (isIp) {
        Asn1OctetStringPtr address(a2i_IPADDRESS(ascii.constData()));
        if (!address)
            return false;
        GENERAL_NAME_set0_value(name.get(), GEN_IPADD, address.release());
    } else {
        Asn1Ia5StringPtr dns(ASN1_IA5STRING_new());
        if (!dns || ASN1_STRING_set(dns.get(), ascii.constData(), int(ascii.size())) != 1)
            return false;
        GENERAL_NAME_set0_value(name.get(), GEN_DNS, dns.release());
    }
    if (sk_GENERAL_NAME_push(names, name.get()) <= 0)
        return false;
    name.release(); // the stack owns it now
    return true;
}

bool addSubjectAltNames(X509 *certificate, const QString &hostName)
{
    const GeneralNamesPtr names(GENERAL_NAMES_new());
    if (!names)
        return false;
    QStringList added;
    for (const QString &name :
        {hostName, QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("::1")}) {
        const bool isIp = isIpLiteral(name);
        // IPs in canonical form, so "0:0::1" and "::1" are one SAN.
        const QString canonical = isIp ? QHostAddress(name).toString() : name;
        if (added.contains(canonical))
            continue;
        added.append(canonical);
        if (!addGeneralName(names.get(), canonical, isIp))
            return false;
    }
    return X509_add1_ext_i2d(certificate, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) == 1;
}

bool addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    const X509ExtensionPtr extension(X509V3_EXT_nconf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

bool setRandomSerial(X509 *certificate)
{
    // RFC 5280 4.1.2.2: positive, at most 20 octets; 16 random bytes with the top bit clear.
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] &= 0x7f;
    const BignumPtr serial(BN_bin2bn(bytes, sizeof bytes, nullptr));
    return serial && BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate));
}

X509Ptr makeCertificate(EVP_PKEY *key, const QString &hostName)
{
    X509Ptr certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), X509_VERSION_3) != 1
        || !setRandomSerial(certificate.get()))
        return nullptr;
    // From yesterday, so a client whose clock runs a little behind still accepts it.
    if (!X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -SecondsPerDay)
        || !X509_time_adj_ex(X509_getm_notAfter(certificate.get()), ValidityDays, -SecondsPerDay, nullptr))
        return nullptr;

    X509_NAME *subject = X509_get_subject_name(certificate.get());
    const QByteArray commonName = hostName.toLatin1();
    if (X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_ASC,
            reinterpret_cast<const unsigned char *>(commonName.constData()), int(commonName.size()), -1, 0)
            != 1
        || X509_set_issuer_name(certificate.get(), subject) != 1
        || X509_set_pubkey(certificate.get(), key) != 1)
        return nullptr;

    if (!addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(certificate.get(), NID_key_usage, "critical,digitalSignature,keyEncipherment")
        || !addExtension(certificate.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(certificate.get(), NID_subject_key_identifier, "hash")
        || !addSubjectAltNames(certificate.get(), hostName))
        return nullptr;

    if (X509_sign(certificate.get(), key, EVP_sha256()) <= 0)
        return nullptr;
    return certificate;
}

bool isUsableSelfSigned(const TlsIdentity &identity, const QString &hostName)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A day's margin, so the certificate does not run out while the server runs.
    if (identity.certificate.effectiveDate() > now || identity.certificate.expiryDate() < now.addDays(1))
        return false;
    const auto names = identity.certificate.subjectAlternativeNames();
    if (isIpLiteral(hostName)) {
        const QHostAddress address(hostName);
        const QList<QString> ips = names.values(QSsl::IpAddressEntry);
        return std::any_of(
            ips.cbegin(), ips.cend(), [&](const QString &ip) { return QHostAddress(ip) == address; });
    }
    return names.values(QSsl::DnsEntry).contains(hostName);
}

bool saveFile(
    const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions, QString *error)
{
    QSaveFile file(path);
    // Permissions are set on the temporary file before the secret is written into it.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions)
        || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// A name a certificate can carry and a file can be named after; `given` is what the user wrote.
bool checkHostName(const QString &name, const QString &given, QString *error)
{
    if (!isIpLiteral(name) && !isDnsName(name)) {
        *error
            = QStringLiteral("self-signed certificate: \"%1\" is not a host name or IP address").arg(given);
        return false;
    }
    if (name.size() > MaxCommonNameLength) {
        *error = QStringLiteral("self-signed certificate: host name \"%1\" is longer than the %2 characters "
                                "a certificate's common name may have")
                     .arg(name)
                     .arg(MaxCommonNameLength);
        return false;
    }
    return true;
}

} // namespace

QString selfSignedCertificatePath(const QString &folder, const QString &hostName)
{
    return QDir(folder).filePath(QStringLiteral("self-signed-%1.pem").arg(normalizedHostName(hostName)));
}

QString selfSignedKeyPath(const QString &folder, const QString &hostName)
{
    return QDir(folder).filePath(QStringLiteral("self-signed-%1-key.pem").arg(normalizedHostName(hostName)));
}

bool makeSelfSignedIdentity(const QString &hostName, TlsIdentity *identity, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const QString name = normalizedHostName(hostName);
    if (!checkHostName(name, hostName, error))
        return false;

    const EvpPkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    const X509Ptr certificate = key ? makeCertificate(key.get(), name) : nullptr;
    const BioPtr certificatePem(BIO_new(BIO_s_mem()));
    if (!certificate || !certificatePem || PEM_write_bio_X509(certificatePem.get(), certificate.get()) != 1) {
        *error = QStringLiteral("self-signed certificate: OpenSSL failed (%1)")
                     .arg(takeOpenSslError(QStringLiteral("unknown error")));
        return false;
    }

    TlsIdentity made;
    made.certificate = QSslCertificate(bioContents(certificatePem.get()), QSsl::Pem);
    made.key = qSslKeyFromEvp(key.get());
    if (!made.isValid()) {
        *error = QStringLiteral("self-signed certificate: Qt's TLS backend could not read what OpenSSL made");
        return false;
    }
    if (identity)
        *identity = made;
    return true;
}

bool loadOrCreateSelfSignedIdentity(
    const QString &folder, const QString &hostName, TlsIdentity *identity, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const QString name = normalizedHostName(hostName);
    if (!checkHostName(name, hostName, error))
        return false;
    const QString certificatePath = selfSignedCertificatePath(folder, name);
    const QString keyPath = selfSignedKeyPath(folder, name);

    TlsIdentity kept;
    if (QFile::exists(certificatePath) && QFile::exists(keyPath)
        && loadTlsIdentity(certificatePath, keyPath, &kept, nullptr) && isUsableSelfSigned(kept, name)) {
        if (identity)
            *identity = kept;
        return true;
    }

    // Missing, unreadable, expired or for another name: replace it.
    TlsIdentity made;
    if (!makeSelfSignedIdentity(name, &made, error))
        return false;
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create the folder %1 for the self-signed certificate").arg(folder);
        return false;
    }
    // The key first: a certificate on disk without its key would be replaced next time anyway.
    if (!saveFile(keyPath, made.key.toPem(), QFileDevice::ReadOwner | QFileDevice::WriteOwner, error)
        || !saveFile(certificatePath, made.certificate.toPem(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                | QFileDevice::ReadOther,
            error))
        return false;
    if (identity)
        *identity = made;
    return true;
}

} // namespace Mailscope
