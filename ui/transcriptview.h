#pragma once

#include "smtp/transcriptline.h"

#include <QDateTime>
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
    void copyTranscript() const;
    // Asks where (suggesting `suggestedName`) and saves the transcript as UTF-8 text; says so if it cannot.
    void saveTranscript(const QString& suggestedName);
    [[nodiscard]] static QString formatLine(const TranscriptLine& line);
    // "+      1.532": seconds since `origin`, as wide as a clock time.
    [[nodiscard]] static QString formatLine(const TranscriptLine& line, const QDateTime& origin);
    // Times as seconds since the session's first line instead of the clock; shown lines change at once.
    void setRelativeTimes(bool relative);
    [[nodiscard]] bool relativeTimes() const { return m_relativeTimes; }
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

    QList<TranscriptLine> m_lines; // as shown: shown again with the other kind of time or new colours
    bool m_relativeTimes = false;
};

} // namespace Mailscope
