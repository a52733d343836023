#include "apijson.h"

#include "settings.h"
#include "store/messagestore.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace Mailscope::ApiJson {

namespace {

QString hashOf(const QByteArray& content, QCryptographicHash::Algorithm algorithm)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, algorithm).toHex());
}

const MimePart* findByPath(const MimePart& part, const QString& path)
{
    if (part.path == path)
        return &part;
    for (const MimePart& child : part.children)
        if (path.startsWith(child.path))
            if (const MimePart* found = findByPath(child, path))
                return found;
    return nullptr;
}

// Go's textproto joins a folded header's lines with one space.
QString unfold(const QByteArray& rawValue)
{
    QStringList lines;
    for (const QByteArray& line : rawValue.split('\n'))
        if (const QByteArray trimmed = line.trimmed(); !trimmed.isEmpty())
            lines << QString::fromUtf8(trimmed);
    return lines.join(u' ');
}

QString endpoint(const QHostAddress& address)
{
    return address.isNull() ? QString() : address.toString();
}

} // namespace

QString rfc3339(const QDateTime& time)
{
    if (!time.isValid())
        return QStringLiteral("0001-01-01T00:00:00Z");
    return time.toString(Qt::ISODateWithMs);
}

QJsonValue address(const MailAddress& address)
{
    if (address.address.isEmpty() && address.name.isEmpty())
        return QJsonValue::Null;
    return QJsonObject { { QStringLiteral("Name"), address.name },
        { QStringLiteral("Address"), address.address } };
}

QJsonArray addresses(const QList<MailAddress>& list)
{
    QJsonArray array;
    for (const MailAddress& a : list)
        array.append(address(a));
    return array;
}

QList<MailAddress> blindCopies(const StoredMessage& message)
{
    QSet<QString> named;
    for (const QList<MailAddress>* list : { &message.to, &message.cc })
        for (const MailAddress& a : *list)
            named.insert(a.address.toCaseFolded());
    QList<MailAddress> result;
    for (const Recipient& r : message.envelope.recipients)
        if (!named.contains(r.address.toCaseFolded()))
            result.append({ QString(), r.address });
    return result;
}

QJsonObject messageSummary(const StoredMessage& m)
{
    return QJsonObject {
        { QStringLiteral("ID"), QString::number(m.id) },
        { QStringLiteral("MessageID"), m.messageId },
        { QStringLiteral("Read"), m.isRead },
        { QStringLiteral("From"), address(m.from) },
        { QStringLiteral("To"), addresses(m.to) },
        { QStringLiteral("Cc"), addresses(m.cc) },
        { QStringLiteral("Bcc"), addresses(blindCopies(m)) },
        { QStringLiteral("ReplyTo"), QJsonArray() }, // not kept in the index; the message route has it
        { QStringLiteral("Subject"), m.subject },
        { QStringLiteral("Created"), rfc3339(m.received) },
        { QStringLiteral("Username"), m.authUser },
        { QStringLiteral("Tags"), QJsonArray::fromStringList(m.tags) },
        { QStringLiteral("Size"), m.size },
        { QStringLiteral("Attachments"), m.attachmentCount },
        { QStringLiteral("Snippet"), m.snippet },
    };
}

QString partId(const ParsedMessage& message, int partIndex)
{
    const MimePart* part = message.part(partIndex);
    return part && !part->path.isEmpty() ? part->path : QStringLiteral("0");
}

std::optional<int> partIndex(const ParsedMessage& message, const QString& partId)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]+(\\.[0-9]+)*$"));
    if (!shape.match(partId).hasMatch())
        return std::nullopt;
    const MimePart* part = findByPath(message.root, partId == QLatin1String("0") ? QString() : partId);
    if (!part || part->isMultipart())
        return std::nullopt;
    return part->index;
}

QJsonObject attachment(const Attachment& a, const QString& partId, const QByteArray& content)
{
    return QJsonObject {
        { QStringLiteral("PartID"), partId },
        { QStringLiteral("FileName"), a.fileName },
        { QStringLiteral("ContentType"), a.contentType },
        { QStringLiteral("ContentID"), a.contentId },
        { QStringLiteral("Size"), content.isNull() ? a.size : content.size() },
        { QStringLiteral("Checksums"),
            QJsonObject { { QStringLiteral("MD5"), hashOf(content, QCryptographicHash::Md5) },
                { QStringLiteral("SHA1"), hashOf(content, QCryptographicHash::Sha1) },
                { QStringLiteral("SHA256"), hashOf(content, QCryptographicHash::Sha256) } } },
    };
}

