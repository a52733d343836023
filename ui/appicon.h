#pragma once

#include <QIcon>

namespace Mailscope {

// Mailscope's icon in every size it is drawn at, from the program's resources (resources/icons).
[[nodiscard]] QIcon applicationIcon();

} // namespace Mailscope
