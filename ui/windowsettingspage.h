#pragma once

#include <QWidget>

class QCheckBox;

namespace Mailscope {

// The settings dialog's page for the window itself: the tray icon's choices (WindowSettings).
class WindowSettingsPage : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowSettingsPage)

public:
    explicit WindowSettingsPage(QWidget* parent = nullptr);

    void save() const;

private:
    QCheckBox* m_notify;
    QCheckBox* m_keepRunning;
};

} // namespace Mailscope