QJsonObject listUnsubscribe(const ParsedMessage& message)
{
    const QString header = message.header(QStringLiteral("List-Unsubscribe"));
    QJsonArray links;
    static const QRegularExpression bracketed(QStringLiteral("<([^>]*)>"));
    for (const QRegularExpressionMatch& match : bracketed.globalMatch(header))
        links.append(match.captured(1).trimmed());
    return QJsonObject {
        { QStringLiteral("Header"), header },
        { QStringLiteral("Links"), links },
        { QStringLiteral("Errors"),
            !header.isEmpty() && links.isEmpty() ? QStringLiteral("No valid unsubscribe links found")
                                                 : QString() },
        { QStringLiteral("HeaderPost"), message.header(QStringLiteral("List-Unsubscribe-Post")) },
    };
}

QJsonObject message(const StoredMessage& stored, const ParsedMessage& parsed, const QJsonArray& inlineParts,
    const QJsonArray& attachments)
{
    QList<MailAddress> bcc = parsed.bcc;
    for (const MailAddress& a : blindCopies(stored))
        if (std::none_of(bcc.cbegin(), bcc.cend(),
                [&](const MailAddress& b) { return b.address.compare(a.address, Qt::CaseInsensitive) == 0; }))
            bcc.append(a);
    QString returnPath = parsed.header(QStringLiteral("Return-Path")).trimmed();
    if (returnPath.startsWith(u'<') && returnPath.endsWith(u'>'))
        returnPath = returnPath.mid(1, returnPath.size() - 2);
    else if (returnPath.isEmpty())
        returnPath = stored.envelope.mailFrom;
    return QJsonObject {
        { QStringLiteral("ID"), QString::number(stored.id) },
        { QStringLiteral("MessageID"), parsed.messageId },
        { QStringLiteral("From"),
            parsed.from.isEmpty() ? QJsonValue::Null : address(parsed.from.constFirst()) },
        { QStringLiteral("To"), addresses(parsed.to) },
        { QStringLiteral("Cc"), addresses(parsed.cc) },
        { QStringLiteral("Bcc"), addresses(bcc) },
        { QStringLiteral("ReplyTo"), addresses(parsed.replyTo) },
        { QStringLiteral("ReturnPath"), returnPath },
        { QStringLiteral("Subject"), parsed.subject },
        { QStringLiteral("ListUnsubscribe"), listUnsubscribe(parsed) },
        { QStringLiteral("Date"), rfc3339(parsed.date.isValid() ? parsed.date : stored.received) },
        { QStringLiteral("Tags"), QJsonArray::fromStringList(stored.tags) },
        { QStringLiteral("Username"), stored.authUser },
        { QStringLiteral("Text"), parsed.textBody },
        { QStringLiteral("HTML"), parsed.htmlBody },
        { QStringLiteral("Size"), stored.size },
        { QStringLiteral("Inline"), inlineParts },
        { QStringLiteral("Attachments"), attachments },
    };
}

QString canonicalHeaderKey(const QString& name)
{
    QString key = name.toLower();
    bool upper = true;
    for (QChar& c : key) {
        if (upper)
            c = c.toUpper();
        upper = c == u'-';
    }
    return key;
}

QJsonObject headers(const QByteArray& headerBlock)
{
    QJsonObject object;
    QString key;
    QByteArray value;
    const auto flush = [&] {
        if (key.isEmpty())
            return;
        QJsonArray values = object.value(key).toArray();
        values.append(unfold(value));
        object.insert(key, values);
        key.clear();
    };
    for (QByteArray line : headerBlock.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break; // the end of the header block
        if (line.startsWith(' ') || line.startsWith('\t')) {
            value += '\n' + line; // a folded line continues the field before it
            continue;
        }
        flush();
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed();
        // RFC 5322 2.2: a field name is printable ASCII without spaces; anything else (an mbox
        // "From " line, garbage) is not a field and is skipped.
        if (colon <= 0 || name.isEmpty()
            || std::any_of(name.cbegin(), name.cend(), [](char c) { return c <= ' ' || c > '~'; }))
            continue;
        key = canonicalHeaderKey(QString::fromLatin1(name));
        value = line.mid(colon + 1);
    }
    flush();
    return object;
}

