#pragma once

#include "mime/messagedraft.h"

#include <QByteArray>

namespace Mailscope {

// Writes messages with GMime (RFC 5322 with MIME): text and HTML as multipart/alternative, inline
// parts beside the HTML in multipart/related, attachments around it all in multipart/mixed; names
// and subject RFC 2047-encoded, file names RFC 2231; text in UTF-8, every part in the encoding that
// suits 7-bit transport best (7bit, quoted-printable or base64).
namespace MimeComposer {

// CRLF line ends, ready for a store or an SMTP DATA; a fresh Message-ID unless `headers` has one.
[[nodiscard]] QByteArray compose(const MessageDraft& draft);

} // namespace MimeComposer

} // namespace Mailscope
