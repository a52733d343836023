#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Mailscope {

class MessageStore;

// One condition a capture run had to meet (--expect, --expect-count, --exit-after).
struct ReportCheck {
    QString description; // "a message matches \"to:ci@example.com\""
    bool passed = false;
    QString detail; // what was found: "captured 1"
};

// What the report says about the run around the store's contents.
struct ReportContext {
    QString title = QStringLiteral("Mailscope report");
    QDateTime generated; // now, when left invalid
    QStringList listeners; // smtp://127.0.0.1:1025 ...
    QString stopReason; // why the server stopped, when it did
    QStringList command; // `mailscoped run -- COMMAND`: the program and its arguments
    int commandStatus = -1; // its exit status; -1 when there was none
    QList<ReportCheck> checks;
    int exitStatus = -1; // the status the run ends with; -1 when not known
};

struct ReportResult {
    QString error; // empty on success
    int messages = 0; // pages written
    int sessions = 0;
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// Writes a static HTML report of every message and session in `store` into `folder` (created if
// missing; files of an earlier report there are replaced): index.html, report.css, and for each
// message messages/ID.html, its raw messages/ID.eml, its HTML part as messages/ID.body.html and its
// attachments under messages/ID/; for each session sessions/ID.html with the transcript.
// Every link is relative and no page needs JavaScript or a server, so it opens from disk and can be
// kept as a CI artifact. Pages are written one at a time, so a large store is not held in memory.
[[nodiscard]] ReportResult writeHtmlReport(
    const MessageStore& store, const QString& folder, const ReportContext& context = {});

} // namespace Mailscope
