#include "mime/private/gmimehandles.h"

#include "mime/addresslist.h"

#include "smtp/pathgrammar.h"

#include <optional>

namespace Mailscope {

namespace {

using GMime::GObjectPtr;

// Splits at commas (and semicolons) that are outside quotes, angle brackets and comments.
QStringList splitEntries(const QString& text)
{
    QStringList entries;
    QString current;
    bool quoted = false;
    int angle = 0;
    int comment = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted && c == u'\\' && i + 1 < text.size()) {
            current += c;
            current += text.at(++i);
            continue;
        }
        if (c == u'"' && comment == 0)
            quoted = !quoted;
        else if (!quoted && c == u'<')
            ++angle;
        else if (!quoted && c == u'>' && angle > 0)
            --angle;
        else if (!quoted && c == u'(')
            ++comment;
        else if (!quoted && c == u')' && comment > 0)
            --comment;
        else if (!quoted && angle == 0 && comment == 0 && (c == u',' || c == u';')) {
            entries << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    entries << current.trimmed();
    entries.removeAll(QString());
    return entries;
}

std::optional<MailAddress> parseMailbox(const QString& entry)
{
    const GObjectPtr<InternetAddressList> list(
        internet_address_list_parse(nullptr, entry.toUtf8().constData()));
    if (!list || internet_address_list_length(list.get()) != 1)
        return std::nullopt;
    InternetAddress* address = internet_address_list_get_address(list.get(), 0);
    if (!INTERNET_ADDRESS_IS_MAILBOX(address))
        return std::nullopt;
    const char* mailbox = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address));
    const char* name = internet_address_get_name(address);
    // GMime accepts "ann" alone as a local address; an SMTP path needs a domain (or postmaster).
    if (!mailbox || !isValidMailbox(QByteArray(mailbox)))
        return std::nullopt;
    return MailAddress { name ? QString::fromUtf8(name).trimmed() : QString(), QString::fromUtf8(mailbox) };
}

} // namespace

AddressList parseAddressList(const QString& text)
{
    GMime::ensureInitialized();
    AddressList result;
    for (const QString& entry : splitEntries(text)) {
        if (const std::optional<MailAddress> address = parseMailbox(entry))
            result.addresses << *address;
        else
            result.invalid << entry;
    }
    return result;
}

} // namespace Mailscope
