#pragma once

#include <QString>

namespace Mailscope {

struct ServerSettings;

// The window's settings: AppConfigLocation/settings.json, the same JSON `mailscoped --config` reads.
[[nodiscard]] QString defaultSettingsPath();
// Defaults when the file does not exist yet; false with a message when it cannot be read.
[[nodiscard]] bool loadSettingsFile(const QString& path, ServerSettings* settings, QString* error);

} // namespace Mailscope
