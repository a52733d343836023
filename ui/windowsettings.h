#pragma once

namespace Mailscope {

// The window's own choices, kept with its geometry in QSettings (not in the server's
// settings file, which mailscoped reads too).
struct WindowSettings {
    bool notifyOnNewMail = true; // a desktop notification while the window is not in front
    bool keepRunningInTray = false; // closing the window hides it; the server keeps listening

    [[nodiscard]] static WindowSettings load();
    void save() const;
};

} // namespace Mailscope
