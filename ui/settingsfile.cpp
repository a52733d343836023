#include "settingsfile.h"

#include "settings.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace Mailscope {

QString defaultSettingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/settings.json");
}

bool loadSettingsFile(const QString& path, ServerSettings* settings, QString* error)
{
    if (!QFileInfo::exists(path)) {
        *settings = ServerSettings {};
        return true;
    }
    return ServerSettings::load(path, settings, error);
}

} // namespace Mailscope
