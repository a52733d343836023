#include "appicon.h"

namespace Mailscope {

QIcon applicationIcon()
{
    QIcon icon;
    // PNGs rather than the SVG: no image format plugin is needed to show them.
    for (int size : { 16, 22, 24, 32, 48, 64, 128, 256 })
        icon.addFile(QStringLiteral(":/icons/mailscope-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace Mailscope
