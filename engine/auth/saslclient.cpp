#include "auth/saslclient.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace Mailscope {

QByteArray saslPlainResponse(const QString &user, const QString &password)
{
    return ('\0' + user.toUtf8() + '\0' + password.toUtf8()).toBase64();
}

QByteArray saslXOAuth2Response(const QString &user, const QString &token)
{
    // Google's XOAUTH2: fields separated by ^A, ended by two.
    return ("user=" + user.toUtf8() + "\1auth=Bearer " + token.toUtf8() + "\1\1").toBase64();
}

QByteArray saslCramMd5Response(const QByteArray &challengeBase64, const QString &user, const QString &password)
{
    const QByteArray challenge = QByteArray::fromBase64(challengeBase64.trimmed());
    const QByteArray digest
        = QMessageAuthenticationCode::hash(challenge, password.toUtf8(), QCryptographicHash::Md5).toHex();
    return (user.toUtf8() + ' ' + digest).toBase64();
}

SaslClientExchange::SaslClientExchange(SaslMechanism mechanism, const QString &user, const QString &password)
    : m_mechanism(mechanism)
    , m_user(user.toUtf8())
    , m_password(password.toUtf8())
{
}

QByteArray SaslClientExchange::command() const
{
    const QByteArray verb = "AUTH " + saslMechanismName(m_mechanism);
    switch (m_mechanism) {
    case SaslMechanism::Plain:
        return verb + ' ' + saslPlainResponse(QString::fromUtf8(m_user), QString::fromUtf8(m_password));
    case SaslMechanism::XOAuth2:
        return verb + ' ' + saslXOAuth2Response(QString::fromUtf8(m_user), QString::fromUtf8(m_password));
    case SaslMechanism::Login:
    case SaslMechanism::CramMd5:
        break;
    }
    return verb;
}

bool SaslClientExchange::commandHasSecret() const
{
    return m_mechanism == SaslMechanism::Plain || m_mechanism == SaslMechanism::XOAuth2;
}

QByteArray SaslClientExchange::respond(const QByteArray &challengeBase64)
{
    ++m_step;
    m_lastHadSecret = false;
    switch (m_mechanism) {
    case SaslMechanism::Login:
        // The server asks "Username:" then "Password:"; real clients answer by position.
        if (m_step == 1)
            return m_user.toBase64();
        if (m_step == 2) {
            m_lastHadSecret = true;
            return m_password.toBase64();
        }
        break;
    case SaslMechanism::CramMd5:
        if (m_step == 1)
            return saslCramMd5Response(challengeBase64, QString::fromUtf8(m_user), QString::fromUtf8(m_password));
        break;
    case SaslMechanism::XOAuth2:
        return {}; // its error challenge (a JSON status) is answered with an empty line
    case SaslMechanism::Plain:
        break;
    }
    return "*"; // RFC 4954 4: a challenge this exchange has no answer for cancels it

}

} // namespace Mailscope
