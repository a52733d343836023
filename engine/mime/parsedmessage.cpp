#include "mime/parsedmessage.h"

#include "smtp/envelope.h"

#include <QSet>

namespace Mailscope {

namespace {

const MimePart *findPart(const MimePart &part, int index)
{
    if (part.index == index)
        return &part;
    for (const MimePart &child : part.children) {
        if (child.index > index)
            break; // children are numbered in order, so the rest come later still
        if (const MimePart *found = findPart(child, index))
            return found;
    }
    return nullptr;
}

} // namespace

QString MailAddress::toString() const
{
    if (name.isEmpty())
        return address;
    return name + QStringLiteral(" <") + address + QLatin1Char('>');
}

const MimePart *ParsedMessage::part(int index) const
{
    return isValid ? findPart(root, index) : nullptr;
}

QString ParsedMessage::header(const QString &name) const
{
    for (const HeaderField &field : headers) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            return field.value;
    }
    return {};
}

QStringList blindCopyRecipients(const ParsedMessage &message, const Envelope &envelope)
{
    QSet<QString> named;
    for (const QList<MailAddress> *list : { &message.to, &message.cc }) {
        for (const MailAddress &address : *list)
            named.insert(address.address.toLower());
    }
    QStringList blind;
    for (const Recipient &recipient : envelope.recipients) {
        const QString key = recipient.address.toLower();
        if (!named.contains(key)) {
            named.insert(key); // a recipient given twice is listed once
            blind.append(recipient.address);
        }
    }
    return blind;
}

} // namespace Mailscope
