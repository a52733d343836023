#pragma once

#include "mime/parsedmessage.h"
#include "smtp/envelope.h"
#include "smtp/sessioninfo.h"
#include "smtp/transcriptline.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace Mailscope {

struct StoredMessage;
struct ListenerConfig;

// The API's JSON, built from engine values: Mailpit's field names for its routes, ours beside.
// Pure functions, no I/O: what a route sends can be checked with a value in and JSON out.
namespace ApiJson {

// Go's RFC 3339 form, as Mailpit writes times: "2024-05-01T10:00:00.123+02:00" or "...Z" in UTC.
[[nodiscard]] QString rfc3339(const QDateTime& time);
// {"Name", "Address"}; an absent address (no From header) is null.
[[nodiscard]] QJsonValue address(const MailAddress& address);
[[nodiscard]] QJsonArray addresses(const QList<MailAddress>& addresses);
// Envelope recipients that no To or Cc header names, as Bcc addresses.
[[nodiscard]] QList<MailAddress> blindCopies(const StoredMessage& message);

// One item of GET /api/v1/messages: ID, MessageID, Read, From, To, Cc, Bcc, ReplyTo, Subject,
// Created, Username, Tags, Size, Attachments (a count), Snippet.
[[nodiscard]] QJsonObject messageSummary(const StoredMessage& message);

// Mailpit's part ID: the MIME path ("1", "2.1"); "0" for a message that is a single part.
[[nodiscard]] QString partId(const ParsedMessage& message, int partIndex);
[[nodiscard]] std::optional<int> partIndex(const ParsedMessage& message, const QString& partId);
// PartID, FileName, ContentType, ContentID, Size and Checksums of `content`.
[[nodiscard]] QJsonObject attachment(
    const Attachment& attachment, const QString& partId, const QByteArray& content);

// GET /api/v1/message/{ID}: the summary's fields with Date, ReturnPath, ListUnsubscribe, Text,
// HTML, Inline[] and Attachments[] (already built with attachment()).
[[nodiscard]] QJsonObject message(const StoredMessage& stored, const ParsedMessage& parsed,
    const QJsonArray& inlineParts, const QJsonArray& attachments);
[[nodiscard]] QJsonObject listUnsubscribe(const ParsedMessage& message);

// Go's canonical header key ("content-type" -> "Content-Type", "message-id" -> "Message-Id").
[[nodiscard]] QString canonicalHeaderKey(const QString& name);
// GET /api/v1/message/{ID}/headers from the message's header block (up to the first empty
// line): canonical key -> every value, unfolded, as received (no RFC 2047 decoding, as Mailpit).
[[nodiscard]] QJsonObject headers(const QByteArray& headerBlock);

// The HTML with cid: references turned into links to the parts they name.
[[nodiscard]] QString linkInlineParts(QString html, const ParsedMessage& message, const QString& messageId);

// Ours (/api/mailscope/): ESMTP parameters (keyword -> value, null for a bare keyword),
// a session's facts, and one line of its transcript.
[[nodiscard]] QJsonObject mailParameters(const MailParameters& parameters);
[[nodiscard]] QJsonObject session(const SessionInfo& session);
[[nodiscard]] QJsonObject transcriptLine(const TranscriptLine& line);
[[nodiscard]] QJsonObject listener(const ListenerConfig& config, int clients);

// Every error: {"Error": "..."} with a 4xx or 5xx status.
[[nodiscard]] QJsonObject error(const QString& message);

} // namespace ApiJson

} // namespace Mailscope
