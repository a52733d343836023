#pragma once

#include <QList>
#include <QString>

class QDir;

namespace Mailscope {

class MessageStore;
struct SessionInfo;

namespace Report {

// The session's page relative to the report's root: "sessions/ID.html".
[[nodiscard]] QString sessionPagePath(const QString& sessionId);

// Writes the session's facts and its whole transcript (time, direction, text) into `sessionsDir`, with links
// to the pages of its messages. Returns an error message, empty on success.
[[nodiscard]] QString writeSessionPage(
    const MessageStore& store, const SessionInfo& session, const QDir& sessionsDir);

[[nodiscard]] QString tlsSummary(const SessionInfo& session); // "TLSv1.3" (and "implicit"), or empty
[[nodiscard]] QString peerText(const SessionInfo& session); // "192.0.2.1:5000"

} // namespace Report

} // namespace Mailscope
