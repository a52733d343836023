#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Mailscope {

// For the parser (GMime initialised). Text in `charset` (a MIME charset name, lower case; empty if
// unlabelled) as Unicode. Never fails: an unknown charset adds a warning and the bytes are read as UTF-8 if
// they are valid UTF-8, else as Windows' Latin-1.
[[nodiscard]] QString textFromCharset(const QByteArray &bytes, const QString &charset, QStringList &warnings);

} // namespace Mailscope
