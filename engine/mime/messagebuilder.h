#pragma once

#include "mime/parsedmessage.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Mailscope {

struct DraftAttachment {
    QString fileName;
    QString contentType; // "application/pdf"; empty: application/octet-stream
    QByteArray content;

    // Reads the file, its type guessed from its name and content; nothing (and why) when unreadable.
    [[nodiscard]] static std::optional<DraftAttachment> fromFile(const QString &path, QString *error);
};

// What a person writes: the builder turns it into a MIME message.
struct MessageDraft {
    MailAddress from;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QString subject;
    QString text; // text/plain
    QString html; // an HTML alternative; empty: none
    QList<DraftAttachment> attachments;
};

// Builds messages with GMime (headers encoded per RFC 2047/2231, the best transfer encoding per part).
namespace MessageBuilder {

struct AddressList {
    QList<MailAddress> addresses;
    QStringList invalid; // the entries that are no mailbox, as typed
    [[nodiscard]] bool ok() const { return invalid.isEmpty(); }
};

// A comma-separated list as people type it: "Ann <ann@example.com>, bob@example.com,
// \"Doe, Jo\" <jo@example.com>". Every entry must hold one mailbox valid in an SMTP path.
[[nodiscard]] AddressList parseAddressList(const QString &text);

// The whole message with CRLF line ends, Date and Message-ID set now: a text/plain body,
// multipart/alternative when there is HTML too, inside multipart/mixed when files are attached.
[[nodiscard]] QByteArray build(const MessageDraft &draft);

} // namespace MessageBuilder

} // namespace Mailscope
