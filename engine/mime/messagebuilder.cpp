// GMime's headers come first: GLib names a struct member `signals` (Qt keywords are off too).
#include <gmime/gmime.h>

#include "mime/messagebuilder.h"

#include "smtp/pathgrammar.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <memory>
#include <mutex>
#include <vector>

namespace Mailscope {

namespace {

struct GObjectUnref {
    void operator()(void *object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template <typename T> using GObjectPtr = std::unique_ptr<T, GObjectUnref>;

struct GFree {
    void operator()(void *memory) const { g_free(memory); }
};

void ensureInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

// Splits at commas that are outside quotes, angle brackets and comments.
QStringList splitEntries(const QString &text)
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

std::optional<MailAddress> parseMailbox(const QString &entry)
{
    const GObjectPtr<InternetAddressList> list(internet_address_list_parse(nullptr, entry.toUtf8().constData()));
    if (!list || internet_address_list_length(list.get()) != 1)
        return std::nullopt;
    InternetAddress *address = internet_address_list_get_address(list.get(), 0);
    if (!INTERNET_ADDRESS_IS_MAILBOX(address))
        return std::nullopt;
    const char *mailbox = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address));
    const char *name = internet_address_get_name(address);
    // GMime accepts "ann" alone as a local address; an SMTP path needs a domain (or postmaster).
    if (!mailbox || !isValidMailbox(QByteArray(mailbox)))
        return std::nullopt;
    return MailAddress { name ? QString::fromUtf8(name).trimmed() : QString(), QString::fromUtf8(mailbox) };
}

void addMailboxes(GMimeMessage *message, GMimeAddressType type, const QList<MailAddress> &addresses)
{
    for (const MailAddress &a : addresses)
        g_mime_message_add_mailbox(message, type, a.name.isEmpty() ? nullptr : a.name.toUtf8().constData(),
                                   a.address.toUtf8().constData());
}

// Line ends as LF here: the writer turns them into CRLF.
GObjectPtr<GMimeObject> textPart(const char *subtype, const QString &text)
{
    QString lf = text;
    lf.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (!lf.isEmpty() && !lf.endsWith(u'\n'))
        lf += u'\n';
    // Always UTF-8: g_mime_text_part_set_text() would pick the smallest charset (ISO-8859-1 for "ö").
    const QByteArray utf8 = lf.toUtf8();
    GMimeTextPart *part = g_mime_text_part_new_with_subtype(subtype);
    const GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(utf8.constData(), size_t(utf8.size())));
    const GObjectPtr<GMimeDataWrapper> content(
        g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    GMimePart *mimePart = GMIME_PART(part);
    g_mime_part_set_content(mimePart, content.get());
    g_mime_text_part_set_charset(part, "utf-8");
    g_mime_part_set_content_encoding(
        mimePart, g_mime_part_get_best_content_encoding(mimePart, GMIME_ENCODING_CONSTRAINT_7BIT));
    return GObjectPtr<GMimeObject>(GMIME_OBJECT(part));
}

GObjectPtr<GMimeObject> attachmentPart(const DraftAttachment &attachment)
{
    const QByteArray type = attachment.contentType.isEmpty() ? QByteArrayLiteral("application/octet-stream")
                                                             : attachment.contentType.toUtf8();
    const qsizetype slash = type.indexOf('/');
    GMimePart *part = slash > 0 ? g_mime_part_new_with_type(type.left(slash).constData(), type.mid(slash + 1).constData())
                                : g_mime_part_new_with_type("application", "octet-stream");
    const GObjectPtr<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(attachment.content.constData(), size_t(attachment.content.size())));
    const GObjectPtr<GMimeDataWrapper> content(
        g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(part, content.get());
    g_mime_object_set_disposition(GMIME_OBJECT(part), GMIME_DISPOSITION_ATTACHMENT);
    if (!attachment.fileName.isEmpty())
        g_mime_part_set_filename(part, attachment.fileName.toUtf8().constData());
    // Text within the 7-bit limits stays readable; everything else becomes base64.
    g_mime_part_set_content_encoding(part, g_mime_part_get_best_content_encoding(part, GMIME_ENCODING_CONSTRAINT_7BIT));
    return GObjectPtr<GMimeObject>(GMIME_OBJECT(part));
}

GObjectPtr<GMimeObject> multipart(const char *subtype, const QList<GMimeObject *> &parts)
{
    GMimeMultipart *container = g_mime_multipart_new_with_subtype(subtype);
    for (GMimeObject *part : parts)
        g_mime_multipart_add(container, part); // takes its own reference
    return GObjectPtr<GMimeObject>(GMIME_OBJECT(container));
}

GObjectPtr<GMimeObject> bodyPart(const MessageDraft &draft)
{
    if (draft.html.isEmpty())
        return textPart("plain", draft.text);
    if (draft.text.isEmpty())
        return textPart("html", draft.html);
    const GObjectPtr<GMimeObject> text = textPart("plain", draft.text);
    const GObjectPtr<GMimeObject> html = textPart("html", draft.html);
    // RFC 2046 5.1.4: the richest alternative comes last.
    return multipart("alternative", { text.get(), html.get() });
}

QByteArray messageIdDomain(const MessageDraft &draft)
{
    const QString &from = draft.from.address;
    const qsizetype at = from.lastIndexOf(u'@');
    return at > 0 && at + 1 < from.size() ? from.mid(at + 1).toUtf8() : QByteArrayLiteral("mailscope.localhost");
}

} // namespace

std::optional<DraftAttachment> DraftAttachment::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    DraftAttachment attachment;
    attachment.fileName = QFileInfo(path).fileName();
    attachment.content = file.readAll();
    attachment.contentType = QMimeDatabase().mimeTypeForFileNameAndData(path, attachment.content).name();
    return attachment;
}

