#include "messagepage.h"

#include "messagebody.h"
#include "reporthtml.h"

#include "mime/mimeparser.h"
#include "store/messagestore.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>

namespace Mailscope::Report {

namespace {

// Types a browser would render or run when the saved file is opened from the report: they get a
// ".txt" suffix so that the browser shows their source instead.
bool isActiveContent(const QString& fileName)
{
    static const QStringList suffixes { QStringLiteral("html"), QStringLiteral("htm"),
        QStringLiteral("xhtml"), QStringLiteral("xht"), QStringLiteral("shtml"), QStringLiteral("svg"),
        QStringLiteral("svgz"), QStringLiteral("xml"), QStringLiteral("xsl"), QStringLiteral("xslt"),
        QStringLiteral("mht"), QStringLiteral("mhtml"), QStringLiteral("js"), QStringLiteral("mjs"),
        QStringLiteral("hta") };
    const qsizetype dot = fileName.lastIndexOf(u'.');
    return dot >= 0 && suffixes.contains(fileName.mid(dot + 1).toLower());
}

QString fallbackName(const Attachment& attachment)
{
    static const QMimeDatabase types;
    QString suffix = attachment.contentType == QLatin1String("message/rfc822")
        ? QStringLiteral("eml")
        : types.mimeTypeForName(attachment.contentType).preferredSuffix();
    return QStringLiteral("part-%1.%2")
        .arg(attachment.partIndex)
        .arg(suffix.isEmpty() ? QStringLiteral("bin") : suffix);
}

QList<SavedPart> saveParts(
    const QString& rawPath, const ParsedMessage& parsed, const QDir& folder, QString* error)
{
    QList<SavedPart> saved;
    if (parsed.attachments.isEmpty())
        return saved;
    if (!folder.mkpath(QStringLiteral("."))) {
        *error = QStringLiteral("cannot create the folder %1").arg(folder.path());
        return saved;
    }
    QSet<QString> taken;
    for (const Attachment& attachment : parsed.attachments) {
        QString name = safeFileName(attachment.fileName, fallbackName(attachment));
        const bool renamed = isActiveContent(name);
        if (renamed)
            name += QStringLiteral(".txt");
        name = uniqueFileName(name, taken);
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
            return saved;
        }
        // A part GMime cannot decode stays an empty file: the .eml beside it has the bytes.
        (void)MimeParser::writePartContent(rawPath, attachment.partIndex, file);
        saved.append({ attachment, name, renamed });
    }
    return saved;
}

QString parameterText(const MailParameters& parameters)
{
    QStringList list;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        list << (it.value().isNull() ? QString::fromUtf8(it.key())
                                     : QString::fromUtf8(it.key()) + u'=' + QString::fromUtf8(it.value()));
    return list.join(u' ');
}

void writeFact(QTextStream& out, const QString& name, const QString& valueHtml)
{
    out << "<tr><th>" << escape(name) << "</th><td>" << valueHtml << "</td></tr>\n";
}

void writeEnvelope(QTextStream& out, const StoredMessage& message, const QString& sessionPage)
{
    const Envelope& envelope = message.envelope;
    out << "<section><h2>Envelope</h2>\n<table class=\"facts\">\n";
    QString from = QStringLiteral("<span class=\"mono\">&lt;") + escape(envelope.mailFrom)
        + QStringLiteral("&gt;</span>");
    if (!envelope.mailParameters.isEmpty())
        from += QStringLiteral(" <span class=\"params mono\">")
            + escape(parameterText(envelope.mailParameters)) + QStringLiteral("</span>");
    writeFact(out, QStringLiteral("MAIL FROM"), from);
    for (const Recipient& recipient : envelope.recipients) {
        QString to = QStringLiteral("<span class=\"mono\">&lt;") + escape(recipient.address)
            + QStringLiteral("&gt;</span>");
        if (!recipient.parameters.isEmpty())
            to += QStringLiteral(" <span class=\"params mono\">")
                + escape(parameterText(recipient.parameters)) + QStringLiteral("</span>");
        writeFact(out, QStringLiteral("RCPT TO"), to);
    }
    writeFact(out, QStringLiteral("Received"), escape(formatTime(message.received)));
    writeFact(out, QStringLiteral("Size"),
        escape(QStringLiteral("%1 (%2 bytes)").arg(formatSize(message.size)).arg(message.size)));
    QString client = escape(message.remoteAddress);
    if (!message.heloName.isEmpty())
        client += QStringLiteral(" <span class=\"muted\">HELO</span> ") + escape(message.heloName);
    writeFact(out, QStringLiteral("Client"), client);
    if (!message.transmissionType.isEmpty())
        writeFact(out, QStringLiteral("Protocol"), escape(message.transmissionType));
    if (!message.authUser.isEmpty())
        writeFact(out, QStringLiteral("AUTH user"), escape(message.authUser));
    writeFact(out, QStringLiteral("Session"),
        sessionPage.isEmpty()
            ? escape(message.sessionId) + QStringLiteral(" <span class=\"muted\">(not in the store)</span>")
            : QStringLiteral("<a href=\"%1\">%2</a>")
                  .arg(href(QStringLiteral("../") + sessionPage), escape(message.sessionId)));
    out << "</table></section>\n";
}

QString addressList(const QList<MailAddress>& addresses)
{
    QStringList list;
    for (const MailAddress& address : addresses)
        list << address.toString();
    return escape(list.join(QStringLiteral(", ")));
}

// What a mail client shows above a message, from its headers.
void writeSummary(QTextStream& out, const ParsedMessage& parsed, const Envelope& envelope)
{
    out << "<section><h2>Message</h2>\n<table class=\"facts\">\n";
    writeFact(out, QStringLiteral("From"), addressList(parsed.from));
    writeFact(out, QStringLiteral("To"), addressList(parsed.to));
    if (!parsed.cc.isEmpty())
        writeFact(out, QStringLiteral("Cc"), addressList(parsed.cc));
    const QStringList blind = blindCopyRecipients(parsed, envelope);
    if (!blind.isEmpty())
        writeFact(out, QStringLiteral("Bcc"),
            escape(blind.join(QStringLiteral(", ")))
                + QStringLiteral(" <span class=\"muted\">(in the envelope only)</span>"));
    if (!parsed.replyTo.isEmpty())
        writeFact(out, QStringLiteral("Reply-To"), addressList(parsed.replyTo));
    const QString date
        = parsed.date.isValid() ? formatTime(parsed.date) : parsed.header(QStringLiteral("Date"));
    writeFact(out, QStringLiteral("Date"),
        date.isEmpty() ? QStringLiteral("<span class=\"muted\">no Date header</span>") : escape(date));
    if (!parsed.messageId.isEmpty())
        writeFact(out, QStringLiteral("Message-ID"),
            QStringLiteral("<span class=\"mono\">") + escape(parsed.messageId) + QStringLiteral("</span>"));
    out << "</table></section>\n";
}

void writeHeaders(QTextStream& out, const ParsedMessage& parsed)
{
    out << "<h2>Headers</h2>\n";
    if (parsed.headers.isEmpty()) {
        out << "<p class=\"empty\">No headers could be read.</p>\n";
        return;
    }
    out << "<table class=\"headers\"><thead><tr><th>Name</th><th>Value</th></tr></thead><tbody>\n";
    for (const HeaderField& field : parsed.headers)
        out << "<tr><td class=\"nowrap mono\">" << escape(field.name) << "</td><td>" << escape(field.value)
            << "</td></tr>\n";
    out << "</tbody></table>\n";
}

void writeAttachments(QTextStream& out, qint64 id, const QList<SavedPart>& parts)
{
    out << "<h2>Attachments and parts</h2>\n";
    if (parts.isEmpty()) {
        out << "<p class=\"empty\">None.</p>\n";
        return;
    }
    out << "<table><thead><tr><th>File</th><th>Type</th><th "
           "class=\"num\">Size</th><th>Shown</th><th>Content-ID</th>"
           "</tr></thead><tbody>\n";
    for (const SavedPart& part : parts) {
        out << "<tr><td><a href=\"" << href(QString::number(id) + u'/' + part.fileName) << "\">"
            << escape(part.fileName) << "</a>";
        if (part.attachment.fileName != part.fileName && !part.attachment.fileName.isEmpty())
            out << " <span class=\"muted\">(named “" << escape(part.attachment.fileName) << "” in the message"
                << (part.renamedForSafety ? QStringLiteral("; .txt added so that a browser shows its source")
                                          : QString())
                << ")</span>";
        out << "</td><td class=\"mono\">" << escape(part.attachment.contentType) << "</td><td class=\"num\">"
            << escape(formatSize(part.attachment.size)) << "</td><td>"
            << (part.attachment.isInline ? "inline" : "attachment") << "</td><td class=\"mono\">"
            << escape(part.attachment.contentId) << "</td></tr>\n";
    }
    out << "</tbody></table>\n";
}

} // namespace

