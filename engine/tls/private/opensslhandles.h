#pragma once

// Owning pointers for the OpenSSL objects the TLS units create, so every
// early return frees what was made. Internal to engine/tls.

#include <QByteArray>
#include <QSslKey>
#include <QString>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Mailscope::TlsPrivate {

template <auto FreeFunction> struct OpenSslDeleter {
    template <typename T> void operator()(T *object) const { FreeFunction(object); }
};

using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free_all>>;
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, OpenSslDeleter<X509_NAME_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BN_free>>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, OpenSslDeleter<GENERAL_NAMES_free>>;
using GeneralNamePtr = std::unique_ptr<GENERAL_NAME, OpenSslDeleter<GENERAL_NAME_free>>;
using X509ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<X509_EXTENSION_free>>;
using Asn1OctetStringPtr = std::unique_ptr<ASN1_OCTET_STRING, OpenSslDeleter<ASN1_OCTET_STRING_free>>;
using Asn1Ia5StringPtr = std::unique_ptr<ASN1_IA5STRING, OpenSslDeleter<ASN1_IA5STRING_free>>;

// A read-only memory BIO over `bytes`, which must outlive it.
[[nodiscard]] BioPtr memoryBio(const QByteArray &bytes);

// Everything written to a memory BIO.
[[nodiscard]] QByteArray bioContents(BIO *bio);

// The reason of the first OpenSSL error in the queue (or `fallback`); clears the queue.
[[nodiscard]] QString takeOpenSslError(const QString &fallback);

// A QSslKey holding a private key parsed by OpenSSL: RSA, DSA and EC through PKCS#8 PEM so Qt
// knows their algorithm; any other kind (Ed25519, Ed448) as an opaque key sharing `key`.
[[nodiscard]] QSslKey qSslKeyFromEvp(EVP_PKEY *key);

} // namespace Mailscope::TlsPrivate
