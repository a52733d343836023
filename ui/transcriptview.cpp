#include "transcriptview.h"

#include "themecolours.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPalette>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

namespace Mailscope {

namespace {

QColor colourFor(TranscriptLine::Direction direction, const QPalette& palette)
{
    switch (direction) {
    case TranscriptLine::Direction::Client:
        return ThemeColours::client(palette);
    case TranscriptLine::Direction::Server:
        return ThemeColours::server(palette);
    case TranscriptLine::Direction::Note:
        break;
    }
    return ThemeColours::note(palette);
}

QString marker(TranscriptLine::Direction direction)
{
    switch (direction) {
    case TranscriptLine::Direction::Client:
        return QStringLiteral("C\u25B6");
    case TranscriptLine::Direction::Server:
        return QStringLiteral("\u25C0S");
    case TranscriptLine::Direction::Note:
        break;
    }
    return QStringLiteral(" \u2014");
}

// The engine's note for a stored message; it becomes a link to the message.
const QRegularExpression& storedMessageNote()
{
    static const QRegularExpression note(QStringLiteral("^\\[message stored as (\\d+)\\]$"));
    return note;
}

constexpr auto MessageLinkPrefix = QLatin1String("message:");

} // namespace

TranscriptView::TranscriptView(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setPlaceholderText(tr("Select a session to see its transcript."));
}

QString TranscriptView::formatLine(const TranscriptLine& line)
{
    return QStringLiteral("%1  %2  %3")
        .arg(line.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")), marker(line.direction),
            QString::fromUtf8(line.text));
}

QString TranscriptView::formatLine(const TranscriptLine& line, const QDateTime& origin)
{
    const double seconds = origin.msecsTo(line.time) / 1000.0;
    return QStringLiteral("+%1  %2  %3")
        .arg(seconds, 11, 'f', 3)
        .arg(marker(line.direction), QString::fromUtf8(line.text));
}

void TranscriptView::setRelativeTimes(bool relative)
{
    if (relative == m_relativeTimes)
        return;
    m_relativeTimes = relative;
    setLines(QList<TranscriptLine>(m_lines));
}

void TranscriptView::insertLine(QTextCursor& cursor, const TranscriptLine& line)
{
    if (!document()->isEmpty())
        cursor.insertBlock();
    QTextCharFormat time;
    time.setForeground(palette().color(QPalette::PlaceholderText));
    QTextCharFormat text;
    text.setForeground(colourFor(line.direction, palette()));
    text.setFontItalic(line.direction == TranscriptLine::Direction::Note);
    const QString formatted
        = m_relativeTimes && !m_lines.isEmpty() ? formatLine(line, m_lines.first().time) : formatLine(line);
    cursor.insertText(formatted.left(12), time);
    const QRegularExpressionMatch stored = line.direction == TranscriptLine::Direction::Note
        ? storedMessageNote().match(QString::fromUtf8(line.text))
        : QRegularExpressionMatch();
    if (!stored.hasMatch()) {
        cursor.insertText(formatted.mid(12), text);
        return;
    }
    const qsizetype noteStart = formatted.size() - QString::fromUtf8(line.text).size();
    cursor.insertText(formatted.mid(12, noteStart - 12), text);
    QTextCharFormat link = text;
    link.setAnchor(true);
    link.setAnchorHref(MessageLinkPrefix + stored.captured(1));
    link.setFontUnderline(true);
    link.setToolTip(tr("Open the message"));
    cursor.insertText(formatted.mid(noteStart), link);
}

bool TranscriptView::findText(const QString& text)
{
    if (text.isEmpty())
        return false;
    if (find(text))
        return true;
    moveCursor(QTextCursor::Start);
    return find(text);
}

void TranscriptView::mouseMoveEvent(QMouseEvent* event)
{
    QPlainTextEdit::mouseMoveEvent(event);
    const bool overLink = anchorAt(event->position().toPoint()).startsWith(MessageLinkPrefix);
    viewport()->setCursor(overLink ? Qt::PointingHandCursor : Qt::IBeamCursor);
}

void TranscriptView::mouseReleaseEvent(QMouseEvent* event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    const QString anchor = anchorAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && anchor.startsWith(MessageLinkPrefix)
        && !textCursor().hasSelection())
        Q_EMIT messageLinkActivated(anchor.mid(MessageLinkPrefix.size()).toLongLong());
}

void TranscriptView::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    // The desktop turned dark or light: colour the lines again for the new background.
    if (event->type() == QEvent::PaletteChange && !m_lines.isEmpty()) {
        const int scrolled = verticalScrollBar()->value();
        setLines(QList<TranscriptLine>(m_lines));
        verticalScrollBar()->setValue(scrolled);
    }
}

void TranscriptView::setLines(const QList<TranscriptLine>& lines)
{
    clear();
    m_lines.clear();
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (const TranscriptLine& line : lines) {
        m_lines << line;
        insertLine(cursor, line);
    }
    cursor.endEditBlock();
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void TranscriptView::appendLine(const TranscriptLine& line)
{
    QScrollBar* bar = verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    m_lines << line;
    insertLine(cursor, line);
    if (atEnd)
        bar->setValue(bar->maximum());
}

void TranscriptView::copyTranscript() const { QApplication::clipboard()->setText(transcriptText()); }

void TranscriptView::saveTranscript(const QString& suggestedName)
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Save transcript"), suggestedName);
    if (fileName.isEmpty())
        return;
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(transcriptText().toUtf8() + '\n') < 0 || !file.commit())
        QMessageBox::warning(this, tr("Save transcript"), tr("Could not save %1: %2").arg(fileName, file.errorString()));
}

} // namespace Mailscope
