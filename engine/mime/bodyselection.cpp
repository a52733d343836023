#include "mime/bodyselection.h"

#include "mime/parsedmessage.h"

namespace Mailscope {

namespace {

struct Selection {
    QStringList text;
    QStringList html;
    QList<Attachment> attachments;

    void append(Selection &&other)
    {
        text += other.text;
        html += other.html;
        attachments += other.attachments;
    }
};

bool isBodyText(const MimePart &part)
{
    return (part.contentType == QLatin1String("text/plain") || part.contentType == QLatin1String("text/html"))
        && part.disposition != QLatin1String("attachment") && part.fileName.isEmpty();
}

Attachment attachmentOf(const MimePart &part, bool withinRelated)
{
    const bool isInline = part.disposition == QLatin1String("inline")
        || (withinRelated && part.disposition != QLatin1String("attachment"));
    return { part.index, part.fileName, part.contentType, part.size, part.contentId, isInline };
}

Selection select(const MimePart &part, bool withinRelated = false);

// RFC 2046 5.1.4: the alternatives come in increasing order of preference, so the last one wins.
Selection selectAlternative(const MimePart &part)
{
    Selection chosen;
    for (const MimePart &child : part.children) {
        // A leaf neither shown nor named (text/watch-html, text/enriched...) is an unused alternative.
        if (!child.isMultipart() && !isBodyText(child) && child.fileName.isEmpty()
            && child.disposition.isEmpty())
            continue;
        Selection candidate = select(child);
        if (!candidate.text.isEmpty())
            chosen.text = candidate.text;
        if (!candidate.html.isEmpty())
            chosen.html = candidate.html;
        chosen.attachments += candidate.attachments;
    }
    return chosen;
}

void addLeavesAsAttachments(const MimePart &part, bool withinRelated, QList<Attachment> &attachments)
{
    if (!part.isMultipart()) {
        attachments.append(attachmentOf(part, withinRelated));
        return;
    }
    for (const MimePart &child : part.children)
        addLeavesAsAttachments(child, withinRelated, attachments);
}

// RFC 2387: the first part is the root, the rest are its resources (cid: images...). A root
// with nothing to show (e.g. "start" naming a later part) gives way to the first part that has.
Selection selectRelated(const MimePart &part)
{
    Selection chosen;
    for (const MimePart &child : part.children) {
        if (chosen.text.isEmpty() && chosen.html.isEmpty())
            chosen.append(select(child, true));
        else
            addLeavesAsAttachments(child, true, chosen.attachments);
    }
    return chosen;
}

Selection select(const MimePart &part, bool withinRelated)
{
    Selection chosen;
    if (part.isEncrypted) { // nothing readable: its pieces as they are
        addLeavesAsAttachments(part, withinRelated, chosen.attachments);
        return chosen;
    }
    if (part.contentType == QLatin1String("multipart/alternative"))
        return selectAlternative(part);
    if (part.contentType == QLatin1String("multipart/related"))
        return selectRelated(part);
    if (part.isMultipart()) {
        for (const MimePart &child : part.children)
            chosen.append(select(child, withinRelated));
    } else if (isBodyText(part)) {
        (part.contentType == QLatin1String("text/html") ? chosen.html : chosen.text).append(part.text);
    } else {
        chosen.attachments.append(attachmentOf(part, withinRelated));
    }
    return chosen;
}

} // namespace

void selectBodies(ParsedMessage &message)
{
    const Selection chosen = select(message.root);
    message.textBody = chosen.text.join(QLatin1Char('\n'));
    message.htmlBody = chosen.html.join(QString());
    message.attachments = chosen.attachments;
}

} // namespace Mailscope
