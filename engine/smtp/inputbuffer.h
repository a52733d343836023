#pragma once

#include <QByteArray>

namespace Mailscope {

// The bytes a session has read and not yet used: command lines are taken from
// the front, and DATA/BDAT bytes are taken raw, so nothing past a boundary is
// consumed. An overlong line is discarded as it arrives, keeping memory bounded.
class InputBuffer {
public:
    enum class LineStatus { Incomplete, Complete, TooLong };

    void append(const QByteArray &bytes);
    [[nodiscard]] qsizetype size() const { return m_data.size() - m_pos; }
    [[nodiscard]] bool isEmpty() const { return size() == 0; }

    // A line ends at LF (CRLF or bare LF); `line` excludes the ending. A line longer
    // than `maxLength` octets (ending included, RFC 5321 4.5.3.1.4) is dropped and
    // reported as TooLong once its end arrives.
    LineStatus takeLine(QByteArray *line, qsizetype maxLength);
    [[nodiscard]] bool isDiscardingLine() const { return m_discarding; }

    // Raw bytes from the front (for message bodies).
    [[nodiscard]] QByteArrayView peek() const { return QByteArrayView(m_data).sliced(m_pos); }
    void consume(qsizetype count);
    QByteArray take(qsizetype maxCount);

private:
    void compact();

    QByteArray m_data;
    qsizetype m_pos = 0;
    qsizetype m_scanned = 0; // bytes after m_pos known to hold no LF
    bool m_discarding = false;
};

} // namespace Mailscope
