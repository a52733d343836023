#include "jsonline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace Mailscope {

class TestJsonLine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writesMembersInOrder();
    void stringsReadBackUnchanged_data();
    void stringsReadBackUnchanged();
    void controlCharactersAreEscaped();
    void nestsObjectsAndArrays();
    void emptyObject();
};

namespace {

QJsonObject parsed(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), json.constData());
    return document.object();
}

} // namespace

void TestJsonLine::writesMembersInOrder()
{
    JsonLine line;
    line.addString(QLatin1StringView("event"), u"message")
        .addNumber(QLatin1StringView("id"), Q_INT64_C(9007199254740993))
        .addBool(QLatin1StringView("tls"), true)
        .addBool(QLatin1StringView("auth"), false)
        .addNull(QLatin1StringView("tags"));
    QCOMPARE(line.toJson(), QByteArray("{\"event\":\"message\",\"id\":9007199254740993,\"tls\":true,\"auth\":false,\"tags\":null}"));
    const QJsonObject object = parsed(line.toJson());
    QCOMPARE(object.value(QStringLiteral("event")).toString(), QStringLiteral("message"));
    QCOMPARE(object.value(QStringLiteral("tls")).toBool(), true);
    QVERIFY(object.value(QStringLiteral("tags")).isNull());
}

void TestJsonLine::stringsReadBackUnchanged_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("quotes and backslashes") << QStringLiteral("say \"hi\" \\ C:\\path\\");
    QTest::newRow("non-ASCII") << QStringLiteral("Grüße, 日本語, emoji 😀");
    QTest::newRow("line ends") << QStringLiteral("one\r\ntwo\nthree\tfour");
    QTest::newRow("every control character") << [] {
        QString all;
        for (char16_t c = 0; c < 0x20; ++c)
            all += QChar(c);
        return all + QStringLiteral("\x7f end");
    }();
    QTest::newRow("slash and unicode separators") << QStringLiteral("</script>\u2028\u2029");
}

void TestJsonLine::stringsReadBackUnchanged()
{
    QFETCH(QString, text);
    JsonLine line;
    line.addString(QLatin1StringView("text"), text);
    QCOMPARE(parsed(line.toJson()).value(QStringLiteral("text")).toString(), text);
    QVERIFY(!line.toJson().contains('\n')); // one event, one line
}

void TestJsonLine::controlCharactersAreEscaped()
{
    QByteArray out;
    JsonLine::appendString(out, QStringView(u"a\u0001b\"c\n"));
    QCOMPARE(out, QByteArray("\"a\\u0001b\\\"c\\n\""));
}

void TestJsonLine::nestsObjectsAndArrays()
{
    JsonLine parameters;
    parameters.addString(QLatin1StringView("SIZE"), u"100").addNull(QLatin1StringView("SMTPUTF8"));
    QByteArray recipients = "[";
    for (const char16_t *address : { u"a@example.org", u"b@example.org" }) {
        if (recipients.size() > 1)
            recipients += ',';
        recipients += JsonLine().addString(QLatin1StringView("address"), address).toJson();
    }
    recipients += ']';
    JsonLine line;
    line.addObject(QLatin1StringView("mailParameters"), parameters)
        .addJson(QLatin1StringView("recipients"), recipients)
        .addObject(QLatin1StringView("forwarded"), JsonLine());
    const QJsonObject object = parsed(line.toJson());
    QCOMPARE(object.value(QStringLiteral("mailParameters")).toObject().value(QStringLiteral("SIZE")).toString(),
        QStringLiteral("100"));
    QVERIFY(object.value(QStringLiteral("mailParameters")).toObject().value(QStringLiteral("SMTPUTF8")).isNull());
    QCOMPARE(object.value(QStringLiteral("recipients")).toArray().at(1).toObject().value(QStringLiteral("address")).toString(),
        QStringLiteral("b@example.org"));
    QVERIFY(object.value(QStringLiteral("forwarded")).toObject().isEmpty());
}

void TestJsonLine::emptyObject()
{
    QVERIFY(JsonLine().isEmpty());
    QCOMPARE(JsonLine().toJson(), QByteArray("{}"));
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestJsonLine)
#include "tst_jsonline.moc"