QString linkInlineParts(QString html, const ParsedMessage& message, const QString& messageId)
{
    for (const Attachment& a : message.attachments) {
        if (a.contentId.isEmpty())
            continue;
        const QString link
            = QStringLiteral("/api/v1/message/%1/part/%2").arg(messageId, partId(message, a.partIndex));
        html.replace(QStringLiteral("cid:") + a.contentId, link, Qt::CaseInsensitive);
    }
    return html;
}

QJsonObject mailParameters(const MailParameters& parameters)
{
    QJsonObject object;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        object.insert(QString::fromUtf8(it.key()),
            it.value().isNull() ? QJsonValue() : QJsonValue(QString::fromUtf8(it.value())));
    return object;
}

QJsonObject session(const SessionInfo& s)
{
    QJsonObject forwarded;
    for (auto it = s.forwarded.cbegin(); it != s.forwarded.cend(); ++it)
        forwarded.insert(it.key(), it.value());
    const QJsonValue tls = !s.tls.active
        ? QJsonValue(QJsonValue::Null)
        : QJsonObject { { QStringLiteral("protocol"), s.tls.protocol },
              { QStringLiteral("cipher"), s.tls.cipher }, { QStringLiteral("implicit"), s.tls.implicit },
              { QStringLiteral("serverName"), s.tls.serverName },
              { QStringLiteral("peerSubject"), s.tls.peerSubject } };
    return QJsonObject {
        { QStringLiteral("id"), s.id },
        { QStringLiteral("listener"), s.listener },
        { QStringLiteral("protocol"), protocolName(s.protocol) },
        { QStringLiteral("remoteAddress"), endpoint(s.remoteAddress) },
        { QStringLiteral("remotePort"), s.remotePort },
        { QStringLiteral("localAddress"), endpoint(s.localAddress) },
        { QStringLiteral("localPort"), s.localPort },
        { QStringLiteral("clientHostName"), s.clientHostName },
        { QStringLiteral("openingCommand"), QString::fromUtf8(s.openingCommand) },
        { QStringLiteral("heloName"), s.heloName },
        { QStringLiteral("transactionCount"), s.transactionCount },
        { QStringLiteral("transmissionType"), s.transmissionType },
        { QStringLiteral("started"),
            s.started.isValid() ? QJsonValue(rfc3339(s.started)) : QJsonValue::Null },
        { QStringLiteral("ended"), s.ended.isValid() ? QJsonValue(rfc3339(s.ended)) : QJsonValue::Null },
        { QStringLiteral("bytesIn"), s.bytesIn },
        { QStringLiteral("bytesOut"), s.bytesOut },
        { QStringLiteral("tls"), tls },
        { QStringLiteral("authUser"), s.authUser },
        { QStringLiteral("authMechanism"), s.authMechanism },
        { QStringLiteral("forwarded"), forwarded },
    };
}

QJsonObject transcriptLine(const TranscriptLine& line)
{
    static const QString names[]
        = { QStringLiteral("client"), QStringLiteral("server"), QStringLiteral("note") };
    return QJsonObject {
        { QStringLiteral("time"), rfc3339(line.time) },
        { QStringLiteral("direction"), names[int(line.direction)] },
        { QStringLiteral("text"), QString::fromUtf8(line.text) },
    };
}

QJsonObject listener(const ListenerConfig& config, int clients)
{
    return QJsonObject {
        { QStringLiteral("url"), config.url() },
        { QStringLiteral("protocol"), protocolName(config.protocol) },
        { QStringLiteral("host"), config.host },
        { QStringLiteral("port"), config.port },
        { QStringLiteral("implicitTls"), config.implicitTls },
        { QStringLiteral("proxyProtocol"), config.proxyProtocol },
        { QStringLiteral("clients"), clients },
    };
}

QJsonObject error(const QString& message)
{
    return QJsonObject { { QStringLiteral("Error"), message } };
}

} // namespace Mailscope::ApiJson
