#pragma once

#include <QByteArray>
#include <QString>
#include <array>
#include <optional>

namespace Mailscope {

// The SASL mechanisms a test server offers (RFC 4954 AUTH).
enum class SaslMechanism { Plain, Login, CramMd5, XOAuth2 };
inline constexpr std::array<SaslMechanism, 4> AllSaslMechanisms { SaslMechanism::Plain, SaslMechanism::Login,
    SaslMechanism::CramMd5, SaslMechanism::XOAuth2 };

[[nodiscard]] QByteArray saslMechanismName(SaslMechanism mechanism); // "CRAM-MD5"
[[nodiscard]] std::optional<SaslMechanism> saslMechanismFromName(QByteArrayView name); // any case

// What a client proved, or claimed, in one AUTH exchange.
struct SaslCredentials {
    SaslMechanism mechanism = SaslMechanism::Plain;
    QString authorizationId; // PLAIN's authzid; empty when the client sent none
    QString user;
    QString password; // PLAIN and LOGIN
    QByteArray challenge; // CRAM-MD5: what the server sent
    QByteArray digest; // CRAM-MD5: the client's lower-case hex HMAC-MD5
    QString token; // XOAUTH2 bearer token

    // Whether the secret matches `password` (for XOAUTH2, the token is compared with it).
    [[nodiscard]] bool matches(const QString &password) const;
    // A transcript note: mechanism, user and the secret, masked unless `reveal`.
    [[nodiscard]] QByteArray describe(bool reveal) const;
};

// The server side of one exchange. Responses are given already base64-decoded;
// challenges come back raw, for the session to encode after "334 ".
class SaslServer {
public:
    struct Step {
        enum class Kind { Challenge, Done, Malformed };
        Kind kind = Kind::Challenge;
        QByteArray challenge; // for Challenge
        QByteArray error; // for Malformed: why the response could not be read
    };

    SaslServer(SaslMechanism mechanism, const QByteArray &hostName);

    // The first step: `initialResponse` is what followed the mechanism name on the AUTH line
    // (std::nullopt when nothing did; "=" has already become an empty array).
    [[nodiscard]] Step start(const std::optional<QByteArray> &initialResponse);
    [[nodiscard]] Step respond(const QByteArray &response);
    // Whether the next response carries a secret (a password or token), to mask it in the transcript.
    [[nodiscard]] bool expectsSecret() const;
    [[nodiscard]] const SaslCredentials &credentials() const { return m_credentials; }

private:
    Step readPlain(const QByteArray &response);
    Step readXOAuth2(const QByteArray &response);

    SaslCredentials m_credentials;
    QByteArray m_hostName;
    bool m_loginUserGiven = false;
};

} // namespace Mailscope
