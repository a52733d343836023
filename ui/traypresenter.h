#pragma once

#include "store/messagestore.h"

#include <QCoreApplication>
#include <QIcon>
#include <QList>
#include <QString>

namespace Mailscope {

// What the tray icon shows and says, worked out from counts and messages alone: no system tray
// is needed, so it is the same on every desktop and in tests.
class TrayPresenter {
    Q_DECLARE_TR_FUNCTIONS(Mailscope::TrayPresenter)

public:
    struct Notification {
        QString title;
        QString body;
    };

    // "Mailscope", the listening state and the unread count, one a line.
    [[nodiscard]] static QString toolTip(int unread, bool listening);
    // The count drawn on the icon: empty for none, "99+" past 99.
    [[nodiscard]] static QString badgeText(int unread);
    // `base` with the count in a red badge on its top right corner in every size it has.
    [[nodiscard]] static QIcon badgedIcon(const QIcon& base, int unread);
    // One notification for a batch: the message itself when it is one, the count and the newest
    // subjects when they are many. `newest` holds up to a few of them, newest first.
    [[nodiscard]] static Notification notification(int count, const QList<StoredMessage>& newest);
};

} // namespace Mailscope
