#pragma once

#include <QByteArray>
#include <QDateTime>

namespace Mailscope {

// One line of a session's conversation: who sent it, when, and what.
struct TranscriptLine {
    enum class Direction { Client, Server, Note };
    QDateTime time;
    Direction direction = Direction::Note;
    QByteArray text; // without the line ending

    [[nodiscard]] static char directionCode(Direction d)
    {
        return d == Direction::Client ? 'C' : d == Direction::Server ? 'S' : 'N';
    }
    [[nodiscard]] static Direction directionFromCode(char c)
    {
        return c == 'C' ? Direction::Client : c == 'S' ? Direction::Server : Direction::Note;
    }
};

} // namespace Mailscope
