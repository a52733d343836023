#pragma once

#include <QString>

namespace Mailscope {

// The readable text of an HTML document, for snippets and the search index: no tags,
// no scripts or styles, entities decoded, whitespace collapsed. Not a renderer.
[[nodiscard]] QString htmlToPlainText(QStringView html);

// Whitespace runs (line breaks included) as single spaces, trimmed, cut to `maxChars`.
[[nodiscard]] QString condensedText(QStringView text, qsizetype maxChars);

} // namespace Mailscope
