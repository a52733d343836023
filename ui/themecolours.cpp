#include "themecolours.h"

#include <QPalette>

namespace Mailscope::ThemeColours {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor client(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x6c, 0xb6, 0xff) : QColor(0x0b, 0x5c, 0xc4);
}

QColor server(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x7e, 0xd3, 0x8f) : QColor(0x1a, 0x7f, 0x37);
}

QColor note(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xc0, 0x9b, 0xe8) : QColor(0x80, 0x50, 0xa8);
}

QColor error(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

QPalette withReadablePlaceholder(QPalette palette)
{
    for (QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        const QColor base = palette.color(group, QPalette::Base);
        const QColor text = palette.color(group, QPalette::Text);
        if (qAbs(palette.color(group, QPalette::PlaceholderText).lightness() - base.lightness()) >= 60)
            continue;
        // Halfway between text and base: quieter than the text, still legible.
        palette.setColor(group, QPalette::PlaceholderText,
            QColor((text.red() + base.red()) / 2, (text.green() + base.green()) / 2, (text.blue() + base.blue()) / 2));
    }
    return palette;
}

} // namespace Mailscope::ThemeColours
