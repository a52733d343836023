// GMime's headers come first: GLib names a struct member `signals` (Qt keywords are off too).
#include "mime/private/gmimehandles.h"

#include <fcntl.h>

#include "mime/mimeparser.h"

#include "mime/bodyselection.h"
#include "mime/charsettext.h"

#include <QBuffer>
#include <QFile>
#include <QIODevice>
#include <memory>
#include <mutex>

namespace Mailscope::MimeParser {

namespace {

using GMime::GFree;
using GMime::GObjectPtr;

// CR LF becomes LF, in one pass (QString::replace moves the tail once per line).
void dropCarriageReturns(QString &text)
{
    const qsizetype first = text.indexOf(QLatin1String("\r\n"));
    if (first < 0)
        return;
    QChar *chars = text.data();
    const qsizetype size = text.size();
    qsizetype out = first;
    for (qsizetype in = first; in < size; ++in) {
        if (chars[in] == u'\r' && in + 1 < size && chars[in + 1] == u'\n')
            continue;
        chars[out++] = chars[in];
    }
    text.truncate(out);
}
using GMime::GString8;
using GMime::ensureInitialized;

struct ParserOptionsFree {
    void operator()(GMimeParserOptions *options) const { g_mime_parser_options_free(options); }
};
using ParserOptionsPtr = std::unique_ptr<GMimeParserOptions, ParserOptionsFree>;

constexpr qsizetype MaxWarnings = 50;
constexpr qint64 CopyChunk = 64 * 1024;

QString text(const char *utf8)
{
    return utf8 ? QString::fromUtf8(utf8) : QString();
}

QString lowerText(const char *utf8)
{
    return text(utf8).trimmed().toLower();
}

void collectWarning(gint64 offset, GMimeParserWarning code, const gchar *item, gpointer userData)
{
    auto *warnings = static_cast<QStringList *>(userData);
    if (warnings->size() < MaxWarnings)
        warnings->append(QStringLiteral("offset %1: GMime warning %2 %3")
                             .arg(offset)
                             .arg(int(code))
                             .arg(QString::fromUtf8(item ? item : "").left(200)));
}

// One parse: the options (with the warning sink), the stream and the resulting message.
struct ParseRun {
    QStringList warnings;
    ParserOptionsPtr options { g_mime_parser_options_new() };
    GObjectPtr<GMimeMessage> message;

    ParseRun()
    {
        // Unlabelled 8-bit text is far more often UTF-8 or Windows' Latin-1 than anything else.
        const char *fallback[] = { "UTF-8", "windows-1252", nullptr };
        g_mime_parser_options_set_fallback_charsets(options.get(), fallback);
        g_mime_parser_options_set_warning_callback(options.get(), collectWarning, &warnings);
    }

    void parse(GMimeStream *stream)
    {
        GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream));
        g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
        message.reset(g_mime_parser_construct_message(parser.get(), options.get()));
    }
};

// Reads a part's content with its transfer encoding undone, chunk by chunk.
class DecodedReader {
public:
    explicit DecodedReader(GMimePart *part)
    {
        GMimeDataWrapper *content = g_mime_part_get_content(part);
        GMimeStream *source = content ? g_mime_data_wrapper_get_stream(content) : nullptr;
        if (!source)
            return;
        g_mime_stream_reset(source);
        m_stream.reset(g_mime_stream_filter_new(source));
        const GMimeContentEncoding encoding = g_mime_data_wrapper_get_encoding(content);
        if (encoding == GMIME_CONTENT_ENCODING_BASE64 || encoding == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE
            || encoding == GMIME_CONTENT_ENCODING_UUENCODE) {
            GObjectPtr<GMimeFilter> decoder(g_mime_filter_basic_new(encoding, FALSE));
            g_mime_stream_filter_add(GMIME_STREAM_FILTER(m_stream.get()), decoder.get());
        }
    }

    // Empty at the end (or on a read error, which ends a best-effort read just the same).
    QByteArray next(qint64 maxBytes = CopyChunk)
    {
        if (!m_stream)
            return {};
        QByteArray chunk(qsizetype(qMin(maxBytes, CopyChunk)), Qt::Uninitialized);
        const ssize_t got = g_mime_stream_read(m_stream.get(), chunk.data(), size_t(chunk.size()));
        chunk.resize(got > 0 ? qsizetype(got) : 0);
        return chunk;
    }

private:
    GObjectPtr<GMimeStream> m_stream;
};

