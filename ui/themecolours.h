#pragma once

#include <QColor>

class QPalette;

namespace Mailscope::ThemeColours {

// Colours the palette has no role for, in a light and a dark shade: each reads on the palette's
// base colour whether the desktop is light or dark.
[[nodiscard]] bool isDark(const QPalette& palette);
[[nodiscard]] QColor client(const QPalette& palette); // transcript client lines, header names
[[nodiscard]] QColor server(const QPalette& palette); // transcript server lines
[[nodiscard]] QColor note(const QPalette& palette); // transcript notes, MIME boundaries
[[nodiscard]] QColor error(const QPalette& palette); // an error message's text

// `palette` with a placeholder colour that reads on its base. Qt 6.4 keeps its light default for
// it when a desktop theme (e.g. KDE's colour scheme read by Qt) supplies the other dark colours.
[[nodiscard]] QPalette withReadablePlaceholder(QPalette palette);

} // namespace Mailscope::ThemeColours
