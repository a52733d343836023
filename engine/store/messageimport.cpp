#include "store/messageimport.h"

#include "mime/mimeparser.h"
#include "store/messagespool.h"
#include "store/messagestore.h"

#include <QDateTime>
#include <QFile>
#include <QSet>

namespace Mailscope::MessageImport {

namespace {

constexpr qint64 MaxLineLength = 1024 * 1024; // read in pieces beyond this; a piece is still copied

SessionInfo importSession()
{
    SessionInfo session;
    session.id = QStringLiteral("import");
    session.transmissionType = QStringLiteral("import");
    session.started = QDateTime::currentDateTimeUtc();
    return session;
}

// Parses the spooled message for its envelope, then stores it.
void store(MessageStore &store, MessageSpool &spool, const QString &origin, Result &result)
{
    if (spool.hasFailed()) {
        result.errors << QStringLiteral("%1: %2").arg(origin, spool.errorString());
        return;
    }
    Envelope envelope;
    if (const std::unique_ptr<QIODevice> reader = spool.openReader())
        envelope = envelopeFromHeaders(MimeParser::parse(*reader, { 64 * 1024, 100 }));
    const MessageStore::AddResult added = store.addMessage(spool, envelope, importSession());
    if (added.ok())
        result.ids << added.id;
    else
        result.errors << QStringLiteral("%1: %2").arg(origin, added.error);
}

// RFC 4155: a message starts at a line "From " (at the start of the file or after an empty line).
bool isSeparator(const QByteArray &line)
{
    return line.startsWith("From ");
}

// mboxrd: ">From ", ">>From "... lose one '>'; mboxo: only ">From ".
QByteArray unescaped(const QByteArray &line, MboxFormat format)
{
    if (!line.startsWith('>'))
        return line;
    qsizetype quotes = 0;
    while (quotes < line.size() && line.at(quotes) == '>')
        ++quotes;
    const bool escaped
        = line.mid(quotes).startsWith("From ") && (format == MboxFormat::Mboxrd || quotes == 1);
    return escaped ? line.mid(1) : line;
}

} // namespace

Envelope envelopeFromHeaders(const ParsedMessage &message)
{
    Envelope envelope;
    QString returnPath = message.header(QStringLiteral("Return-Path")).trimmed();
    returnPath.remove(QLatin1Char('<')).remove(QLatin1Char('>'));
    envelope.mailFrom = !returnPath.isEmpty() ? returnPath
        : !message.from.isEmpty()             ? message.from.first().address
                                              : QString();
    QSet<QString> seen;
    for (const QList<MailAddress> *list : { &message.to, &message.cc, &message.bcc }) {
        for (const MailAddress &address : *list) {
            if (!address.address.isEmpty() && !seen.contains(address.address.toLower())) {
                seen.insert(address.address.toLower());
                envelope.recipients.append({ address.address, {} });
            }
        }
    }
    return envelope;
}

Result importEml(MessageStore &store, const QString &path)
{
    Result result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors << QStringLiteral("%1: %2").arg(path, file.errorString());
        return result;
    }
    const std::unique_ptr<MessageSpool> spool = store.createSpool();
    for (QByteArray chunk = file.read(64 * 1024); !chunk.isEmpty(); chunk = file.read(64 * 1024))
        spool->append(chunk);
    MessageImport::store(store, *spool, path, result);
    return result;
}

Result importFile(MessageStore &store, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { {}, { QStringLiteral("%1: %2").arg(path, file.errorString()) } };
    if (isSeparator(file.peek(5)))
        return importMbox(store, file);
    file.close();
    return importEml(store, path);
}

Result importMbox(MessageStore &store, const QString &path, MboxFormat format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { {}, { QStringLiteral("%1: %2").arg(path, file.errorString()) } };
    return importMbox(store, file, format);
}

Result importMbox(MessageStore &store, QIODevice &mbox, MboxFormat format)
{
    Result result;
    std::unique_ptr<MessageSpool> spool;
    QByteArray pendingBlank; // the empty line before a separator belongs to the mbox, not the message
    bool previousBlank = true; // the start of the file counts as after an empty line
    bool lineStart = true;
    int number = 0;
    const auto finish = [&] {
        if (spool)
            MessageImport::store(store, *spool, QStringLiteral("message %1").arg(number), result);
        spool.reset();
    };
    while (!mbox.atEnd()) {
        const QByteArray line = mbox.readLine(MaxLineLength);
        if (line.isEmpty())
            break;
        const bool wholeLine = lineStart;
        lineStart = line.endsWith('\n');
        if (wholeLine && previousBlank && isSeparator(line)) {
            finish();
            pendingBlank.clear();
            spool = store.createSpool();
            ++number;
            previousBlank = false;
            continue;
        }
        if (!spool)
            continue; // text before the first separator is not a message
        spool->append(pendingBlank);
        pendingBlank.clear();
        const bool blank = wholeLine && (line == "\n" || line == "\r\n");
        if (blank)
            pendingBlank = line;
        else
            spool->append(wholeLine ? unescaped(line, format) : line);
        previousBlank = blank;
    }
    finish();
    return result;
}

} // namespace Mailscope::MessageImport