// The children of a node, in the order that defines MimePart::index.
QList<GMimeObject *> childrenOf(GMimeObject *object)
{
    QList<GMimeObject *> children;
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *multipart = GMIME_MULTIPART(object);
        const int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count; ++i) {
            if (GMimeObject *child = g_mime_multipart_get_part(multipart, i))
                children.append(child);
        }
    } else if (GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        if (GMimeObject *root = inner ? g_mime_message_get_mime_part(inner) : nullptr)
            children.append(root);
    }
    return children;
}

QString childPath(const QString &parent, int position)
{
    const QString number = QString::number(position + 1);
    return parent.isEmpty() ? number : parent + QLatin1Char('.') + number;
}

bool isDisplayableText(const MimePart &part)
{
    return (part.contentType == QLatin1String("text/plain") || part.contentType == QLatin1String("text/html"))
        && part.disposition != QLatin1String("attachment");
}

// Builds the MimePart tree from GMime's objects.
class TreeBuilder {
public:
    TreeBuilder(ParseRun &run, const Options &options)
        : m_run(run)
        , m_options(options)
    {
    }

    MimePart build(GMimeObject *object, const QString &path, int depth)
    {
        MimePart part = describe(object);
        part.index = m_nextIndex++;
        part.path = path;
        const QList<GMimeObject *> children = childrenOf(object);
        if (!children.isEmpty() && depth >= m_options.maxDepth) {
            m_run.warnings.append(
                QStringLiteral("parts nested deeper than %1 left out").arg(m_options.maxDepth));
            return part;
        }
        for (int i = 0; i < children.size(); ++i)
            part.children.append(build(children.at(i), childPath(path, i), depth + 1));
        if (GMIME_IS_MESSAGE_PART(object))
            part.size = embeddedMessageSize(GMIME_MESSAGE_PART(object));
        else if (GMIME_IS_PART(object))
            readLeaf(GMIME_PART(object), part);
        return part;
    }

private:
    MimePart describe(GMimeObject *object)
    {
        MimePart part;
        GMimeContentType *type = g_mime_object_get_content_type(object);
        part.contentType = type ? lowerText(g_mime_content_type_get_media_type(type)) + QLatin1Char('/')
                + lowerText(g_mime_content_type_get_media_subtype(type))
                                : QStringLiteral("text/plain");
        part.charset = lowerText(type ? g_mime_content_type_get_parameter(type, "charset") : nullptr);
        part.transferEncoding = lowerText(g_mime_object_get_header(object, "Content-Transfer-Encoding"));
        part.disposition = lowerText(g_mime_object_get_disposition(object));
        part.contentId = text(g_mime_object_get_content_id(object));
        if (GMIME_IS_PART(object))
            part.fileName = text(g_mime_part_get_filename(GMIME_PART(object)));
        else if (const char *name = type ? g_mime_content_type_get_parameter(type, "name") : nullptr)
            part.fileName = text(name);
        part.isSigned = GMIME_IS_MULTIPART_SIGNED(object);
        part.isEncrypted = GMIME_IS_MULTIPART_ENCRYPTED(object)
            || part.contentType == QLatin1String("application/pgp-encrypted");
        if (GMIME_IS_APPLICATION_PKCS7_MIME(object)) {
            const GMimeSecureMimeType kind
                = g_mime_application_pkcs7_mime_get_smime_type(GMIME_APPLICATION_PKCS7_MIME(object));
            part.isEncrypted = part.isEncrypted || kind == GMIME_SECURE_MIME_TYPE_ENVELOPED_DATA;
            part.isSigned = kind == GMIME_SECURE_MIME_TYPE_SIGNED_DATA;
        }
        return part;
    }

