#include "tls/private/opensslhandles.h"

#include <openssl/err.h>
#include <openssl/pem.h>

namespace Mailscope::TlsPrivate {

BioPtr memoryBio(const QByteArray &bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 && data ? QByteArray(data, size) : QByteArray();
}

QString takeOpenSslError(const QString &fallback)
{
    // The oldest error is the root cause; the later ones are the callers giving up.
    const unsigned long first = ERR_get_error();
    ERR_clear_error();
    if (first == 0)
        return fallback;
    const char *reason = ERR_reason_error_string(first);
    return reason ? QString::fromLatin1(reason) : fallback;
}

QSslKey qSslKeyFromEvp(EVP_PKEY *key)
{
    QSsl::KeyAlgorithm algorithm = QSsl::Opaque;
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        algorithm = QSsl::Rsa;
        break;
    case EVP_PKEY_DSA:
        algorithm = QSsl::Dsa;
        break;
    case EVP_PKEY_EC:
        algorithm = QSsl::Ec;
        break;
    default:
        // Qt's OpenSSL backend takes over one reference of an opaque key and frees it with the QSslKey.
        if (EVP_PKEY_up_ref(key) != 1)
            return {};
        return QSslKey(Qt::HANDLE(key), QSsl::PrivateKey);
    }
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return QSslKey(bioContents(bio.get()), algorithm, QSsl::Pem, QSsl::PrivateKey);
}

} // namespace Mailscope::TlsPrivate
