// InputBuffer: command lines (CRLF or bare LF) from the front, overlong lines
// (RFC 5321 4.5.3.1.4: 512 octets with the CRLF) dropped with bounded memory,
// and raw bytes for DATA/BDAT that never reach past what was asked for.
#include "smtp/inputbuffer.h"

#include <QTest>

namespace Mailscope {

namespace {

constexpr qsizetype CommandMax = 512;

using Status = InputBuffer::LineStatus;

const char *statusName(Status s)
{
    switch (s) {
    case Status::Incomplete:
        return "Incomplete";
    case Status::Complete:
        return "Complete";
    case Status::TooLong:
        return "TooLong";
    }
    return "?";
}

} // namespace

class TestInputBuffer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void startsEmpty();
    void takesLinesWithEitherEnding_data();
    void takesLinesWithEitherEnding();
    void takesPipelinedLinesOneByOne();
    void keepsIncompleteLineUntilItsEnd();
    void joinsLineSplitAtEveryByte_data();
    void joinsLineSplitAtEveryByte();
    void joinsLineSentOneByteAtATime();
    void appliesMaxLengthIncludingLineEnding_data();
    void appliesMaxLengthIncludingLineEnding();
    void appliesMaxLengthToLineArrivingInPieces_data();
    void appliesMaxLengthToLineArrivingInPieces();
    void discardsHugeLineWithBoundedMemoryAndReportsItOnce();
    void reportsEachOfSeveralOverlongLines();
    void keepsPartialLineAcrossCompaction();
    void peekShowsOnlyUnreadBytes();
    void takeNeverCrossesIntoUnreadData();
    void consumeIsClampedToWhatIsThere();
    void rawTakeResetsThePartialLineScan();
};

void TestInputBuffer::startsEmpty()
{
    InputBuffer buffer;
    QVERIFY(buffer.isEmpty());
    QCOMPARE(buffer.size(), 0);
    QVERIFY(!buffer.isDiscardingLine());
    QByteArray line("untouched");
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Incomplete);
    QCOMPARE(buffer.peek(), QByteArrayView());
    QCOMPARE(buffer.take(10), QByteArray());
}

void TestInputBuffer::takesLinesWithEitherEnding_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("rest");

    QTest::newRow("CRLF") << QByteArray("EHLO client.example\r\n") << QByteArray("EHLO client.example") << QByteArray();
    QTest::newRow("bare LF") << QByteArray("NOOP\n") << QByteArray("NOOP") << QByteArray();
    QTest::newRow("empty line CRLF") << QByteArray("\r\n") << QByteArray("") << QByteArray();
    QTest::newRow("empty line LF") << QByteArray("\n") << QByteArray("") << QByteArray();
    QTest::newRow("CR inside the line is kept") << QByteArray("A\rB\r\n") << QByteArray("A\rB") << QByteArray();
    QTest::newRow("CR CR LF: only the last CR is the ending") << QByteArray("A\r\r\n") << QByteArray("A\r")
                                                               << QByteArray();
    QTest::newRow("LF CR: the CR starts the next line") << QByteArray("A\n\rB") << QByteArray("A")
                                                         << QByteArray("\rB");
    QTest::newRow("bytes after the line stay") << QByteArray("DATA\r\nSubject") << QByteArray("DATA")
                                               << QByteArray("Subject");
    QTest::newRow("UTF-8 and NUL kept") << QByteArray("X \xc3\xa9\0y\r\n", 8) << QByteArray("X \xc3\xa9\0y", 6)
                                        << QByteArray();
}

void TestInputBuffer::takesLinesWithEitherEnding()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, rest);

    InputBuffer buffer;
    buffer.append(input);
    QByteArray got;
    QCOMPARE(buffer.takeLine(&got, CommandMax), Status::Complete);
    QCOMPARE(got, line);
    QCOMPARE(buffer.size(), rest.size());
    QCOMPARE(buffer.peek(), QByteArrayView(rest));
}

