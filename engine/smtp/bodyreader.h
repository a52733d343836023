#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Mailscope {

// Reads a DATA body (RFC 5321 4.1.1.4): ends at CRLF "." CRLF, removes the
// leading dot of a stuffed line (4.5.2), and counts bare CR and bare LF.
// Bare line endings are kept as received; only CRLF starts a new line.
class DotBodyReader {
public:
    // Consumes bytes from `input` up to and including the terminator, appending the
    // unstuffed body to `out`; returns how many bytes it consumed.
    qsizetype feed(QByteArrayView input, QByteArray *out);

    [[nodiscard]] bool isFinished() const { return m_state == State::Finished; }
    [[nodiscard]] qint64 bareLineFeeds() const { return m_bareLf; }
    [[nodiscard]] qint64 bareCarriageReturns() const { return m_bareCr; }
    [[nodiscard]] qint64 wireBytes() const { return m_wireBytes; }

private:
    enum class State { LineStart, Middle, SawCr, SawDot, SawDotCr, Finished };
    State m_state = State::LineStart; // DATA's own CRLF precedes the body
    qint64 m_bareLf = 0;
    qint64 m_bareCr = 0;
    qint64 m_wireBytes = 0;
};

} // namespace Mailscope
