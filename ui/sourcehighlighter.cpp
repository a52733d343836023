#include "sourcehighlighter.h"

#include "themecolours.h"

#include <QEvent>
#include <QPlainTextEdit>

namespace Mailscope {

namespace {

enum BlockState { InHeaders = 0, InBody = 1 };

} // namespace

SourceHighlighter::SourceHighlighter(QPlainTextEdit* editor)
    : QSyntaxHighlighter(editor->document())
    , m_editor(editor)
{
    editor->installEventFilter(this);
}

bool SourceHighlighter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor && event->type() == QEvent::PaletteChange)
        rehighlight();
    return QSyntaxHighlighter::eventFilter(watched, event);
}

void SourceHighlighter::highlightBlock(const QString& text)
{
    const int previous = previousBlockState() < 0 ? InHeaders : previousBlockState();
    const QPalette& palette = m_editor->palette();
    if (text.startsWith(QLatin1String("--")) && !text.contains(QLatin1Char(' '))) {
        // A MIME boundary: the part's own headers follow (RFC 2046 5.1.1).
        QTextCharFormat boundary;
        boundary.setForeground(ThemeColours::note(palette));
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
    name.setForeground(ThemeColours::client(palette));
    name.setFontWeight(QFont::Bold);
    setFormat(0, int(colon + 1), name);
}

} // namespace Mailscope
