#pragma once

#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QString>
#include <QStringView>
#include <QTextStream>

namespace Mailscope::Report {

// Text for HTML, in element content and in quoted attribute values alike: & < > " ' escaped,
// control characters (which HTML forbids) shown as their Unicode pictures.
[[nodiscard]] QString escape(QStringView text);

// A relative link to a file the report wrote: each path segment percent-encoded, then escaped
// for an attribute. `path` uses '/' between segments.
[[nodiscard]] QString href(const QString& path);

// A name safe to use as one file name on Linux, macOS and Windows: no directories, no "..", no
// reserved characters or device names, at most about 100 characters; `fallback` when nothing is left.
[[nodiscard]] QString safeFileName(const QString& name, const QString& fallback);

// `name`, or "name-2.ext", "name-3.ext"... whichever is not in `taken` (compared case-insensitively,
// as on case-insensitive file systems); the result is added to `taken`.
[[nodiscard]] QString uniqueFileName(const QString& name, QSet<QString>& taken);

// A session id as a file name stem: kept when it is plain, otherwise cleaned and made unique with a hash.
[[nodiscard]] QString sessionFileStem(const QString& sessionId);

[[nodiscard]] QString formatTime(const QDateTime& time); // "2026-11-23 14:20:01", local time
[[nodiscard]] QString formatSize(qint64 bytes); // "1.2 MiB"

// The start and end of every page: doctype, charset, title, the shared style sheet (`cssHref`,
// relative to the page) and a CSP that allows no scripts and nothing remote.
void writePageStart(QTextStream& out, const QString& title, const QString& cssHref);
void writePageEnd(QTextStream& out);

// The report's style sheet (report.css), colours as in the window.
[[nodiscard]] QString styleSheet();

// A page being written, and whether all of it was. (Not QSaveFile: its sync to disk for every page would
// make a report of thousands of messages take minutes.)
class PageFile {
public:
    explicit PageFile(const QString& path);
    [[nodiscard]] bool open(QString* error);
    [[nodiscard]] QTextStream& out() { return m_stream; }
    [[nodiscard]] bool commit(QString* error);

private:
    QFile m_file;
    QTextStream m_stream;
};

} // namespace Mailscope::Report