void TestInputBuffer::takesPipelinedLinesOneByOne()
{
    InputBuffer buffer;
    buffer.append("MAIL FROM:<a@example.com>\r\nRCPT TO:<b@example.org>\nRCPT TO:<c@example.org>\r\nDATA\r\nQUI");
    QByteArray line;
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Complete);
    QCOMPARE(line, QByteArray("MAIL FROM:<a@example.com>"));
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Complete);
    QCOMPARE(line, QByteArray("RCPT TO:<b@example.org>"));
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Complete);
    QCOMPARE(line, QByteArray("RCPT TO:<c@example.org>"));
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Complete);
    QCOMPARE(line, QByteArray("DATA"));
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Incomplete);
    QCOMPARE(buffer.size(), 3);
    buffer.append("T\r\n");
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Complete);
    QCOMPARE(line, QByteArray("QUIT"));
    QVERIFY(buffer.isEmpty());
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Incomplete);
}

void TestInputBuffer::keepsIncompleteLineUntilItsEnd()
{
    InputBuffer buffer;
    buffer.append("HELO ho");
    QByteArray line;
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Incomplete);
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Incomplete); // asking twice changes nothing
    QCOMPARE(buffer.size(), 7);
    QCOMPARE(buffer.peek(), QByteArrayView("HELO ho"));
    QVERIFY(!buffer.isDiscardingLine());
    buffer.append("st\r");
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Incomplete);
    buffer.append("\n");
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Complete);
    QCOMPARE(line, QByteArray("HELO host"));
    QVERIFY(buffer.isEmpty());
}

void TestInputBuffer::joinsLineSplitAtEveryByte_data()
{
    QTest::addColumn<int>("split");
    const QByteArray full("MAIL FROM:<a@example.com>\r\n");
    for (int i = 1; i < full.size(); ++i)
        QTest::addRow("split at %d", i) << i;
}

void TestInputBuffer::joinsLineSplitAtEveryByte()
{
    QFETCH(int, split);
    const QByteArray full("MAIL FROM:<a@example.com>\r\nNOOP\r\n");
    const qsizetype firstLineEnd = full.indexOf('\n') + 1;

    InputBuffer buffer;
    QByteArray line;
    buffer.append(full.left(split));
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Incomplete);
    buffer.append(full.mid(split));
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Complete);
    QCOMPARE(line, QByteArray("MAIL FROM:<a@example.com>"));
    QCOMPARE(buffer.size(), full.size() - firstLineEnd);
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Complete);
    QCOMPARE(line, QByteArray("NOOP"));
    QVERIFY(buffer.isEmpty());
}

void TestInputBuffer::joinsLineSentOneByteAtATime()
{
    const QByteArray input("EHLO a\r\nMAIL FROM:<x@y.example>\nRSET\r\n");
    InputBuffer buffer;
    QList<QByteArray> lines;
    for (char c : input) {
        buffer.append(QByteArray(1, c));
        QByteArray line;
        const Status s = buffer.takeLine(&line, CommandMax);
        QVERIFY2(s != Status::TooLong, statusName(s));
        if (s == Status::Complete)
            lines << line;
    }
    QCOMPARE(lines, (QList<QByteArray> { "EHLO a", "MAIL FROM:<x@y.example>", "RSET" }));
    QVERIFY(buffer.isEmpty());
}

void TestInputBuffer::appliesMaxLengthIncludingLineEnding_data()
{
    QTest::addColumn<int>("contentLength");
    QTest::addColumn<QByteArray>("ending");
    QTest::addColumn<bool>("tooLong");

    QTest::newRow("510 + CRLF = 512: fits") << 510 << QByteArray("\r\n") << false;
    QTest::newRow("511 + CRLF = 513: too long") << 511 << QByteArray("\r\n") << true;
    QTest::newRow("511 + LF = 512: fits") << 511 << QByteArray("\n") << false;
    QTest::newRow("512 + LF = 513: too long") << 512 << QByteArray("\n") << true;
    QTest::newRow("2000 + CRLF: too long") << 2000 << QByteArray("\r\n") << true;
    QTest::newRow("0 + CRLF: fits") << 0 << QByteArray("\r\n") << false;
}

