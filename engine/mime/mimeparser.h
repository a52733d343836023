#pragma once

#include "mime/parsedmessage.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace Mailscope {

// Reads messages with GMime. Content stays in the file: only headers and the text
// of displayable text parts (up to textLimit) are held in memory.
namespace MimeParser {

struct Options {
    // Most characters of a text part decoded into MimePart::text; the rest is cut off.
    qint64 textLimit = 64 * 1024 * 1024;
    // Deeper parts than this are left out of the tree (with a warning).
    int maxDepth = 100;
};

[[nodiscard]] ParsedMessage parseFile(const QString &path, const Options &options = {});
// From the device's current position to its end. A QFile is read through its file
// name (streaming); any other device is copied into memory first.
[[nodiscard]] ParsedMessage parse(QIODevice &device, const Options &options = {});
[[nodiscard]] ParsedMessage parse(const QByteArray &raw, const Options &options = {});

// Writes the decoded content of the part with MimePart::index `partIndex` (an
// attachment, a cid: image, ...) to `out`. A message/rfc822 part gives the embedded
// message's bytes. False if the file cannot be read or no such leaf exists.
[[nodiscard]] bool writePartContent(const QString &messagePath, int partIndex, QIODevice &out);
[[nodiscard]] QByteArray partContent(const QString &messagePath, int partIndex);

} // namespace MimeParser

} // namespace Mailscope
