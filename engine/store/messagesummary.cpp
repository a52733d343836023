#include "store/messagesummary.h"

#include "mime/htmltext.h"
#include "mime/mimeparser.h"

#include <QIODevice>
#include <algorithm>
#include <exception>

namespace Mailscope {

namespace {

QString addressText(const QList<QList<MailAddress>> &lists)
{
    QStringList parts;
    for (const QList<MailAddress> &list : lists) {
        for (const MailAddress &address : list)
            parts << address.name << address.address;
    }
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

} // namespace

MessageSummary MessageSummary::of(const ParsedMessage &message)
{
    MessageSummary summary;
    summary.isParsed = message.isValid;
    summary.subject = message.subject;
    if (!message.from.isEmpty())
        summary.from = message.from.first();
    summary.to = message.to;
    summary.cc = message.cc;
    summary.date = message.date;
    summary.messageId = message.messageId;
    // Files attached, as mail clients and Mailpit count them: images shown within the HTML are not.
    summary.attachmentCount = int(std::count_if(message.attachments.cbegin(), message.attachments.cend(),
        [](const Attachment &a) { return !a.isInline; }));
    summary.searchableAddresses
        = addressText({ message.from, message.to, message.cc, message.replyTo, message.bcc });
    const QString body
        = !message.textBody.trimmed().isEmpty() ? message.textBody : htmlToPlainText(message.htmlBody);
    summary.searchableBody = body.left(IndexedTextLimit);
    summary.snippet = condensedText(body, SnippetLength);
    for (const HeaderField &header : message.headers) {
        if (header.name.compare(QLatin1String("X-Tags"), Qt::CaseInsensitive) == 0)
            summary.tags += header.value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    return summary;
}

MessageSummary MessageSummary::read(QIODevice &device)
{
    // Only the start of a huge text body is needed: the index keeps at most IndexedTextLimit.
    MimeParser::Options options;
    options.textLimit = IndexedTextLimit * 4;
    try {
        return of(MimeParser::parse(device, options));
    } catch (const std::exception &) {
        return {}; // e.g. out of memory on a monstrous header: the message is stored unread
    }
}

} // namespace Mailscope
