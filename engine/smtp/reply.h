#pragma once

#include <QByteArray>
#include <QList>

namespace Mailscope {

// One SMTP reply: a code, an RFC 3463 enhanced status code, and one or more text lines.
struct Reply {
    int code = 0;
    QByteArray enhancedCode; // "2.1.0"; empty when the reply has none (greeting, EHLO, 354)
    QList<QByteArray> lines;

    Reply() = default;
    Reply(int code, const QByteArray &enhancedCode, const QByteArray &text)
        : code(code), enhancedCode(enhancedCode), lines { text } { }
    Reply(int code, const QByteArray &enhancedCode, const QList<QByteArray> &lines)
        : code(code), enhancedCode(enhancedCode), lines(lines) { }

    [[nodiscard]] bool isValid() const { return code >= 200 && code <= 599; }
    [[nodiscard]] bool isPositive() const { return code >= 200 && code < 400; }
    [[nodiscard]] bool isTransientFailure() const { return code >= 400 && code < 500; }
    [[nodiscard]] bool isPermanentFailure() const { return code >= 500; }

    // The bytes on the wire, CRLF-terminated; "250-" continuation lines, and the
    // enhanced code on every line when `withEnhancedCode` (RFC 2034 section 3).
    [[nodiscard]] QByteArray format(bool withEnhancedCode) const;
};

// The enhanced code class must match the reply's first digit (RFC 3463 section 2).
[[nodiscard]] bool isValidEnhancedCode(const QByteArray &code, int replyCode = 0);

} // namespace Mailscope