    // Counts the decoded bytes (streaming) and keeps the text of a part that may be shown as a body.
    void readLeaf(GMimePart *leaf, MimePart &part)
    {
        const bool keepText = isDisplayableText(part);
        QByteArray bytes;
        DecodedReader reader(leaf);
        for (QByteArray chunk = reader.next(); !chunk.isEmpty(); chunk = reader.next()) {
            part.size += chunk.size();
            if (!keepText)
                continue;
            const qint64 room = m_options.textLimit - bytes.size();
            if (room < chunk.size())
                part.textTruncated = true;
            if (room > 0)
                bytes.append(chunk.constData(), qsizetype(qMin<qint64>(room, chunk.size())));
        }
        if (keepText) {
            part.text = textFromCharset(bytes, part.charset, m_run.warnings);
            dropCarriageReturns(part.text);
        }
    }

    static qint64 embeddedMessageSize(GMimeMessagePart *messagePart)
    {
        GMimeMessage *inner = g_mime_message_part_get_message(messagePart);
        if (!inner)
            return 0;
        GObjectPtr<GMimeStream> counter(g_mime_stream_null_new());
        g_mime_object_write_to_stream(GMIME_OBJECT(inner), nullptr, counter.get());
        return qint64(GMIME_STREAM_NULL(counter.get())->written);
    }

    ParseRun &m_run;
    const Options &m_options;
    int m_nextIndex = 0;
};

QList<MailAddress> addressesOf(InternetAddressList *list, int depth = 0)
{
    QList<MailAddress> addresses;
    const int count = list ? internet_address_list_length(list) : 0;
    for (int i = 0; i < count; ++i) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
            addresses.append({ text(internet_address_get_name(address)).trimmed(),
                text(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address))) });
        } else if (INTERNET_ADDRESS_IS_GROUP(address) && depth < 2) {
            addresses += addressesOf(
                internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)), depth + 1);
        }
    }
    return addresses;
}

QList<HeaderField> headersOf(GMimeObject *object, ParseRun &run)
{
    QList<HeaderField> fields;
    GMimeHeaderList *list = g_mime_object_get_header_list(object);
    const int count = list ? g_mime_header_list_get_count(list) : 0;
    for (int i = 0; i < count; ++i) {
        GMimeHeader *header = g_mime_header_list_get_header_at(list, i);
        const char *raw = g_mime_header_get_raw_value(header);
        HeaderField field { text(g_mime_header_get_name(header)), QByteArray(raw ? raw : "").trimmed(), {} };
        const GString8 unfolded(g_mime_utils_header_unfold(raw ? raw : ""));
        const GString8 decoded(g_mime_utils_header_decode_text(run.options.get(), unfolded.get()));
        field.value = text(decoded.get()).trimmed();
        fields.append(field);
    }
    return fields;
}

QDateTime dateOf(GMimeMessage *message)
{
    GDateTime *date = g_mime_message_get_date(message); // owned by the message
    if (!date)
        return {};
    return QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::OffsetFromUTC,
        int(g_date_time_get_utc_offset(date) / G_TIME_SPAN_SECOND));
}

ParsedMessage readStream(GMimeStream *stream, const Options &options)
{
    ParsedMessage result;
    ParseRun run;
    if (stream)
        run.parse(stream);
    GMimeMessage *message = run.message.get();
    if (!message) {
        run.warnings.append(QStringLiteral("no message could be read"));
        result.warnings = run.warnings;
        return result;
    }
    result.isValid = true;
    result.subject = text(g_mime_message_get_subject(message)).trimmed();
    result.from = addressesOf(g_mime_message_get_from(message));
    result.to = addressesOf(g_mime_message_get_to(message));
    result.cc = addressesOf(g_mime_message_get_cc(message));
    result.bcc = addressesOf(g_mime_message_get_bcc(message));
    result.replyTo = addressesOf(g_mime_message_get_reply_to(message));
    result.date = dateOf(message);
    result.messageId = text(g_mime_message_get_message_id(message));
    result.headers = headersOf(GMIME_OBJECT(message), run);
    if (GMimeObject *root = g_mime_message_get_mime_part(message))
        result.root = TreeBuilder(run, options).build(root, QString(), 0);
    selectBodies(result);
    result.warnings = run.warnings;
    return result;
}

