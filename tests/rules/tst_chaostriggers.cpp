// Mailpit's chaos triggers as rules: JSON in, rules out, and back.
#include "rules/chaostriggers.h"

#include <QJsonDocument>
#include <QTest>

namespace Mailscope {

class TestChaosTriggers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void noRulesMeansEveryTriggerOff();
    void makesRejectRulesAtTheirStages();
    void replacesOnlyChaosRulesAndPutsThemFirst();
    void keepsAnOffTriggerWithItsOwnCode();
    void acceptsKeysInAnyCase();
    void refusesBadValues_data();
    void refusesBadValues();
};

namespace {

QJsonObject parse(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject trigger(int code, int probability)
{
    return { { QStringLiteral("ErrorCode"), code }, { QStringLiteral("Probability"), probability } };
}

} // namespace

void TestChaosTriggers::noRulesMeansEveryTriggerOff()
{
    const QJsonObject json = ChaosTriggers::toJson({});
    QCOMPARE(json.value(QLatin1String("Sender")).toObject(), trigger(451, 0));
    QCOMPARE(json.value(QLatin1String("Recipient")).toObject(), trigger(451, 0));
    QCOMPARE(json.value(QLatin1String("Authentication")).toObject(), trigger(535, 0));
}

void TestChaosTriggers::makesRejectRulesAtTheirStages()
{
    QList<Rule> rules;
    QString error;
    QVERIFY(ChaosTriggers::apply(parse(R"({"Sender": {"ErrorCode": 554, "Probability": 10},
        "Recipient": {"Probability": 50}, "Authentication": {"Probability": 100}})"),
        &rules, &error));
    QCOMPARE(rules.size(), 3);
    QCOMPARE(rules[0].stage, Rule::Stage::MailFrom);
    QCOMPARE(rules[0].action, Rule::Action::Reject);
    QCOMPARE(rules[0].code, 554);
    QCOMPARE(rules[0].enhancedCode, QStringLiteral("5.3.0"));
    QCOMPARE(rules[0].probability, 10.0);
    QCOMPARE(rules[0].field, Rule::Field::Any);
    QCOMPARE(rules[1].stage, Rule::Stage::RcptTo);
    QCOMPARE(rules[1].code, 451);
    QCOMPARE(rules[1].enhancedCode, QStringLiteral("4.3.0"));
    QCOMPARE(rules[2].stage, Rule::Stage::Auth);
    QCOMPARE(rules[2].code, 535);
    QCOMPARE(rules[2].text, QStringLiteral("Chaos authentication error"));
    QCOMPARE(ChaosTriggers::toJson(rules).value(QLatin1String("Sender")).toObject(), trigger(554, 10));
}

void TestChaosTriggers::replacesOnlyChaosRulesAndPutsThemFirst()
{
    Rule own;
    own.name = QStringLiteral("reject bad.test");
    own.pattern = QStringLiteral("*@bad.test");
    QList<Rule> rules { own };
    QString error;
    QVERIFY(ChaosTriggers::apply(parse(R"({"Recipient": {"Probability": 5}})"), &rules, &error));
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules[0].name, ChaosTriggers::ruleName(ChaosTriggers::Trigger::Recipient));
    QCOMPARE(rules[1], own);
    QVERIFY(ChaosTriggers::apply(parse(R"({"Sender": {"Probability": 7}})"), &rules, &error));
    QCOMPARE(rules.size(), 2); // the recipient trigger went back to 0%: no rule
    QCOMPARE(rules[0].name, ChaosTriggers::ruleName(ChaosTriggers::Trigger::Sender));
    QVERIFY(ChaosTriggers::apply({}, &rules, &error));
    QCOMPARE(rules, QList<Rule> { own });
}

void TestChaosTriggers::keepsAnOffTriggerWithItsOwnCode()
{
    QList<Rule> rules;
    QString error;
    QVERIFY(
        ChaosTriggers::apply(parse(R"({"Sender": {"ErrorCode": 421, "Probability": 0}})"), &rules, &error));
    QCOMPARE(rules.size(), 1);
    QVERIFY(!rules[0].enabled);
    QCOMPARE(ChaosTriggers::toJson(rules).value(QLatin1String("Sender")).toObject(), trigger(421, 0));
}

void TestChaosTriggers::acceptsKeysInAnyCase()
{
    QList<Rule> rules;
    QString error;
    QVERIFY(
        ChaosTriggers::apply(parse(R"({"sender": {"errorcode": 450, "probability": 3}})"), &rules, &error));
    QCOMPARE(ChaosTriggers::toJson(rules).value(QLatin1String("Sender")).toObject(), trigger(450, 3));
}

void TestChaosTriggers::refusesBadValues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("code below 400") << QByteArray(R"({"Sender": {"ErrorCode": 399}})");
    QTest::newRow("code above 599") << QByteArray(R"({"Recipient": {"ErrorCode": 600}})");
    QTest::newRow("negative probability") << QByteArray(R"({"Sender": {"Probability": -1}})");
    QTest::newRow("probability above 100") << QByteArray(R"({"Authentication": {"Probability": 101}})");
    QTest::newRow("string probability") << QByteArray(R"({"Sender": {"Probability": "5"}})");
    QTest::newRow("fraction") << QByteArray(R"({"Sender": {"Probability": 0.5}})");
    QTest::newRow("trigger is a number") << QByteArray(R"({"Sender": 451})");
}

void TestChaosTriggers::refusesBadValues()
{
    QFETCH(QByteArray, json);
    Rule own;
    own.name = QStringLiteral("mine");
    QList<Rule> rules { own };
    QString error;
    QVERIFY(!ChaosTriggers::apply(parse(json), &rules, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(rules, QList<Rule> { own });
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestChaosTriggers)
#include "tst_chaostriggers.moc"
