// peekHeader: the first field of a name from a raw message's header block,
// unfolded and trimmed, without MIME decoding.
#include "store/headerpeek.h"

#include <QTest>

namespace Mailscope {

class TestHeaderPeek : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findsFieldInHeaderBlock_data();
    void findsFieldInHeaderBlock();
    void decodesBytesAsUtf8();
};

void TestHeaderPeek::findsFieldInHeaderBlock_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain field") << QByteArray("From: a@example.org\r\nSubject: Hello\r\n\r\nbody\r\n")
                                 << QByteArray("Subject") << QStringLiteral("Hello");
    QTest::newRow("name in other case")
        << QByteArray("SUBJECT: Loud\r\n\r\n") << QByteArray("subject") << QStringLiteral("Loud");
    QTest::newRow("asked in other case")
        << QByteArray("subject: quiet\r\n\r\n") << QByteArray("SuBjEcT") << QStringLiteral("quiet");
    QTest::newRow("folded with CRLF")
        << QByteArray("Subject: Hello\r\n world\r\n\tagain\r\nTo: b@example.org\r\n\r\n")
        << QByteArray("Subject") << QStringLiteral("Hello world\tagain");
    QTest::newRow("bare LF line ends") << QByteArray("From: a@example.org\nSubject: Plain\n\nbody\n")
                                       << QByteArray("Subject") << QStringLiteral("Plain");
    QTest::newRow("folded with bare LF")
        << QByteArray("Subject: one\n two\nTo: x\n\n") << QByteArray("Subject") << QStringLiteral("one two");
    QTest::newRow("absent") << QByteArray("From: a@example.org\r\nTo: b@example.org\r\n\r\nSubject: no\r\n")
                            << QByteArray("Subject") << QString();
    QTest::newRow("only after the body starts")
        << QByteArray("From: a@example.org\r\n\r\nSubject: in body\r\n") << QByteArray("Subject")
        << QString();
    QTest::newRow("only after a bare LF blank line")
        << QByteArray("From: a\n\nSubject: in body\n") << QByteArray("Subject") << QString();
    QTest::newRow("first of two wins") << QByteArray("Subject: one\r\nSubject: two\r\n\r\n")
                                       << QByteArray("Subject") << QStringLiteral("one");
    QTest::newRow("longer name is another field") << QByteArray("Subject-Extra: no\r\nSubject: yes\r\n\r\n")
                                                  << QByteArray("Subject") << QStringLiteral("yes");
    QTest::newRow("whitespace trimmed") << QByteArray("Subject: \t spaced out \t\r\n\r\n")
                                        << QByteArray("Subject") << QStringLiteral("spaced out");
    QTest::newRow("whitespace before colon")
        << QByteArray("Subject : obsolete\r\n\r\n") << QByteArray("Subject") << QStringLiteral("obsolete");
    QTest::newRow("no line end at the end")
        << QByteArray("To: x\r\nSubject: cut") << QByteArray("Subject") << QStringLiteral("cut");
    QTest::newRow("folded field ends at next field") << QByteArray("Subject: a\r\n b\r\nX: c\r\n d\r\n\r\n")
                                                     << QByteArray("Subject") << QStringLiteral("a b");
    QTest::newRow("continuation of another field")
        << QByteArray("X: Subject: no\r\n Subject: no\r\n\r\n") << QByteArray("Subject") << QString();
    QTest::newRow("encoded word kept as is") << QByteArray("Subject: =?UTF-8?B?SGk=?=\r\n\r\n")
                                             << QByteArray("Subject") << QStringLiteral("=?UTF-8?B?SGk=?=");
    QTest::newRow("empty input") << QByteArray() << QByteArray("Subject") << QString();
}

void TestHeaderPeek::findsFieldInHeaderBlock()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, name);
    QFETCH(QString, expected);
    QCOMPARE(peekHeader(head, name), expected);
}

void TestHeaderPeek::decodesBytesAsUtf8()
{
    const QString subject = QStringLiteral("Grüße aus Köln");
    QCOMPARE(peekHeader("Subject: " + subject.toUtf8() + "\r\n\r\n", "Subject"), subject);
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestHeaderPeek)
#include "tst_headerpeek.moc"
