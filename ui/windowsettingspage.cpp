#include "windowsettingspage.h"

#include "windowsettings.h"

#include <QCheckBox>
#include <QLabel>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace Mailscope {

WindowSettingsPage::WindowSettingsPage(QWidget* parent)
    : QWidget(parent)
    , m_notify(new QCheckBox(tr("&Notify on new mail while the window is not in front"), this))
    , m_keepRunning(new QCheckBox(tr("&Closing the window keeps the server running in the tray"), this))
{
    m_notify->setObjectName(QStringLiteral("notifyOnNewMail"));
    m_notify->setToolTip(tr("Many messages arriving together make one notification"));
    m_keepRunning->setObjectName(QStringLiteral("keepRunningInTray"));
    m_keepRunning->setToolTip(tr("Quit from the tray icon's menu or with Ctrl+Q"));
    const WindowSettings settings = WindowSettings::load();
    m_notify->setChecked(settings.notifyOnNewMail);
    m_keepRunning->setChecked(settings.keepRunningInTray);

    auto* layout = new QVBoxLayout(this);
    const bool tray = QSystemTrayIcon::isSystemTrayAvailable();
    if (tray)
        layout->addWidget(new QLabel(tr("The tray icon shows how many messages are unread."), this));
    layout->addWidget(m_notify);
    layout->addWidget(m_keepRunning);
    // Both need a tray: without one they are kept but cannot be chosen.
    if (!tray) {
        m_notify->setEnabled(false);
        m_keepRunning->setEnabled(false);
        auto* note = new QLabel(tr("This desktop has no system tray, so there is no tray icon."), this);
        note->setObjectName(QStringLiteral("noTray"));
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(note);
    }
    layout->addStretch();
}

void WindowSettingsPage::save() const
{
    WindowSettings settings;
    settings.notifyOnNewMail = m_notify->isChecked();
    settings.keepRunningInTray = m_keepRunning->isChecked();
    settings.save();
}

} // namespace Mailscope
