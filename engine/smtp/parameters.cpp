#include "smtp/parameters.h"

#include "settings.h"

namespace Mailscope {

namespace {

Reply unsupported(const QByteArray &keyword)
{
    return Reply(555, "5.5.4", "Unsupported parameter " + keyword);
}

Reply badValue(const QByteArray &keyword, const QByteArray &expected)
{
    return Reply(501, "5.5.4", "Bad " + keyword + " value (expected " + expected + ")");
}

bool isHex(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'); }

} // namespace

bool isXtext(const QByteArray &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const uchar c = uchar(text[i]);
        if (c == '+') {
            if (i + 2 >= text.size() || !isHex(text[i + 1]) || !isHex(text[i + 2]))
                return false;
            i += 2;
        } else if (c < 33 || c > 126 || c == '=') {
            return false;
        }
    }
    return true;
}

Reply checkMailParameters(const MailParameters &parameters, const ServerSettings &settings)
{
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        const QByteArray &key = it.key();
        const QByteArray &value = it.value();
        if (key == "SIZE" && settings.isEnabled(Extension::Size)) {
            bool ok = !value.isEmpty() && value.size() <= 20;
            for (char c : value)
                ok = ok && c >= '0' && c <= '9';
            if (!ok)
                return badValue(key, "a number of octets");
            const qint64 declared = value.toLongLong(&ok);
            if (!ok || (settings.maxMessageSize > 0 && declared > settings.maxMessageSize))
                return Reply(552, "5.3.4", "Message size exceeds fixed maximum message size");
        } else if (key == "BODY"
                   && (settings.isEnabled(Extension::EightBitMime) || settings.isEnabled(Extension::Chunking))) {
            const QByteArray upper = value.toUpper();
            const bool eightBit = upper == "8BITMIME" && settings.isEnabled(Extension::EightBitMime);
            const bool binary = upper == "BINARYMIME" && settings.isEnabled(Extension::Chunking);
            if (upper != "7BIT" && !eightBit && !binary)
                return badValue(key, "7BIT or 8BITMIME");
        } else if (key == "SMTPUTF8" && settings.isEnabled(Extension::SmtpUtf8)) {
            if (!value.isNull())
                return Reply(501, "5.5.4", "SMTPUTF8 takes no value");
        } else if (key == "RET" && settings.isEnabled(Extension::Dsn)) {
            const QByteArray upper = value.toUpper();
            if (upper != "FULL" && upper != "HDRS")
                return badValue(key, "FULL or HDRS");
        } else if (key == "ENVID" && settings.isEnabled(Extension::Dsn)) {
            if (value.isEmpty() || value.size() > 100 || !isXtext(value))
                return badValue(key, "xtext of at most 100 characters");
        } else {
            return unsupported(key);
        }
    }
    return {};
}

Reply checkRcptParameters(const MailParameters &parameters, const ServerSettings &settings)
{
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        const QByteArray &key = it.key();
        const QByteArray &value = it.value();
        if (key == "NOTIFY" && settings.isEnabled(Extension::Dsn)) {
            const QList<QByteArray> items = value.toUpper().split(',');
            bool ok = !value.isEmpty();
            for (const QByteArray &item : items)
                ok = ok && (item == "SUCCESS" || item == "FAILURE" || item == "DELAY" || item == "NEVER");
            if (!ok || (items.contains("NEVER") && items.size() > 1))
                return badValue(key, "NEVER, or SUCCESS, FAILURE and DELAY joined by commas");
        } else if (key == "ORCPT" && settings.isEnabled(Extension::Dsn)) {
            const qsizetype semicolon = value.indexOf(';');
            if (semicolon <= 0 || semicolon + 1 == value.size() || value.size() > 500)
                return badValue(key, "addr-type;address, e.g. rfc822;user@example.com");
            const QByteArray type = value.left(semicolon).toLower();
            const QByteArray address = value.mid(semicolon + 1);
            // RFC 6533 lets utf-8 addresses carry raw UTF-8 and \x{..}; rfc822 ones are xtext.
            if (type != "utf-8" && !isXtext(address))
                return badValue(key, "addr-type;xtext");
        } else {
            return unsupported(key);
        }
    }
    return {};
}

} // namespace Mailscope
