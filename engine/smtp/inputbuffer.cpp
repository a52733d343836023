#include "smtp/inputbuffer.h"

namespace Mailscope {

void InputBuffer::append(const QByteArray &bytes)
{
    compact();
    m_data.append(bytes);
}

void InputBuffer::compact()
{
    if (m_pos == 0)
        return;
    if (m_pos == m_data.size()) {
        m_data.clear();
    } else if (m_pos > 4096 && m_pos * 2 > m_data.size()) {
        m_data.remove(0, m_pos);
    } else {
        return;
    }
    m_pos = 0;
}

InputBuffer::LineStatus InputBuffer::takeLine(QByteArray *line, qsizetype maxLength)
{
    const qsizetype lf = m_data.indexOf('\n', m_pos + m_scanned);
    if (lf < 0) {
        m_scanned = size();
        if (m_discarding || size() > maxLength) {
            m_discarding = true;
            m_pos = m_data.size();
            m_scanned = 0;
            compact();
        }
        return LineStatus::Incomplete;
    }
    const qsizetype length = lf + 1 - m_pos;
    const bool tooLong = m_discarding || length > maxLength;
    if (!tooLong) {
        qsizetype end = lf;
        if (end > m_pos && m_data[end - 1] == '\r')
            --end;
        *line = m_data.mid(m_pos, end - m_pos);
    }
    m_pos = lf + 1;
    m_scanned = 0;
    m_discarding = false;
    compact();
    return tooLong ? LineStatus::TooLong : LineStatus::Complete;
}

void InputBuffer::consume(qsizetype count)
{
    m_pos += qMin(count, size());
    m_scanned = 0;
    compact();
}

QByteArray InputBuffer::take(qsizetype maxCount)
{
    const qsizetype n = qMin(maxCount, size());
    QByteArray out = m_data.mid(m_pos, n);
    consume(n);
    return out;
}

} // namespace Mailscope
