#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Mailscope {

struct Envelope;

struct MailAddress {
    QString name; // display name, decoded; empty if none
    QString address; // local@domain

    // "Name <address>", or the bare address when there is no name.
    [[nodiscard]] QString toString() const;
    friend bool operator==(const MailAddress &, const MailAddress &) = default;
};

struct HeaderField {
    QString name;
    QByteArray rawValue; // as received (may be folded, may hold encoded words)
    QString value; // unfolded, RFC 2047 words decoded, in Unicode
};

// One node of the MIME tree. Leaf parts carry their decoded size; text parts
// that may be shown as a body also carry their text.
struct MimePart {
    int index = 0; // position in a depth-first walk, 0 = the message's root part
    QString path; // child positions from the root, "1.2"; empty for the root
    QString contentType; // lower case, "text/plain"
    QString charset;
    QString transferEncoding; // lower case as declared, empty if none
    QString disposition; // "inline", "attachment" or empty
    QString fileName; // RFC 2231 / RFC 2047 decoded
    QString contentId; // without angle brackets
    qint64 size = 0; // decoded bytes of a leaf part
    bool isSigned = false;
    bool isEncrypted = false;
    QString text; // decoded text of a text/plain or text/html leaf (possibly cut short)
    bool textTruncated = false;
    QList<MimePart> children;

    [[nodiscard]] bool isMultipart() const { return contentType.startsWith(QLatin1String("multipart/")); }
    [[nodiscard]] bool isMessage() const { return contentType == QLatin1String("message/rfc822"); }
};

struct Attachment {
    int partIndex = 0; // MimePart::index, to fetch the bytes
    QString fileName;
    QString contentType;
    qint64 size = 0;
    QString contentId;
    bool isInline = false; // shown within the body (e.g. a cid: image) rather than attached
};

struct ParsedMessage {
    bool isValid = false; // false only when nothing at all could be read
    QString subject;
    QList<MailAddress> from;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QList<MailAddress> replyTo;
    QList<MailAddress> bcc; // only what a Bcc header shows; see blindCopyRecipients()
    QDateTime date; // invalid if missing or unreadable
    QString messageId; // without angle brackets
    QList<HeaderField> headers; // in order of appearance
    MimePart root;
    QString textBody;
    QString htmlBody;
    QList<Attachment> attachments;
    QStringList warnings; // what the parser had to work around

    [[nodiscard]] const MimePart *part(int index) const;
    [[nodiscard]] QString header(const QString &name) const; // first field of that name, decoded
};

// Envelope recipients that neither To nor Cc name: the blind copies (case-insensitive).
[[nodiscard]] QStringList blindCopyRecipients(const ParsedMessage &message, const Envelope &envelope);

} // namespace Mailscope
