#include "smtp/capabilities.h"

#include "settings.h"

namespace Mailscope {

QList<QByteArray> ehloKeywords(const ServerSettings &settings, const SessionSecurity &security)
{
    QList<QByteArray> keywords;
    if (settings.isAdvertised(Extension::Pipelining))
        keywords << "PIPELINING";
    if (settings.isAdvertised(Extension::Size))
        // RFC 1870 6: a bare SIZE says there is no fixed limit.
        keywords << (settings.maxMessageSize > 0 ? "SIZE " + QByteArray::number(settings.maxMessageSize)
                                                  : QByteArray("SIZE"));
    if (settings.isAdvertised(Extension::EnhancedStatusCodes))
        keywords << "ENHANCEDSTATUSCODES";
    if (settings.isAdvertised(Extension::EightBitMime))
        keywords << "8BITMIME";
    if (settings.isAdvertised(Extension::Dsn))
        keywords << "DSN";
    if (settings.isAdvertised(Extension::SmtpUtf8))
        keywords << "SMTPUTF8";
    if (settings.isAdvertised(Extension::Chunking))
        keywords << "CHUNKING" << "BINARYMIME";
    const StartTlsMode startTls = settings.tls.startTls;
    if ((startTls == StartTlsMode::Offer || startTls == StartTlsMode::Require) && !security.tlsActive
        && security.tlsAvailable)
        keywords << "STARTTLS";
    // Like Postfix's smtpd_tls_auth_only: no AUTH offered where it would be refused.
    const bool authUsable = security.tlsActive || settings.auth.allowInsecure;
    if (settings.auth.mode != AuthMode::Off && authUsable && !security.authenticated
        && !settings.auth.mechanisms.isEmpty()) {
        QByteArray line = "AUTH";
        for (SaslMechanism m : settings.auth.mechanisms)
            line += ' ' + saslMechanismName(m);
        keywords << line;
    }
    if (settings.xclient)
        keywords << "XCLIENT NAME ADDR PORT PROTO HELO LOGIN DESTADDR DESTPORT";
    if (settings.xforward)
        keywords << "XFORWARD NAME ADDR PORT PROTO HELO IDENT SOURCE";
    return keywords;
}

} // namespace Mailscope
