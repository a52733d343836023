#pragma once

#include "mime/parsedmessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <utility>

namespace Mailscope {

// A message to write out: what Mailpit's send API (and a compose form) gives.
struct OutgoingMessage {
    struct Attachment {
        QByteArray content; // decoded bytes
        QString fileName;
        QByteArray contentType; // "image/png"
        QString contentId; // set: an inline part that the HTML names as cid:
    };

    MailAddress from;
    QList<MailAddress> to;
    QList<MailAddress> cc; // Bcc is the envelope's business: no header names it
    QList<MailAddress> replyTo;
    QString subject;
    QString text;
    QString html;
    QList<Attachment> attachments;
    QList<std::pair<QString, QString>> headers; // extra headers, in order
    QDateTime date = QDateTime::currentDateTime();
};

// Writes messages with GMime (RFC 5322 with MIME): text and HTML as multipart/alternative, inline
// parts beside the HTML in multipart/related, attachments around it all in multipart/mixed; names
// and subject RFC 2047-encoded, file names RFC 2231, bodies quoted-printable or base64 as needed.
namespace MimeComposer {

// CRLF line ends, ready for a store or an SMTP DATA; a fresh Message-ID unless `headers` has one.
[[nodiscard]] QByteArray compose(const OutgoingMessage& message);

} // namespace MimeComposer

} // namespace Mailscope
