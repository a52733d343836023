#pragma once

#include <QByteArray>
#include <QString>

namespace Mailscope {

// The first header field called `name` (case-insensitive) in the header block of
// a raw message, unfolded and trimmed; empty if absent. No MIME decoding.
[[nodiscard]] QString peekHeader(const QByteArray &messageHead, const QByteArray &name);

} // namespace Mailscope
