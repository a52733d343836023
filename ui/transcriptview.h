#pragma once

#include "smtp/transcriptline.h"

#include <QPlainTextEdit>

namespace Mailscope {

// A session's conversation: monospace, one line each with its time and direction,
// client, server and notes in three colours.
class TranscriptView : public QPlainTextEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptView)

public:
    explicit TranscriptView(QWidget* parent = nullptr);

    void setLines(const QList<TranscriptLine>& lines);
    void appendLine(const TranscriptLine& line);
    // The transcript as plain text, as it reads on screen.
    [[nodiscard]] QString transcriptText() const { return toPlainText(); }
    [[nodiscard]] static QString formatLine(const TranscriptLine& line);
    // Finds the next match, from the top again after the last one; false when there is none.
    bool findText(const QString& text);

Q_SIGNALS:
    // The "[message stored as ID]" note was clicked.
    void messageLinkActivated(qint64 messageId);

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void insertLine(QTextCursor& cursor, const TranscriptLine& line);

    QList<TranscriptLine> m_lines; // shown, to colour them again when the palette changes
};

} // namespace Mailscope
