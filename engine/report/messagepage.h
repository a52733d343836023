#pragma once

#include <QString>

class QDir;

namespace Mailscope {

class MessageStore;
struct StoredMessage;

namespace Report {

// What the index needs to know of a message whose page was written.
struct MessagePageResult {
    int attachments = 0; // files saved beside the page
    QString error; // empty on success
};

// Writes messages/ID.html, ID.eml, ID.body.html (when there is an HTML part) and the parts under
// messages/ID/ into `messagesDir`. `sessionPage` is the session's page relative to the report's
// root, empty when the store has no such session.
[[nodiscard]] MessagePageResult writeMessagePage(const MessageStore& store, const StoredMessage& message,
    const QDir& messagesDir, const QString& sessionPage);

// The file name a message page has, relative to the messages folder.
[[nodiscard]] QString messagePageName(qint64 id);

} // namespace Report

} // namespace Mailscope
