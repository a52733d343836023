// DotBodyReader: the DATA body (RFC 5321 4.1.1.4) ends at CRLF "." CRLF, a leading
// dot is removed (4.5.2), bare CR and bare LF are counted and kept, and nothing
// after the terminator is consumed.
#include "smtp/bodyreader.h"

#include <QTest>

namespace Mailscope {

namespace {

struct Outcome {
    QByteArray body;
    qsizetype consumed = 0;
    bool finished = false;
    qint64 bareLf = 0;
    qint64 bareCr = 0;
    qint64 wireBytes = 0;
};

// Feeds `input` in pieces ending at `cuts`, handing back what each feed left
// unconsumed as a caller (the session) does.
Outcome readInPieces(const QByteArray &input, const QList<qsizetype> &cuts)
{
    DotBodyReader reader;
    Outcome o;
    qsizetype start = 0;
    QList<qsizetype> ends = cuts;
    ends << input.size();
    for (qsizetype end : ends) {
        if (end < start)
            continue;
        const qsizetype used = reader.feed(QByteArrayView(input).sliced(start, end - start), &o.body);
        o.consumed += used;
        if (reader.isFinished())
            break;
        if (used != end - start) { // a reader that is not finished takes everything
            o.consumed = -1;
            break;
        }
        start = end;
    }
    o.finished = reader.isFinished();
    o.bareLf = reader.bareLineFeeds();
    o.bareCr = reader.bareCarriageReturns();
    o.wireBytes = reader.wireBytes();
    return o;
}

QByteArray dotStuff(const QByteArray &body)
{
    // What a client sends: every line starting with "." gets one more (RFC 5321 4.5.2).
    QByteArray out;
    bool lineStart = true;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (lineStart && body[i] == '.')
            out += '.';
        out += body[i];
        lineStart = body[i] == '\n' && i > 0 && body[i - 1] == '\r';
    }
    return out + ".\r\n";
}

} // namespace

class TestBodyReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsBody_data();
    void readsBody();
    void emptyBodyIsJustTheTerminator();
    void leavesBytesAfterTheTerminator();
    void appendsToTheOutput();
    void findsTerminatorSplitAtEveryBoundary_data();
    void findsTerminatorSplitAtEveryBoundary();
    void findsTerminatorWithEveryTwoCuts();
    void findsTerminatorOneByteAtATime();
    void waitsForTheWholeTerminator_data();
    void waitsForTheWholeTerminator();
    void undoesDotStuffingOfALargeBody();
};

void TestBodyReader::readsBody_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("consumed");
    QTest::addColumn<qint64>("bareLf");
    QTest::addColumn<qint64>("bareCr");

    auto row = [](const char *name, const QByteArray &input, const QByteArray &body, int consumed = -1,
                   qint64 lf = 0, qint64 cr = 0) {
        QTest::newRow(name) << input << body << (consumed < 0 ? int(input.size()) : consumed) << lf << cr;
    };
    row("headers and body", "Subject: hi\r\n\r\nHello\r\n.\r\n", "Subject: hi\r\n\r\nHello\r\n");
    row("empty first line", "\r\n.\r\n", "\r\n");
    row("stuffed dot removed: ..x becomes .x", "..x\r\n.\r\n", ".x\r\n");
    row("line of one dot, stuffed", "a\r\n..\r\n.\r\n", "a\r\n.\r\n");
    row("line of two dots, stuffed", "...\r\n.\r\n", "..\r\n");
    row("several stuffed lines", "a\r\n..b\r\n...c\r\n.\r\n", "a\r\n.b\r\n..c\r\n");
    row("unstuffed leading dot is dropped (4.5.2)", ".x\r\n.\r\n", "x\r\n");
    row("dot inside a line kept", "a.b\r\nc.\r\n.\r\n", "a.b\r\nc.\r\n");
    row("only the terminator: empty body", ".\r\n", "");
    row("bare LF counted and kept", "a\nb\r\n.\r\n", "a\nb\r\n", -1, 1, 0);
    row("bare CR counted and kept", "a\rb\r\n.\r\n", "a\rb\r\n", -1, 0, 1);
    row("CR CR LF: one bare CR", "a\r\r\n.\r\n", "a\r\r\n", -1, 0, 1);
    row("LF CR LF: one bare LF", "a\n\r\n.\r\n", "a\n\r\n", -1, 1, 0);
    row("bare LF does not start a line: its dot is kept", "a\n.b\r\n.\r\n", "a\n.b\r\n", -1, 1, 0);
    row("LF . CRLF is not the end", "a\n.\r\n.\r\n", "a\n.\r\n", -1, 1, 0);
    row("CR . CRLF is not the end", "a\r.\r\n.\r\n", "a\r.\r\n", -1, 0, 1);
    row("dot CR x: stuffing dot dropped, bare CR kept", ".\rx\r\n.\r\n", "\rx\r\n", -1, 0, 1);
    row("several bare endings", "1\n2\n3\r4\r\n.\r\n", "1\n2\n3\r4\r\n", -1, 2, 1);
    row("NUL and 8-bit bytes pass through", QByteArray("\0\xff\x80\r\n.\r\n", 8), QByteArray("\0\xff\x80\r\n", 5));
    row("stops at the terminator", "a\r\n.\r\nMAIL FROM:<x@y.example>\r\n", "a\r\n", 6);
    row("pipelined QUIT after an empty body", ".\r\nQUIT\r\n", "", 3);
}

