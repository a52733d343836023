#pragma once

#include "mime/parsedmessage.h"

#include <QList>
#include <QString>

namespace Mailscope::Report {

// A part of a message saved as a file beside its page.
struct SavedPart {
    Attachment attachment;
    QString fileName; // in the message's folder (messages/ID/)
    bool renamedForSafety = false; // ".txt" added to a type a browser would run
};

// The message's HTML part as a page of its own, to be shown in a sandboxed frame: a Content-Security-Policy
// first that lets nothing run and nothing load from the network, its cid: references pointing to the saved
// parts (in the folder `partsFolder`, relative to the page), links opening in a new tab.
[[nodiscard]] QString safeHtmlDocument(
    const QString& html, const QString& partsFolder, const QList<SavedPart>& parts);

[[nodiscard]] bool writeHtmlBody(const QString& path, const QString& html, const QString& partsFolder,
    const QList<SavedPart>& parts, QString* error);

} // namespace Mailscope::Report
