#include "smtp/reply.h"

namespace Mailscope {

QByteArray Reply::format(bool withEnhancedCode) const
{
    const QByteArray number = QByteArray::number(code);
    const bool addEnhanced = withEnhancedCode && !enhancedCode.isEmpty();
    const QList<QByteArray> text = lines.isEmpty() ? QList<QByteArray> { QByteArray() } : lines;
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        out += number;
        out += i + 1 < text.size() ? '-' : ' ';
        if (addEnhanced) {
            out += enhancedCode;
            if (!text[i].isEmpty())
                out += ' ';
        }
        // A reply line never carries a bare CR or LF of its own.
        QByteArray line = text[i];
        line.replace('\r', ' ').replace('\n', ' ');
        out += line;
        out += "\r\n";
    }
    return out;
}

bool isValidEnhancedCode(const QByteArray &code, int replyCode)
{
    const QList<QByteArray> parts = code.split('.');
    if (parts.size() != 3)
        return false;
    if (parts[0] != "2" && parts[0] != "4" && parts[0] != "5")
        return false;
    if (replyCode && parts[0].at(0) - '0' != replyCode / 100)
        return false;
    for (qsizetype i = 1; i < 3; ++i) {
        const QByteArray &p = parts[i];
        if (p.isEmpty() || p.size() > 3 || (p.size() > 1 && p.startsWith('0')))
            return false;
        for (char c : p)
            if (c < '0' || c > '9')
                return false;
    }
    return true;
}

} // namespace Mailscope
