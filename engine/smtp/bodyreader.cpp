#include "smtp/bodyreader.h"

#include <cstring>

namespace Mailscope {

qsizetype DotBodyReader::feed(QByteArrayView input, QByteArray *out)
{
    qsizetype i = 0;
    const qsizetype n = input.size();
    const char *data = input.data();
    qsizetype nextCr = -1; // where the next CR is (n: none), found once for many lines
    while (i < n && m_state != State::Finished) {
        const char c = input[i];
        switch (m_state) {
        case State::Middle: {
            // Copy the run up to the next CR or LF in one go.
            if (nextCr < i) {
                const void *cr = std::memchr(data + i, '\r', size_t(n - i));
                nextCr = cr ? static_cast<const char *>(cr) - data : n;
            }
            const void *lf = std::memchr(data + i, '\n', size_t(nextCr - i));
            const qsizetype j = lf ? static_cast<const char *>(lf) - data : nextCr;
            out->append(data + i, j - i);
            i = j;
            if (i < n) {
                if (input[i] == '\r') {
                    m_state = State::SawCr;
                } else {
                    ++m_bareLf;
                    out->append('\n');
                }
                ++i;
            }
            continue;
        }
        case State::LineStart:
            if (c == '.') {
                m_state = State::SawDot;
                ++i;
                continue;
            }
            m_state = State::Middle;
            continue; // the byte is handled as an ordinary one
        case State::SawCr:
            if (c == '\n') {
                out->append("\r\n", 2);
                m_state = State::LineStart;
                ++i;
            } else {
                ++m_bareCr;
                out->append('\r');
                m_state = State::Middle;
            }
            continue;
        case State::SawDot:
            if (c == '\r') {
                m_state = State::SawDotCr;
                ++i;
            } else {
                m_state = State::Middle; // the stuffed dot is dropped
            }
            continue;
        case State::SawDotCr:
            if (c == '\n') {
                m_state = State::Finished;
                ++i;
            } else {
                // "." CR x: the dot was stuffing, the CR is bare.
                ++m_bareCr;
                out->append('\r');
                m_state = State::Middle;
            }
            continue;
        case State::Finished:
            break;
        }
    }
    m_wireBytes += i;
    return i;
}

} // namespace Mailscope
