#pragma once

#include "smtp/envelope.h"
#include "smtp/reply.h"

#include <QByteArray>
#include <QString>

namespace Mailscope {

// A parsed MAIL FROM or RCPT TO argument (RFC 5321 4.1.2, RFC 6531 3.3).
struct PathResult {
    bool ok = false;
    QString address; // local@domain, source route dropped; empty for <>
    bool isNull = false; // the null reverse-path <>
    bool hasNonAscii = false; // needs SMTPUTF8
    bool missingBrackets = false; // a bare address, accepted as many servers do
    MailParameters parameters; // upper-case keywords
    Reply error; // when !ok: the reply the client gets
};

// `argument` is what follows the verb, e.g. "FROM:<a@b.example> SIZE=100".
[[nodiscard]] PathResult parseMailFromArgument(const QByteArray &argument);
[[nodiscard]] PathResult parseRcptToArgument(const QByteArray &argument);

// The mailbox grammar alone, without brackets: "local@domain" (or "postmaster").
[[nodiscard]] bool isValidMailbox(const QByteArray &mailbox, bool *hasNonAscii = nullptr);

} // namespace Mailscope