void TestBodyReader::readsBody()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, body);
    QFETCH(int, consumed);
    QFETCH(qint64, bareLf);
    QFETCH(qint64, bareCr);

    const Outcome o = readInPieces(input, {});
    QVERIFY(o.finished);
    QCOMPARE(o.body, body);
    QCOMPARE(o.consumed, qsizetype(consumed));
    QCOMPARE(o.wireBytes, qint64(consumed));
    QCOMPARE(o.bareLf, bareLf);
    QCOMPARE(o.bareCr, bareCr);
}

void TestBodyReader::emptyBodyIsJustTheTerminator()
{
    DotBodyReader reader;
    QVERIFY(!reader.isFinished());
    QByteArray out;
    QCOMPARE(reader.feed(".\r\n", &out), 3);
    QVERIFY(reader.isFinished());
    QVERIFY(out.isEmpty());
    QCOMPARE(reader.wireBytes(), 3);
}

void TestBodyReader::leavesBytesAfterTheTerminator()
{
    DotBodyReader reader;
    QByteArray out;
    const QByteArray input("body\r\n.\r\nRSET\r\n");
    QCOMPARE(reader.feed(input, &out), 9);
    QVERIFY(reader.isFinished());
    QCOMPARE(out, QByteArray("body\r\n"));
    // Once finished it takes nothing more.
    QCOMPARE(reader.feed(QByteArrayView(input).sliced(9), &out), 0);
    QCOMPARE(reader.feed("more\r\n.\r\n", &out), 0);
    QCOMPARE(out, QByteArray("body\r\n"));
    QCOMPARE(reader.wireBytes(), 9);
}

void TestBodyReader::appendsToTheOutput()
{
    DotBodyReader reader;
    QByteArray out("kept:");
    QCOMPARE(reader.feed("ab\r\n", &out), 4);
    QCOMPARE(out, QByteArray("kept:ab\r\n"));
    QCOMPARE(reader.feed("cd\r\n.\r\n", &out), 7);
    QCOMPARE(out, QByteArray("kept:ab\r\ncd\r\n"));
    QCOMPARE(reader.wireBytes(), 11);
}

namespace {
// One body with stuffing, an unstuffed dot, a bare LF, a bare CR and an empty last
// line, followed by the next command.
const QByteArray splitInput("Hi\r\n..dot\r\n.x\r\nbare\nlf\rcr\r\n\r\n.\r\nQUIT\r\n");
const QByteArray splitBody("Hi\r\n.dot\r\nx\r\nbare\nlf\rcr\r\n\r\n");
const qsizetype splitConsumed = splitInput.indexOf("\r\n.\r\n") + 5;
} // namespace

void TestBodyReader::findsTerminatorSplitAtEveryBoundary_data()
{
    QTest::addColumn<int>("cut");
    for (qsizetype i = 0; i <= splitInput.size(); ++i)
        QTest::addRow("cut at %d", int(i)) << int(i);
}

