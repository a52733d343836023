#pragma once
// Shared by the store's test classes: adding a raw message as the SMTP server would.

#include "store/messagespool.h"
#include "store/messagestore.h"

#include <QByteArray>
#include <QString>

namespace Mailscope::StoreTest {

inline qint64 add(MessageStore &store, const QByteArray &raw,
    const QStringList &recipients = { QStringLiteral("rcpt@example.com") })
{
    const std::unique_ptr<MessageSpool> spool = store.createSpool();
    spool->append(raw);
    Envelope envelope;
    envelope.mailFrom = QStringLiteral("bounce@example.org");
    for (const QString &recipient : recipients)
        envelope.recipients.append({ recipient, {} });
    SessionInfo session;
    session.id = QStringLiteral("s1");
    const MessageStore::AddResult result = store.addMessage(*spool, envelope, session);
    return result.ok() ? result.id : -1;
}

inline QByteArray message(const QByteArray &subject, const QByteArray &from, const QByteArray &to,
    const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\n" + extraHeaders + "\r\n"
        + body + "\r\n";
}

} // namespace Mailscope::StoreTest
