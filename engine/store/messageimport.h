#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace Mailscope {

class MessageStore;
struct Envelope;
struct ParsedMessage;

// Brings .eml files and mbox files into a store, as if each message had arrived in a
// session called "import": the envelope is made from the headers.
namespace MessageImport {

enum class MboxFormat {
    Mboxrd, // ">From " lines lose one '>' (">>From " becomes ">From ")
    Mboxo, // only ">From " becomes "From "
};

struct Result {
    QList<qint64> ids; // the stored messages, in file order
    QStringList errors;
    [[nodiscard]] bool ok() const { return errors.isEmpty(); }
};

[[nodiscard]] Result importEml(MessageStore &store, const QString &path);
[[nodiscard]] Result importMbox(
    MessageStore &store, const QString &path, MboxFormat format = MboxFormat::Mboxrd);
[[nodiscard]] Result importMbox(MessageStore &store, QIODevice &mbox, MboxFormat format = MboxFormat::Mboxrd);
// An mbox when the file starts with a "From " line, else one message (what a user drops in).
[[nodiscard]] Result importFile(MessageStore &store, const QString &path);

// Sender: Return-Path, else the first From; recipients: To, Cc and Bcc, each once.
[[nodiscard]] Envelope envelopeFromHeaders(const ParsedMessage &message);

} // namespace MessageImport

} // namespace Mailscope
