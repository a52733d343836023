#include "smtp/capabilities.h"

#include "settings.h"

namespace Mailscope {

QList<QByteArray> ehloKeywords(const ServerSettings &settings)
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
    return keywords;
}

} // namespace Mailscope