GObjectPtr<GMimeStream> openFile(const QString &path, qint64 start = 0)
{
    GError *error = nullptr;
    GObjectPtr<GMimeStream> stream(
        g_mime_stream_fs_open(QFile::encodeName(path).constData(), O_RDONLY, 0, &error));
    if (error)
        g_error_free(error);
    if (stream && start > 0)
        g_mime_stream_seek(stream.get(), start, GMIME_STREAM_SEEK_SET);
    return stream;
}

// Finds the part numbered `target` in the same order TreeBuilder numbers them.
GMimeObject *findObject(GMimeObject *object, int target, int &index, int depth, int maxDepth)
{
    if (index++ == target)
        return object;
    if (depth >= maxDepth)
        return nullptr;
    const QList<GMimeObject *> children = childrenOf(object);
    for (GMimeObject *child : children) {
        if (GMimeObject *found = findObject(child, target, index, depth + 1, maxDepth))
            return found;
    }
    return nullptr;
}

bool writeMessageBytes(GMimeMessagePart *messagePart, QIODevice &out)
{
    GMimeMessage *inner = g_mime_message_part_get_message(messagePart);
    GObjectPtr<GMimeStream> memory(g_mime_stream_mem_new());
    if (!inner || g_mime_object_write_to_stream(GMIME_OBJECT(inner), nullptr, memory.get()) < 0)
        return false;
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(memory.get()));
    return out.write(reinterpret_cast<const char *>(bytes->data), qint64(bytes->len)) == qint64(bytes->len);
}

} // namespace

ParsedMessage parseFile(const QString &path, const Options &options)
{
    ensureInitialized();
    GObjectPtr<GMimeStream> stream = openFile(path);
    ParsedMessage result = readStream(stream.get(), options);
    if (!stream)
        result.warnings.prepend(QStringLiteral("cannot open %1").arg(path));
    return result;
}

ParsedMessage parse(QIODevice &device, const Options &options)
{
    ensureInitialized();
    auto *file = qobject_cast<QFile *>(&device);
    if (file && !file->fileName().isEmpty() && !file->isSequential()) {
        GObjectPtr<GMimeStream> stream = openFile(file->fileName(), file->pos());
        if (stream)
            return readStream(stream.get(), options);
    }
    GObjectPtr<GMimeStream> memory(g_mime_stream_mem_new());
    for (QByteArray chunk = device.read(CopyChunk); !chunk.isEmpty(); chunk = device.read(CopyChunk))
        g_mime_stream_write(memory.get(), chunk.constData(), size_t(chunk.size()));
    g_mime_stream_reset(memory.get());
    return readStream(memory.get(), options);
}

ParsedMessage parse(const QByteArray &raw, const Options &options)
{
    ensureInitialized();
    GObjectPtr<GMimeStream> memory(g_mime_stream_mem_new_with_buffer(raw.constData(), size_t(raw.size())));
    return readStream(memory.get(), options);
}

bool writePartContent(const QString &messagePath, int partIndex, QIODevice &out)
{
    ensureInitialized();
    GObjectPtr<GMimeStream> stream = openFile(messagePath);
    if (!stream || partIndex < 0)
        return false;
    ParseRun run;
    run.parse(stream.get());
    GMimeObject *root = run.message ? g_mime_message_get_mime_part(run.message.get()) : nullptr;
    int index = 0;
    GMimeObject *found = root ? findObject(root, partIndex, index, 0, Options().maxDepth) : nullptr;
    if (found && GMIME_IS_MESSAGE_PART(found))
        return writeMessageBytes(GMIME_MESSAGE_PART(found), out);
    if (!found || !GMIME_IS_PART(found))
        return false;
    DecodedReader reader(GMIME_PART(found));
    for (QByteArray chunk = reader.next(); !chunk.isEmpty(); chunk = reader.next()) {
        if (out.write(chunk) != chunk.size())
            return false;
    }
    return true;
}

QByteArray partContent(const QString &messagePath, int partIndex)
{
    QByteArray content;
    QBuffer buffer(&content);
    buffer.open(QIODevice::WriteOnly);
    return writePartContent(messagePath, partIndex, buffer) ? content : QByteArray();
}

} // namespace Mailscope::MimeParser
