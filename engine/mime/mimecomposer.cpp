#include "mime/private/gmimehandles.h"

#include "mime/mimecomposer.h"

namespace Mailscope::MimeComposer {

namespace {

using GMime::GObjectPtr;
using GMime::GString8;

struct FormatOptionsFree {
    void operator()(GMimeFormatOptions* options) const { g_mime_format_options_free(options); }
};

void addAddresses(GMimeMessage* message, GMimeAddressType type, const QList<MailAddress>& addresses)
{
    InternetAddressList* list = g_mime_message_get_addresses(message, type);
    for (const MailAddress& address : addresses) {
        if (address.address.isEmpty())
            continue;
        GObjectPtr<InternetAddress> mailbox(
            internet_address_mailbox_new(address.name.isEmpty() ? nullptr : address.name.toUtf8().constData(),
                address.address.toUtf8().constData()));
        internet_address_list_add(list, mailbox.get());
    }
}

void setContent(GMimePart* part, const QByteArray& bytes)
{
    GObjectPtr<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size())));
    GObjectPtr<GMimeDataWrapper> wrapper(
        g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(part, wrapper.get());
}

// Whatever fits 7-bit transport best: 7bit as it is, quoted-printable, or base64.
void setBestEncoding(GMimePart* part)
{
    g_mime_part_set_content_encoding(
        part, g_mime_part_get_best_content_encoding(part, GMIME_ENCODING_CONSTRAINT_7BIT));
}

// Always UTF-8: g_mime_text_part_set_text() would pick the smallest charset (ISO-8859-1 for "ö").
GObjectPtr<GMimeObject> textPart(const char* subtype, const QString& text)
{
    QString body = text;
    body.replace(QLatin1String("\r\n"), QLatin1String("\n")); // the writer makes every line end CRLF
    if (!body.isEmpty() && !body.endsWith(u'\n'))
        body += u'\n';
    GMimeTextPart* part = g_mime_text_part_new_with_subtype(subtype);
    setContent(GMIME_PART(part), body.toUtf8());
    g_mime_text_part_set_charset(part, "utf-8");
    setBestEncoding(GMIME_PART(part));
    return GObjectPtr<GMimeObject>(GMIME_OBJECT(part));
}

// The writer makes every line end of a 7bit or quoted-printable part CRLF: a file's bytes survive
// that only when they have no lone LF or CR.
bool hasCrlfLineEnds(const QByteArray& bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const bool loneCr = bytes.at(i) == '\r' && (i + 1 == bytes.size() || bytes.at(i + 1) != '\n');
        const bool loneLf = bytes.at(i) == '\n' && (i == 0 || bytes.at(i - 1) != '\r');
        if (loneCr || loneLf)
            return false;
    }
    return true;
}

GObjectPtr<GMimeObject> attachmentPart(const DraftAttachment& attachment)
{
    const QByteArray type = attachment.contentType.isEmpty() ? QByteArrayLiteral("application/octet-stream")
                                                             : attachment.contentType.toUtf8();
    GObjectPtr<GMimeContentType> contentType(g_mime_content_type_parse(nullptr, type.constData()));
    GMimePart* part = g_mime_part_new_with_type(g_mime_content_type_get_media_type(contentType.get()),
        g_mime_content_type_get_media_subtype(contentType.get()));
    setContent(part, attachment.content);
    // Text stays readable; anything else goes as base64, which keeps every byte.
    if (g_mime_content_type_is_type(contentType.get(), "text", "*") && hasCrlfLineEnds(attachment.content))
        setBestEncoding(part);
    else
        g_mime_part_set_content_encoding(part, GMIME_CONTENT_ENCODING_BASE64);
    const bool isInline = !attachment.contentId.isEmpty();
    g_mime_object_set_disposition(GMIME_OBJECT(part), isInline ? "inline" : "attachment");
    if (!attachment.fileName.isEmpty())
        g_mime_part_set_filename(part, attachment.fileName.toUtf8().constData());
    if (isInline)
        g_mime_part_set_content_id(part, attachment.contentId.toUtf8().constData());
    return GObjectPtr<GMimeObject>(GMIME_OBJECT(part));
}