void TestBodyReader::findsTerminatorSplitAtEveryBoundary()
{
    QFETCH(int, cut);

    const Outcome o = readInPieces(splitInput, { qsizetype(cut) });
    QVERIFY(o.finished);
    QCOMPARE(o.body, splitBody);
    QCOMPARE(o.consumed, splitConsumed);
    QCOMPARE(o.wireBytes, qint64(splitConsumed));
    QCOMPARE(o.bareLf, 1);
    QCOMPARE(o.bareCr, 1);
}

void TestBodyReader::findsTerminatorWithEveryTwoCuts()
{
    for (qsizetype a = 0; a <= splitInput.size(); ++a) {
        for (qsizetype b = a; b <= splitInput.size(); ++b) {
            const Outcome o = readInPieces(splitInput, { a, b });
            const QByteArray where = "cuts at " + QByteArray::number(a) + " and " + QByteArray::number(b);
            QVERIFY2(o.finished, where.constData());
            QVERIFY2(o.body == splitBody, where.constData());
            QVERIFY2(o.consumed == splitConsumed, where.constData());
            QVERIFY2(o.bareLf == 1 && o.bareCr == 1, where.constData());
        }
    }
}

void TestBodyReader::findsTerminatorOneByteAtATime()
{
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < splitInput.size(); ++i)
        cuts << i;
    const Outcome o = readInPieces(splitInput, cuts);
    QVERIFY(o.finished);
    QCOMPARE(o.body, splitBody);
    QCOMPARE(o.consumed, splitConsumed);
    QCOMPARE(o.bareLf, 1);
    QCOMPARE(o.bareCr, 1);
}

void TestBodyReader::waitsForTheWholeTerminator_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("no terminator") << QByteArray("text\r\n");
    QTest::newRow("CRLF dot") << QByteArray("text\r\n.");
    QTest::newRow("CRLF dot CR") << QByteArray("text\r\n.\r");
    QTest::newRow("dot CR at the start") << QByteArray(".\r");
    QTest::newRow("LF dot LF (bare LF terminator)") << QByteArray("text\n.\n");
    QTest::newRow("CRLF dot LF") << QByteArray("text\r\n.\n");
    QTest::newRow("LF dot CRLF") << QByteArray("text\n.\r\n");
    QTest::newRow("CR dot CR") << QByteArray("text\r.\r");
    QTest::newRow("CR dot CRLF") << QByteArray("text\r.\r\n");
    QTest::newRow("dot space CRLF") << QByteArray("text\r\n. \r\n");
    QTest::newRow("stuffed dot line") << QByteArray("text\r\n..\r\n");
}

void TestBodyReader::waitsForTheWholeTerminator()
{
    QFETCH(QByteArray, input);
    DotBodyReader reader;
    QByteArray out;
    QCOMPARE(reader.feed(input, &out), input.size());
    QVERIFY(!reader.isFinished());
    QCOMPARE(reader.wireBytes(), input.size());
}

void TestBodyReader::undoesDotStuffingOfALargeBody()
{
    QByteArray body;
    for (int i = 0; i < 20000; ++i) {
        switch (i % 5) {
        case 0:
            body += "." + QByteArray::number(i) + "\r\n";
            break;
        case 1:
            body += "..\r\n";
            break;
        case 2:
            body += "line " + QByteArray::number(i) + " with a . in it\r\n";
            break;
        case 3:
            body += ".\tx\r\n";
            break;
        default:
            body += "\r\n";
            break;
        }
    }
    const QByteArray wire = dotStuff(body) + "QUIT\r\n";
    QList<qsizetype> cuts;
    for (qsizetype at = 0, step = 1; at < wire.size(); at += step, step = step % 97 + 1)
        cuts << at;
    const Outcome o = readInPieces(wire, cuts);
    QVERIFY(o.finished);
    QCOMPARE(o.body.size(), body.size());
    QVERIFY(o.body == body);
    QCOMPARE(o.consumed, wire.size() - 6);
    QCOMPARE(o.bareLf, 0);
    QCOMPARE(o.bareCr, 0);
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestBodyReader)
#include "tst_bodyreader.moc"