void TestInputBuffer::appliesMaxLengthIncludingLineEnding()
{
    QFETCH(int, contentLength);
    QFETCH(QByteArray, ending);
    QFETCH(bool, tooLong);

    const QByteArray content(contentLength, 'x');
    InputBuffer buffer;
    buffer.append(content + ending + "NOOP\r\n");
    QByteArray line("sentinel");
    const Status s = buffer.takeLine(&line, CommandMax);
    QCOMPARE(statusName(s), statusName(tooLong ? Status::TooLong : Status::Complete));
    if (!tooLong)
        QCOMPARE(line, content);
    // The line after it is intact either way.
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Complete);
    QCOMPARE(line, QByteArray("NOOP"));
    QVERIFY(buffer.isEmpty());
    QVERIFY(!buffer.isDiscardingLine());
}

void TestInputBuffer::appliesMaxLengthToLineArrivingInPieces_data()
{
    appliesMaxLengthIncludingLineEnding_data();
}

void TestInputBuffer::appliesMaxLengthToLineArrivingInPieces()
{
    QFETCH(int, contentLength);
    QFETCH(QByteArray, ending);
    QFETCH(bool, tooLong);

    const QByteArray content(contentLength, 'x');
    const QByteArray input = content + ending + "NOOP\r\n";
    InputBuffer buffer;
    QList<QByteArray> lines;
    int tooLongCount = 0;
    for (qsizetype i = 0; i < input.size(); i += 37) { // a size that splits CRLF somewhere
        buffer.append(input.mid(i, 37));
        for (;;) {
            QByteArray line;
            const Status s = buffer.takeLine(&line, CommandMax);
            if (s == Status::Incomplete)
                break;
            if (s == Status::TooLong)
                ++tooLongCount;
            else
                lines << line;
        }
    }
    QCOMPARE(tooLongCount, tooLong ? 1 : 0);
    const QList<QByteArray> expected = tooLong ? QList<QByteArray> { "NOOP" } : QList<QByteArray> { content, "NOOP" };
    QCOMPARE(lines, expected);
    QVERIFY(buffer.isEmpty());
}

void TestInputBuffer::discardsHugeLineWithBoundedMemoryAndReportsItOnce()
{
    const qsizetype piece = 64 * 1024;
    const qsizetype total = 10 * 1024 * 1024;
    const QByteArray chunk(piece, 'z');
    InputBuffer buffer;
    QByteArray line("sentinel");
    qsizetype largest = 0;
    for (qsizetype sent = 0; sent < total; sent += piece) {
        buffer.append(chunk);
        QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Incomplete);
        largest = qMax(largest, buffer.size());
        QVERIFY(buffer.isDiscardingLine());
    }
    // Never more than one network read plus a line's worth kept.
    QVERIFY2(largest <= piece + CommandMax, QByteArray::number(largest).constData());
    QVERIFY2(buffer.size() <= CommandMax, QByteArray::number(buffer.size()).constData());

    buffer.append("end of the huge line\r\nNOOP\r\n");
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::TooLong);
    QVERIFY(!buffer.isDiscardingLine());
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Complete);
    QCOMPARE(line, QByteArray("NOOP"));
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Incomplete); // reported once only
    QVERIFY(buffer.isEmpty());
}

void TestInputBuffer::reportsEachOfSeveralOverlongLines()
{
    InputBuffer buffer;
    buffer.append(QByteArray(600, 'a') + "\r\n" + QByteArray(513, 'b') + "\n" + "OK\r\n");
    QByteArray line;
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::TooLong);
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::TooLong);
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Complete);
    QCOMPARE(line, QByteArray("OK"));
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Incomplete);
}