QString messagePageName(qint64 id)
{
    return QString::number(id) + QStringLiteral(".html");
}

MessagePageResult writeMessagePage(const MessageStore& store, const StoredMessage& message,
    const QDir& messagesDir, const QString& sessionPage)
{
    MessagePageResult result;
    const QString id = QString::number(message.id);
    const QString rawPath = store.rawFilePath(message.id);
    const QString emlPath = messagesDir.filePath(id + QStringLiteral(".eml"));
    QFile::remove(emlPath);
    if (!QFile::copy(rawPath, emlPath)) {
        result.error = QStringLiteral("cannot copy message %1 to %2").arg(id, emlPath);
        return result;
    }
    const ParsedMessage parsed = MimeParser::parseFile(rawPath);
    const QList<SavedPart> parts = saveParts(rawPath, parsed, QDir(messagesDir.filePath(id)), &result.error);
    if (!result.error.isEmpty())
        return result;
    result.attachments = parts.size();
    const QString bodyName = id + QStringLiteral(".body.html");
    if (!parsed.htmlBody.isEmpty()
        && !writeHtmlBody(messagesDir.filePath(bodyName), parsed.htmlBody, id, parts, &result.error))
        return result;

    PageFile page(messagesDir.filePath(messagePageName(message.id)));
    if (!page.open(&result.error))
        return result;
    QTextStream& out = page.out();
    const QString subject = message.subject.isEmpty() ? QStringLiteral("(no subject)") : message.subject;
    writePageStart(out, subject, QStringLiteral("../report.css"));
    out << "<nav><a href=\"../index.html\">← All messages</a><a href=\"" << href(id + QStringLiteral(".eml"))
        << "\">Raw message (.eml)</a>";
    if (!sessionPage.isEmpty())
        out << "<a href=\"" << href(QStringLiteral("../") + sessionPage) << "\">Session transcript</a>";
    out << "</nav>\n<h1>" << escape(subject) << "</h1>\n<p class=\"muted\">Message " << id << " · "
        << escape(formatTime(message.received)) << " · " << escape(formatSize(message.size)) << "</p>\n";
    out << "<div class=\"columns\">\n";
    writeSummary(out, parsed, message.envelope);
    writeEnvelope(out, message, sessionPage);
    out << "</div>\n";
    if (!parsed.isValid)
        out << "<p class=\"note-box\">The message could not be read as MIME; the .eml file has its "
               "bytes.</p>\n";
    for (const QString& warning : parsed.warnings)
        out << "<p class=\"note-box\">" << escape(warning) << "</p>\n";
    if (!parsed.htmlBody.isEmpty()) {
        out << "<h2>HTML part <a class=\"muted\" href=\"" << href(bodyName) << "\">open on its own</a></h2>\n"
            << "<p class=\"muted\">Shown without scripts and without remote content (images, fonts and style "
               "sheets "
               "from the network are blocked).</p>\n"
            // No allow-scripts: the part runs nothing, so allow-same-origin gives it nothing to abuse; it is
            // what lets a browser load the saved cid: images from file:// (an opaque origin may not). Links
            // open in a new tab (allow-popups with <base target="_blank"> in the part's file).
            << "<iframe class=\"html-body\" sandbox=\"allow-same-origin allow-popups "
               "allow-popups-to-escape-sandbox\" referrerpolicy=\"no-referrer\" src=\""
            << href(bodyName) << "\" title=\"HTML part\"></iframe>\n";
    }
    out << "<h2>Text part</h2>\n";
    if (parsed.textBody.isEmpty())
        out << "<p class=\"empty\">No text part.</p>\n";
    else
        out << "<pre class=\"text\">" << escape(parsed.textBody) << "</pre>\n";
    writeAttachments(out, message.id, parts);
    writeHeaders(out, parsed);
    writePageEnd(out);
    (void)page.commit(&result.error);
    return result;
}

} // namespace Mailscope::Report