namespace MessageBuilder {

AddressList parseAddressList(const QString &text)
{
    ensureInitialized();
    AddressList result;
    for (const QString &entry : splitEntries(text)) {
        if (const std::optional<MailAddress> address = parseMailbox(entry))
            result.addresses << *address;
        else
            result.invalid << entry;
    }
    return result;
}

QByteArray build(const MessageDraft &draft)
{
    ensureInitialized();
    const GObjectPtr<GMimeMessage> message(g_mime_message_new(TRUE));
    addMailboxes(message.get(), GMIME_ADDRESS_TYPE_FROM, { draft.from });
    addMailboxes(message.get(), GMIME_ADDRESS_TYPE_TO, draft.to);
    addMailboxes(message.get(), GMIME_ADDRESS_TYPE_CC, draft.cc);
    g_mime_message_set_subject(message.get(), draft.subject.toUtf8().constData(), "utf-8");
    GDateTime *now = g_date_time_new_now_local();
    g_mime_message_set_date(message.get(), now);
    g_date_time_unref(now);
    const std::unique_ptr<char, GFree> messageId(g_mime_utils_generate_message_id(messageIdDomain(draft).constData()));
    g_mime_message_set_message_id(message.get(), messageId.get());

    GObjectPtr<GMimeObject> body = bodyPart(draft);
    if (!draft.attachments.isEmpty()) {
        std::vector<GObjectPtr<GMimeObject>> attachments;
        QList<GMimeObject *> parts { body.get() };
        for (const DraftAttachment &attachment : draft.attachments) {
            attachments.push_back(attachmentPart(attachment));
            parts << attachments.back().get();
        }
        body = multipart("mixed", parts);
    }
    g_mime_message_set_mime_part(message.get(), body.get());

    GMimeFormatOptions *options = g_mime_format_options_new();
    g_mime_format_options_set_newline_format(options, GMIME_NEWLINE_FORMAT_DOS);
    const GObjectPtr<GMimeStream> out(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(GMIME_OBJECT(message.get()), options, out.get());
    g_mime_format_options_free(options);
    const GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

} // namespace MessageBuilder

} // namespace Mailscope
