#include "sourcehighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace Mailscope {

namespace {

enum BlockState { InHeaders = 0, InBody = 1 };

} // namespace

SourceHighlighter::SourceHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
}

void SourceHighlighter::highlightBlock(const QString& text)
{
    const int previous = previousBlockState() < 0 ? InHeaders : previousBlockState();
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    if (text.startsWith(QLatin1String("--")) && !text.contains(QLatin1Char(' '))) {
        // A MIME boundary: the part's own headers follow (RFC 2046 5.1.1).
        QTextCharFormat boundary;
        boundary.setForeground(dark ? QColor(0xc0, 0x9b, 0xe8) : QColor(0x80, 0x50, 0xa8));
        setFormat(0, int(text.size()), boundary);
        setCurrentBlockState(text.endsWith(QLatin1String("--")) ? InBody : InHeaders);
        return;
    }
    if (previous == InBody || text.isEmpty()) {
        setCurrentBlockState(InBody);
        return;
    }
    setCurrentBlockState(InHeaders);
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (text.front().isSpace() || colon <= 0)
        return; // a folded continuation or not a header: plain
    QTextCharFormat name;
    name.setForeground(dark ? QColor(0x6c, 0xb6, 0xff) : QColor(0x0b, 0x5c, 0xc4));
    name.setFontWeight(QFont::Bold);
    setFormat(0, int(colon + 1), name);
}

} // namespace Mailscope
