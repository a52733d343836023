#include "store/headerpeek.h"

namespace Mailscope {

namespace {

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

QString peekHeader(const QByteArray &messageHead, const QByteArray &name)
{
    const QByteArrayView head(messageHead);
    QByteArray value;
    bool found = false;
    qsizetype pos = 0;
    while (pos < head.size()) {
        qsizetype end = head.indexOf('\n', pos);
        const qsizetype next = end < 0 ? head.size() : end + 1;
        if (end < 0)
            end = head.size();
        QByteArrayView line = head.sliced(pos, end - pos);
        pos = next;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break; // RFC 5322 2.1: the first empty line ends the header section
        if (isWsp(line.front())) {
            // RFC 5322 2.2.3: unfolding removes the line break, the whitespace stays
            if (found)
                value += line;
            continue;
        }
        if (found)
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        // obs-optional (RFC 5322 4.5): whitespace may sit between the name and the colon
        const QByteArrayView fieldName = line.first(colon).trimmed();
        if (fieldName.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        found = true;
        value = line.sliced(colon + 1).toByteArray();
    }
    return found ? QString::fromUtf8(value.trimmed()) : QString();
}

} // namespace Mailscope
