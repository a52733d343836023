#include "auth/sasl.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace Mailscope {

namespace {

using Step = SaslServer::Step;

Step challenge(const QByteArray &text) { return { Step::Kind::Challenge, text, {} }; }
Step done() { return { Step::Kind::Done, {}, {} }; }
Step malformed(const QByteArray &why) { return { Step::Kind::Malformed, {}, why }; }

QByteArray masked(const QString &secret, bool reveal)
{
    return reveal ? '"' + secret.toUtf8() + '"' : QByteArray("(hidden, ") + QByteArray::number(secret.size()) + " characters)";
}

} // namespace

QByteArray saslMechanismName(SaslMechanism mechanism)
{
    switch (mechanism) {
    case SaslMechanism::Plain:
        return "PLAIN";
    case SaslMechanism::Login:
        return "LOGIN";
    case SaslMechanism::CramMd5:
        return "CRAM-MD5";
    case SaslMechanism::XOAuth2:
        break;
    }
    return "XOAUTH2";
}

std::optional<SaslMechanism> saslMechanismFromName(QByteArrayView name)
{
    for (SaslMechanism m : AllSaslMechanisms)
        if (name.compare(saslMechanismName(m), Qt::CaseInsensitive) == 0)
            return m;
    return std::nullopt;
}

bool SaslCredentials::matches(const QString &expected) const
{
    switch (mechanism) {
    case SaslMechanism::Plain:
    case SaslMechanism::Login:
        return password == expected;
    case SaslMechanism::CramMd5: {
        const QByteArray hmac
            = QMessageAuthenticationCode::hash(challenge, expected.toUtf8(), QCryptographicHash::Md5).toHex();
        return hmac == digest.toLower();
    }
    case SaslMechanism::XOAuth2:
        break;
    }
    return token == expected;
}

QByteArray SaslCredentials::describe(bool reveal) const
{
    QByteArray text = saslMechanismName(mechanism) + ": user \"" + user.toUtf8() + '"';
    if (!authorizationId.isEmpty() && authorizationId != user)
        text += ", acting as \"" + authorizationId.toUtf8() + '"';
    switch (mechanism) {
    case SaslMechanism::Plain:
    case SaslMechanism::Login:
        return text + ", password " + masked(password, reveal);
    case SaslMechanism::CramMd5:
        return text + ", digest " + digest;
    case SaslMechanism::XOAuth2:
        break;
    }
    return text + ", token " + masked(token, reveal);
}

SaslServer::SaslServer(SaslMechanism mechanism, const QByteArray &hostName)
    : m_hostName(hostName)
{
    m_credentials.mechanism = mechanism;
}

Step SaslServer::start(const std::optional<QByteArray> &initialResponse)
{
    switch (m_credentials.mechanism) {
    case SaslMechanism::Plain:
        // RFC 4954 4: without an initial response, an empty challenge asks for it.
        return initialResponse ? readPlain(*initialResponse) : challenge({});
    case SaslMechanism::Login:
        if (initialResponse)
            return respond(*initialResponse);
        return challenge("Username:");
    case SaslMechanism::CramMd5: {
        if (initialResponse)
            return malformed("CRAM-MD5 takes no initial response");
        // RFC 2195: a unique, timestamped challenge in msg-id form.
        m_credentials.challenge = '<' + QByteArray::number(QRandomGenerator::global()->generate64()) + '.'
            + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + '@' + m_hostName + '>';
        return challenge(m_credentials.challenge);
    }
    case SaslMechanism::XOAuth2:
        break;
    }
    return initialResponse ? readXOAuth2(*initialResponse) : challenge({});
}

Step SaslServer::respond(const QByteArray &response)
{
    switch (m_credentials.mechanism) {
    case SaslMechanism::Plain:
        return readPlain(response);
    case SaslMechanism::Login:
        if (!m_loginUserGiven) {
            m_loginUserGiven = true;
            m_credentials.user = QString::fromUtf8(response);
            return challenge("Password:");
        }
        m_credentials.password = QString::fromUtf8(response);
        return done();
    case SaslMechanism::CramMd5: {
        const qsizetype space = response.lastIndexOf(' ');
        if (space <= 0)
            return malformed("CRAM-MD5 response must be \"user digest\"");
        m_credentials.user = QString::fromUtf8(response.left(space));
        m_credentials.digest = response.mid(space + 1);
        return done();
    }
    case SaslMechanism::XOAuth2:
        break;
    }
    return readXOAuth2(response);
}

bool SaslServer::expectsSecret() const
{
    switch (m_credentials.mechanism) {
    case SaslMechanism::Plain:
    case SaslMechanism::XOAuth2:
        return true;
    case SaslMechanism::Login:
        return m_loginUserGiven;
    case SaslMechanism::CramMd5:
        break;
    }
    return false;
}

// RFC 4616: [authzid] NUL authcid NUL passwd
Step SaslServer::readPlain(const QByteArray &response)
{
    const QList<QByteArray> parts = response.split('\0');
    if (parts.size() != 3 || parts[1].isEmpty())
        return malformed("PLAIN response must be authzid NUL user NUL password");
    m_credentials.authorizationId = QString::fromUtf8(parts[0]);
    m_credentials.user = QString::fromUtf8(parts[1]);
    m_credentials.password = QString::fromUtf8(parts[2]);
    return done();
}

// "user=" user ^A "auth=Bearer " token ^A ^A
Step SaslServer::readXOAuth2(const QByteArray &response)
{
    bool haveUser = false;
    bool haveToken = false;
    for (const QByteArray &field : response.split('\x01')) {
        if (field.startsWith("user=")) {
            m_credentials.user = QString::fromUtf8(field.mid(5));
            haveUser = true;
        } else if (field.startsWith("auth=")) {
            const QByteArray value = field.mid(5);
            if (!value.startsWith("Bearer ") && !value.startsWith("bearer "))
                return malformed("XOAUTH2 auth= must be \"Bearer <token>\"");
            m_credentials.token = QString::fromUtf8(value.mid(7));
            haveToken = true;
        }
    }
    if (!haveUser || !haveToken)
        return malformed("XOAUTH2 response must hold user= and auth=Bearer fields");
    return done();
}

} // namespace Mailscope
