#include "smtp/pathgrammar.h"

#include <QHostAddress>
#include <QStringDecoder>

namespace Mailscope {

namespace {

bool isAlpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool isNonAscii(unsigned char c) { return c >= 0x80; }

// RFC 5322 atext, widened by RFC 6531 to UTF-8.
bool isAtext(unsigned char c)
{
    return isAlpha(c) || isDigit(c) || isNonAscii(c) || QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(char(c));
}

bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes); // decoding is lazy until converted
    return !decoder.hasError();
}

bool isDotString(QByteArrayView s)
{
    if (s.isEmpty() || s.front() == '.' || s.back() == '.')
        return false;
    char previous = 0;
    for (char c : s) {
        if (c == '.') {
            if (previous == '.')
                return false;
        } else if (!isAtext(uchar(c))) {
            return false;
        }
        previous = c;
    }
    return true;
}

// Quoted-string = DQUOTE *(qtextSMTP / "\" %d32-126) DQUOTE
bool isQuotedString(QByteArrayView s)
{
    if (s.size() < 2 || s.front() != '"' || s.back() != '"')
        return false;
    for (qsizetype i = 1; i + 1 < s.size(); ++i) {
        const uchar c = uchar(s[i]);
        if (c == '\\') {
            if (i + 2 >= s.size() || uchar(s[i + 1]) < 32 || uchar(s[i + 1]) > 126)
                return false;
            ++i;
        } else if (c == '"' || c < 32 || c == 127) {
            return false;
        }
    }
    return true;
}

// sub-domain = Let-dig [Ldh-str], or a U-label (RFC 6531).
bool isDomain(QByteArrayView s)
{
    if (s.isEmpty() || s.size() > 255)
        return false;
    for (QByteArrayView label : QByteArray(s.data(), s.size()).split('.')) {
        if (label.isEmpty() || label.size() > 63 || label.front() == '-' || label.back() == '-')
            return false;
        for (char c : label)
            if (!isAlpha(uchar(c)) && !isDigit(uchar(c)) && c != '-' && !isNonAscii(uchar(c)))
                return false;
    }
    return true;
}

bool isAddressLiteral(QByteArrayView s)
{
    if (s.size() < 3 || s.front() != '[' || s.back() != ']')
        return false;
    const QByteArray inner(s.data() + 1, s.size() - 2);
    if (inner.startsWith("IPv6:") || inner.startsWith("ipv6:")) {
        QHostAddress address;
        return address.setAddress(QString::fromLatin1(inner.mid(5)))
            && address.protocol() == QAbstractSocket::IPv6Protocol;
    }
    const qsizetype colon = inner.indexOf(':');
    if (colon > 0) { // General-address-literal = Standardized-tag ":" 1*dcontent
        for (qsizetype i = 0; i < colon; ++i)
            if (!isAlpha(uchar(inner[i])) && !isDigit(uchar(inner[i])) && inner[i] != '-')
                return false;
        if (colon + 1 == inner.size())
            return false;
        for (qsizetype i = colon + 1; i < inner.size(); ++i) {
            const uchar c = uchar(inner[i]);
            if (c < 33 || c > 126 || c == '[' || c == ']' || c == '\\')
                return false;
        }
        return true;
    }
    const QList<QByteArray> octets = inner.split('.');
    if (octets.size() != 4)
        return false;
    for (const QByteArray &o : octets) {
        if (o.isEmpty() || o.size() > 3)
            return false;
        for (char c : o)
            if (!isDigit(uchar(c)))
                return false;
        if (o.toInt() > 255)
            return false;
    }
    return true;
}

// The end of the bracketed path starting at `open` ('<'), honouring quoted local parts.
qsizetype findPathEnd(const QByteArray &s, qsizetype open)
{
    bool quoted = false;
    for (qsizetype i = open + 1; i < s.size(); ++i) {
        const char c = s[i];
        if (quoted && c == '\\') {
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == '>') {
            return i;
        }
    }
    return -1;
}

bool isEsmtpKeyword(QByteArrayView k)
{
    if (k.isEmpty() || !(isAlpha(uchar(k.front())) || isDigit(uchar(k.front()))))
        return false;
    for (char c : k)
        if (!isAlpha(uchar(c)) && !isDigit(uchar(c)) && c != '-')
            return false;
    return true;
}

// esmtp-value = 1*(%d33-60 / %d62-126), plus UTF-8 (RFC 6531).
bool isEsmtpValue(QByteArrayView v)
{
    if (v.isEmpty())
        return false;
    for (char c : v) {
        const uchar u = uchar(c);
        if (u == '=' || (u < 33) || u == 127)
            return false;
    }
    return isValidUtf8(v);
}

