#pragma once

#include <QSyntaxHighlighter>

namespace Mailscope {

// Colours a raw message's header names (and continuation lines) down to the blank line
// that ends the headers; MIME part headers after a boundary line too.
class SourceHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceHighlighter)

public:
    explicit SourceHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;
};

} // namespace Mailscope
