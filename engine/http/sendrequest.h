#pragma once

#include "mime/mimecomposer.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Mailscope {

// The body of Mailpit's POST /api/v1/send: From {Email, Name}; To, Cc, ReplyTo [{Email, Name}];
// Bcc [addresses]; Subject, Text, HTML; Attachments [{Content (base64), Filename, ContentType,
// ContentID}]; Headers {name: value}; Tags [names]. Keys match case-insensitively, as Go's JSON does.
struct SendRequest {
    MessageDraft message;
    QStringList recipients; // To, Cc and Bcc addresses, each once: the envelope's
    QStringList tags;

    // False with a message for what Mailpit refuses too: no or a bad From address, a bad
    // recipient, no recipient at all, undecodable attachments, headers the message sets itself.
    [[nodiscard]] static bool fromJson(const QJsonObject& json, SendRequest* request, QString* error);
};

} // namespace Mailscope