bool parseParameters(const QByteArray &text, MailParameters *parameters)
{
    for (const QByteArray &item : text.split(' ')) {
        if (item.isEmpty())
            continue; // runs of spaces, as some clients send
        const qsizetype eq = item.indexOf('=');
        const QByteArray keyword = (eq < 0 ? item : item.left(eq)).toUpper();
        if (!isEsmtpKeyword(keyword) || parameters->contains(keyword))
            return false;
        if (eq < 0) {
            parameters->insert(keyword, QByteArray());
            continue;
        }
        const QByteArray value = item.mid(eq + 1);
        if (!isEsmtpValue(value))
            return false;
        parameters->insert(keyword, value);
    }
    return true;
}

PathResult failure(int code, const char *enhanced, const char *text)
{
    PathResult r;
    r.error = Reply(code, enhanced, text);
    return r;
}

PathResult parsePathArgument(const QByteArray &argument, const char *prefix, bool isMailFrom)
{
    const char *syntax = isMailFrom ? "Syntax: MAIL FROM:<address> [parameters]"
                                    : "Syntax: RCPT TO:<address> [parameters]";
    const char *badAddressCode = isMailFrom ? "5.1.7" : "5.1.3";
    const char *badAddress = isMailFrom ? "Bad sender address syntax" : "Bad recipient address syntax";
    const QByteArray p(prefix);
    if (!argument.left(p.size()).toUpper().startsWith(p))
        return failure(501, "5.5.4", syntax);
    qsizetype pos = p.size();
    while (pos < argument.size() && argument[pos] == ' ')
        ++pos; // "MAIL FROM: <a@b>" is common enough to accept
    if (pos == argument.size())
        return failure(501, "5.5.4", syntax);

    PathResult result;
    QByteArray path;
    qsizetype after;
    if (argument[pos] == '<') {
        const qsizetype close = findPathEnd(argument, pos);
        if (close < 0)
            return failure(501, "5.5.4", syntax);
        path = argument.mid(pos + 1, close - pos - 1);
        after = close + 1;
    } else {
        qsizetype end = argument.indexOf(' ', pos);
        if (end < 0)
            end = argument.size();
        path = argument.mid(pos, end - pos);
        if (path.contains('>'))
            return failure(501, "5.5.4", syntax);
        after = end;
        result.missingBrackets = true;
    }
    if (after < argument.size() && argument[after] != ' ')
        return failure(501, "5.5.4", syntax);

    // RFC 5321 4.1.2 / C: a source route ("@a,@b:") is accepted and ignored.
    if (path.startsWith('@')) {
        const qsizetype colon = path.indexOf(':');
        if (colon < 0)
            return failure(501, badAddressCode, badAddress);
        for (const QByteArray &hop : path.left(colon).split(','))
            if (!hop.startsWith('@') || !isDomain(hop.mid(1)))
                return failure(501, badAddressCode, badAddress);
        path = path.mid(colon + 1);
        if (path.isEmpty()) // RFC 5321 4.1.2: a route needs a mailbox after it
            return failure(501, badAddressCode, badAddress);
    }

    if (path.isEmpty()) {
        if (!isMailFrom || result.missingBrackets)
            return failure(501, badAddressCode, badAddress);
        result.isNull = true;
    } else if (!isValidMailbox(path, &result.hasNonAscii)
               && !(!isMailFrom && path.compare("postmaster", Qt::CaseInsensitive) == 0)) {
        return failure(501, badAddressCode, badAddress);
    }

    if (!parseParameters(argument.mid(after), &result.parameters))
        return failure(501, "5.5.4", "Bad parameter syntax (RFC 5321 4.1.2: KEYWORD[=value])");
    for (auto it = result.parameters.cbegin(); it != result.parameters.cend(); ++it)
        for (char c : it.value())
            if (isNonAscii(uchar(c)))
                result.hasNonAscii = true;

    result.address = QString::fromUtf8(path);
    result.ok = true;
    return result;
}

} // namespace

bool isValidMailbox(const QByteArray &mailbox, bool *hasNonAscii)
{
    const qsizetype at = mailbox.lastIndexOf('@');
    if (at <= 0 || at + 1 == mailbox.size())
        return false;
    const QByteArrayView local(mailbox.constData(), at);
    const QByteArrayView domain(mailbox.constData() + at + 1, mailbox.size() - at - 1);
    if (local.size() > 64 * 4 || !(isDotString(local) || isQuotedString(local)))
        return false;
    if (!isDomain(domain) && !isAddressLiteral(domain))
        return false;
    bool nonAscii = false;
    for (char c : mailbox)
        nonAscii = nonAscii || isNonAscii(uchar(c));
    if (nonAscii && !isValidUtf8(mailbox))
        return false;
    if (hasNonAscii)
        *hasNonAscii = nonAscii;
    return true;
}

PathResult parseMailFromArgument(const QByteArray &argument) { return parsePathArgument(argument, "FROM:", true); }

PathResult parseRcptToArgument(const QByteArray &argument) { return parsePathArgument(argument, "TO:", false); }

} // namespace Mailscope
