#include "windowsettings.h"

#include <QSettings>

namespace Mailscope {

namespace {

const auto NotifyKey = QStringLiteral("window/notifyOnNewMail");
const auto KeepRunningKey = QStringLiteral("window/keepRunningInTray");

} // namespace

WindowSettings WindowSettings::load()
{
    const WindowSettings defaults;
    QSettings settings;
    WindowSettings s;
    s.notifyOnNewMail = settings.value(NotifyKey, defaults.notifyOnNewMail).toBool();
    s.keepRunningInTray = settings.value(KeepRunningKey, defaults.keepRunningInTray).toBool();
    return s;
}

void WindowSettings::save() const
{
    QSettings settings;
    settings.setValue(NotifyKey, notifyOnNewMail);
    settings.setValue(KeepRunningKey, keepRunningInTray);
}

} // namespace Mailscope
