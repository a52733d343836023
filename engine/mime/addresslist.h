#pragma once

#include "mime/parsedmessage.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Mailscope {

struct AddressList {
    QList<MailAddress> addresses;
    QStringList invalid; // the entries that are no mailbox, as typed
    [[nodiscard]] bool ok() const { return invalid.isEmpty(); }
};

// A comma-separated list as people type it: "Ann <ann@example.com>, bob@example.com,
// \"Doe, Jo\" <jo@example.com>". Every entry must hold one mailbox valid in an SMTP path.
[[nodiscard]] AddressList parseAddressList(const QString& text);

} // namespace Mailscope
