#pragma once
// Checks shared by the tests of the MAIL FROM / RCPT TO grammar (tst_pathgrammar, tst_pathparameters).
#include "smtp/pathgrammar.h"
#include "smtp/reply.h"

#include <QTest>

namespace Mailscope {

inline QByteArray describe(const PathResult &r)
{
    return "ok=" + QByteArray::number(r.ok) + " address=" + r.address.toUtf8() + " error=" + r.error.format(true);
}

// A refused path: the reply code, its enhanced code, and one non-empty line of text.
inline void checkRejection(const PathResult &r, int code, const QByteArray &enhancedCode)
{
    QVERIFY2(!r.ok, describe(r).constData());
    QCOMPARE(r.error.code, code);
    QCOMPARE(r.error.enhancedCode, enhancedCode);
    QVERIFY(isValidEnhancedCode(r.error.enhancedCode, r.error.code));
    QCOMPARE(r.error.lines.size(), 1);
    QVERIFY(!r.error.lines.first().isEmpty());
}

} // namespace Mailscope
