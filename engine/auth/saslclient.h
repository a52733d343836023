#pragma once

#include "auth/sasl.h"

#include <QByteArray>
#include <QString>

namespace Mailscope {

// The client side of one AUTH exchange (RFC 4954): the AUTH line, then the answer to each
// 334 challenge. Pure: lines in, lines out, no socket.
class SaslClientExchange {
public:
    SaslClientExchange(SaslMechanism mechanism, const QString &user, const QString &password);

    // "AUTH PLAIN <initial response>", "AUTH LOGIN", "AUTH CRAM-MD5" or "AUTH XOAUTH2 <initial response>".
    [[nodiscard]] QByteArray command() const;
    // Whether command() carries the secret (PLAIN and XOAUTH2 send it at once).
    [[nodiscard]] bool commandHasSecret() const;
    // The line answering a 334 challenge (its text after "334 ", still base64).
    [[nodiscard]] QByteArray respond(const QByteArray &challengeBase64);
    // Whether the last respond() sent the password or a digest of it.
    [[nodiscard]] bool lastResponseHasSecret() const { return m_lastHadSecret; }
    [[nodiscard]] SaslMechanism mechanism() const { return m_mechanism; }

private:
    SaslMechanism m_mechanism;
    QByteArray m_user;
    QByteArray m_password;
    int m_step = 0;
    bool m_lastHadSecret = false;
};

// The encodings themselves, each already base64.
[[nodiscard]] QByteArray saslPlainResponse(const QString &user, const QString &password); // "\0user\0pass"
[[nodiscard]] QByteArray saslXOAuth2Response(const QString &user, const QString &token);
// RFC 2195: base64 of "user <hex HMAC-MD5 of the decoded challenge, keyed with the password>".
[[nodiscard]] QByteArray saslCramMd5Response(
    const QByteArray &challengeBase64, const QString &user, const QString &password);

} // namespace Mailscope