GObjectPtr<GMimeObject> multipart(const char* subtype, std::vector<GObjectPtr<GMimeObject>> parts)
{
    if (parts.size() == 1)
        return std::move(parts.front());
    GMimeMultipart* multipart = g_mime_multipart_new_with_subtype(subtype);
    for (const GObjectPtr<GMimeObject>& part : parts)
        g_mime_multipart_add(multipart, part.get());
    return GObjectPtr<GMimeObject>(GMIME_OBJECT(multipart));
}

// text and HTML as alternatives; inline parts related to the HTML; attachments mixed around it all.
GObjectPtr<GMimeObject> body(const MessageDraft& message)
{
    std::vector<GObjectPtr<GMimeObject>> alternatives;
    if (!message.text.isEmpty() || message.html.isEmpty())
        alternatives.push_back(textPart("plain", message.text));
    if (!message.html.isEmpty())
        alternatives.push_back(textPart("html", message.html));
    std::vector<GObjectPtr<GMimeObject>> related;
    related.push_back(multipart("alternative", std::move(alternatives)));
    std::vector<GObjectPtr<GMimeObject>> mixed;
    for (const DraftAttachment& attachment : message.attachments)
        (attachment.contentId.isEmpty() ? mixed : related).push_back(attachmentPart(attachment));
    mixed.insert(mixed.begin(), multipart("related", std::move(related)));
    return multipart("mixed", std::move(mixed));
}

// The sender's domain; a null or local sender gets a name that is no one's (RFC 6761 .localhost).
QByteArray messageIdDomain(const QString& from)
{
    const qsizetype at = from.lastIndexOf(u'@');
    return at > 0 && at + 1 < from.size() ? from.mid(at + 1).toUtf8()
                                          : QByteArrayLiteral("mailscope.localhost");
}

} // namespace

QByteArray compose(const MessageDraft& message)
{
    GMime::ensureInitialized();
    GObjectPtr<GMimeMessage> mime(g_mime_message_new(TRUE));
    addAddresses(mime.get(), GMIME_ADDRESS_TYPE_FROM, { message.from });
    addAddresses(mime.get(), GMIME_ADDRESS_TYPE_TO, message.to);
    addAddresses(mime.get(), GMIME_ADDRESS_TYPE_CC, message.cc);
    addAddresses(mime.get(), GMIME_ADDRESS_TYPE_REPLY_TO, message.replyTo);
    g_mime_message_set_subject(mime.get(), message.subject.toUtf8().constData(), "utf-8");

    const QDateTime date = message.date.isValid() ? message.date : QDateTime::currentDateTime();
    GTimeZone* zone = g_time_zone_new_offset(date.offsetFromUtc());
    GDateTime* when = g_date_time_new_from_unix_utc(date.toSecsSinceEpoch());
    GDateTime* local = g_date_time_to_timezone(when, zone);
    g_mime_message_set_date(mime.get(), local);
    g_date_time_unref(local);
    g_date_time_unref(when);
    g_time_zone_unref(zone);

    bool hasMessageId = false;
    for (const auto& [name, value] : message.headers) {
        hasMessageId = hasMessageId || name.compare(QLatin1String("Message-ID"), Qt::CaseInsensitive) == 0;
        g_mime_object_append_header(
            GMIME_OBJECT(mime.get()), name.toUtf8().constData(), value.toUtf8().constData(), "utf-8");
    }
    if (!hasMessageId) {
        const GString8 id(
            g_mime_utils_generate_message_id(messageIdDomain(message.from.address).constData()));
        g_mime_message_set_message_id(mime.get(), id.get());
    }
    g_mime_message_set_mime_part(mime.get(), body(message).get());

    const std::unique_ptr<GMimeFormatOptions, FormatOptionsFree> options(g_mime_format_options_new());
    g_mime_format_options_set_newline_format(options.get(), GMIME_NEWLINE_FORMAT_DOS);
    GObjectPtr<GMimeStream> out(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(GMIME_OBJECT(mime.get()), options.get(), out.get());
    const GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
    return QByteArray(reinterpret_cast<const char*>(bytes->data), qsizetype(bytes->len));
}

} // namespace Mailscope::MimeComposer
