#include "jsonline.h"

namespace Mailscope {

void JsonLine::appendString(QByteArray &out, QStringView text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    out += '"';
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out += text.mid(runStart, i - runStart).toUtf8();
        runStart = i + 1;
        switch (c) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        default:
            out += "\\u00";
            out += Hex[c >> 4];
            out += Hex[c & 0xf];
        }
    }
    out += text.mid(runStart).toUtf8();
    out += '"';
}

void JsonLine::appendKey(QLatin1StringView key)
{
    if (!m_members.isEmpty())
        m_members += ',';
    appendString(m_members, QString(key));
    m_members += ':';
}

JsonLine &JsonLine::addString(QLatin1StringView key, QStringView value)
{
    appendKey(key);
    appendString(m_members, value);
    return *this;
}

JsonLine &JsonLine::addNumber(QLatin1StringView key, qint64 value)
{
    appendKey(key);
    m_members += QByteArray::number(value);
    return *this;
}

JsonLine &JsonLine::addBool(QLatin1StringView key, bool value)
{
    appendKey(key);
    m_members += value ? "true" : "false";
    return *this;
}

JsonLine &JsonLine::addNull(QLatin1StringView key)
{
    appendKey(key);
    m_members += "null";
    return *this;
}

JsonLine &JsonLine::addObject(QLatin1StringView key, const JsonLine &object)
{
    return addJson(key, object.toJson());
}

JsonLine &JsonLine::addJson(QLatin1StringView key, const QByteArray &json)
{
    appendKey(key);
    m_members += json;
    return *this;
}

} // namespace Mailscope
