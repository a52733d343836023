#pragma once

#include <QSyntaxHighlighter>

class QPlainTextEdit;

namespace Mailscope {

// Colours a raw message's header names (and continuation lines) down to the blank line
// that ends the headers; MIME part headers after a boundary line too.
class SourceHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceHighlighter)

public:
    // Colours `editor`'s text, again whenever its palette changes (light or dark desktop).
    explicit SourceHighlighter(QPlainTextEdit* editor);

protected:
    void highlightBlock(const QString& text) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPlainTextEdit* m_editor;
};

} // namespace Mailscope
