#pragma once

#include "mime/parsedmessage.h"

#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;

namespace Mailscope {

// What the store keeps of a message's content for listing and searching without parsing it again.
struct MessageSummary {
    static constexpr qsizetype SnippetLength = 250;
    static constexpr qsizetype IndexedTextLimit = 1024 * 1024; // characters of body text searched

    bool isParsed = false; // false: the message could not be read; the fields are empty
    QString subject;
    MailAddress from;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QDateTime date;
    QString messageId;
    QString snippet;
    int attachmentCount = 0;
    QString searchableAddresses; // every header address and name, for full-text search
    QString searchableBody; // text body, or the text of the HTML body
    QStringList tags; // from X-Tags headers (comma separated), which tag the message on arrival as in Mailpit

    [[nodiscard]] static MessageSummary of(const ParsedMessage &message);
    // Parses the message on `device` (streaming from a file); never throws, never fails.
    [[nodiscard]] static MessageSummary read(QIODevice &device);
};

} // namespace Mailscope
