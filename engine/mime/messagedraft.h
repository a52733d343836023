#pragma once

#include "mime/parsedmessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace Mailscope {

struct DraftAttachment {
    QString fileName;
    QString contentType; // "application/pdf"; empty: application/octet-stream
    QByteArray content; // decoded bytes
    QString contentId; // set: an inline part that the HTML names as cid:

    // Reads the file, its type guessed from its name and content; nothing (and why) when unreadable.
    [[nodiscard]] static std::optional<DraftAttachment> fromFile(const QString& path, QString* error);
};

// A message to write out: what a compose form or Mailpit's send API gives MimeComposer.
struct MessageDraft {
    MailAddress from; // no address: no From header (a test of what a server does without one)
    QList<MailAddress> to;
    QList<MailAddress> cc; // Bcc is the envelope's business: no header names it
    QList<MailAddress> replyTo;
    QString subject;
    QString text; // text/plain
    QString html; // an HTML alternative; empty: none
    QList<DraftAttachment> attachments;
    QList<std::pair<QString, QString>> headers; // extra headers, in order
    QDateTime date; // invalid: now
};

} // namespace Mailscope