void TestInputBuffer::keepsPartialLineAcrossCompaction()
{
    // Enough consumed lines that the buffer drops its front on the next append.
    InputBuffer buffer;
    buffer.append(QByteArray("ab\r\n").repeated(3000) + "par");
    QByteArray line;
    for (int i = 0; i < 3000; ++i) {
        QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Complete);
        QCOMPARE(line, QByteArray("ab"));
    }
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Incomplete);
    QCOMPARE(buffer.size(), 3);
    buffer.append("tial\nnext");
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Complete);
    QCOMPARE(line, QByteArray("partial"));
    QCOMPARE(buffer.peek(), QByteArrayView("next"));
}

void TestInputBuffer::peekShowsOnlyUnreadBytes()
{
    InputBuffer buffer;
    buffer.append("DATA\r\nSubject: hi\r\n\r\nbody\r\n.\r\n");
    QByteArray line;
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Complete);
    QCOMPARE(line, QByteArray("DATA"));
    QCOMPARE(buffer.peek(), QByteArrayView("Subject: hi\r\n\r\nbody\r\n.\r\n"));
    QCOMPARE(buffer.size(), buffer.peek().size());
    // peek does not consume.
    QCOMPARE(buffer.peek(), QByteArrayView("Subject: hi\r\n\r\nbody\r\n.\r\n"));
    buffer.consume(13);
    QCOMPARE(buffer.peek(), QByteArrayView("\r\nbody\r\n.\r\n"));
}

void TestInputBuffer::takeNeverCrossesIntoUnreadData()
{
    // BDAT 5 then the next command in the same packet.
    InputBuffer buffer;
    buffer.append("BDAT 5 LAST\r\nhelloQUIT\r\n");
    QByteArray line;
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Complete);
    QCOMPARE(line, QByteArray("BDAT 5 LAST"));
    QCOMPARE(buffer.take(5), QByteArray("hello"));
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Complete);
    QCOMPARE(line, QByteArray("QUIT"));

    // Asking for more than is there returns what is there.
    buffer.append("abc");
    QCOMPARE(buffer.take(0), QByteArray());
    QCOMPARE(buffer.size(), 3);
    QCOMPARE(buffer.take(100), QByteArray("abc"));
    QVERIFY(buffer.isEmpty());
    QCOMPARE(buffer.take(100), QByteArray());

    // A chunk split across appends.
    buffer.append("BDAT 8\r\n1234");
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Complete);
    QCOMPARE(buffer.take(8), QByteArray("1234"));
    buffer.append("5678RSET\r\n");
    QCOMPARE(buffer.take(4), QByteArray("5678"));
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Complete);
    QCOMPARE(line, QByteArray("RSET"));
}

void TestInputBuffer::consumeIsClampedToWhatIsThere()
{
    InputBuffer buffer;
    buffer.append("12345");
    buffer.consume(2);
    QCOMPARE(buffer.size(), 3);
    QCOMPARE(buffer.peek(), QByteArrayView("345"));
    buffer.consume(0);
    QCOMPARE(buffer.size(), 3);
    buffer.consume(1000);
    QCOMPARE(buffer.size(), 0);
    QVERIFY(buffer.isEmpty());
    buffer.append("QUIT\r\n");
    QByteArray line;
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Complete);
    QCOMPARE(line, QByteArray("QUIT"));
}

void TestInputBuffer::rawTakeResetsThePartialLineScan()
{
    // A partial line was scanned, then raw bytes were taken from its front:
    // the rest must still be found as a line when its LF comes.
    InputBuffer buffer;
    buffer.append("abc");
    QByteArray line;
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Incomplete);
    QCOMPARE(buffer.take(2), QByteArray("ab"));
    buffer.append("d\nx\n");
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Complete);
    QCOMPARE(line, QByteArray("cd"));
    QCOMPARE(buffer.takeLine(&line, CommandMax), Status::Complete);
    QCOMPARE(line, QByteArray("x"));
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestInputBuffer)
#include "tst_inputbuffer.moc"
