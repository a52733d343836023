// Rule: its settings-file form and the presets (behaviour over sessions: tests/e2e/test_rules.py).
#include "rules/rule.h"

#include <QJsonDocument>
#include <QTest>

namespace Mailscope {

class TestRule : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryField()
    {
        Rule rule;
        rule.name = QStringLiteral("Spam");
        rule.enabled = false;
        rule.stage = Rule::Stage::Data;
        rule.field = Rule::Field::Header;
        rule.header = QStringLiteral("X-Spam");
        rule.pattern = QStringLiteral("^yes$");
        rule.regex = true;
        rule.action = Rule::Action::Reject;
        rule.code = 554;
        rule.enhancedCode = QStringLiteral("5.7.1");
        rule.text = QStringLiteral("No spam");
        rule.delayMs = 10;
        rule.rewritePattern = QStringLiteral("a");
        rule.rewriteTo = QStringLiteral("b");
        rule.probability = 12.5;
        rule.everyNth = 3;
        rule.firstAttemptOnly = true;
        Rule read;
        QString error;
        QVERIFY2(Rule::fromJson(rule.toJson(), &read, &error), qPrintable(error));
        QVERIFY(read == rule);
        QCOMPARE(rule.toJson().value("stage").toString(), QStringLiteral("data"));
        QCOMPARE(rule.toJson().value("match").toString(), QStringLiteral("header"));
    }

    void rejectsBadRules_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("key");
        QTest::newRow("unknown stage") << QByteArray("{\"stage\": \"quit\"}") << QStringLiteral("stage");
        QTest::newRow("unknown match") << QByteArray("{\"match\": \"color\"}") << QStringLiteral("match");
        QTest::newRow("unknown action") << QByteArray("{\"action\": \"explode\"}") << QStringLiteral("action");
        QTest::newRow("reject with 250") << QByteArray("{\"action\": \"reject\", \"code\": 250}") << QStringLiteral("code");
        QTest::newRow("bad regex") << QByteArray("{\"pattern\": \"(\", \"regex\": true}") << QStringLiteral("pattern");
        QTest::newRow("bad rewrite") << QByteArray("{\"action\": \"rewrite-recipient\", \"rewritePattern\": \"[\"}")
                                     << QStringLiteral("rewritePattern");
        QTest::newRow("probability over 100") << QByteArray("{\"probability\": 101}") << QStringLiteral("probability");
        QTest::newRow("negative delay") << QByteArray("{\"delayMs\": -1}") << QStringLiteral("delayMs");
    }

    void rejectsBadRules()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, key);
        Rule rule;
        QString error;
        QVERIFY(!Rule::fromJson(QJsonDocument::fromJson(json).object(), &rule, &error));
        QVERIFY2(error.contains(key), qPrintable(error));
    }

    void presetsByName()
    {
        QList<Rule> rules;
        QString error;
        QVERIFY(RulePresets::byName(QStringLiteral("reject-recipients:*@x.test"), &rules, &error));
        QVERIFY(RulePresets::byName(QStringLiteral("greylist"), &rules, &error));
        QVERIFY(RulePresets::byName(QStringLiteral("tempfail-every:3"), &rules, &error));
        QVERIFY(RulePresets::byName(QStringLiteral("slow:100"), &rules, &error));
        QVERIFY(RulePresets::byName(QStringLiteral("lmtp-every-other"), &rules, &error));
        QCOMPARE(rules.size(), 1 + 1 + 1 + 5 + 1);
        QCOMPARE(rules[0].pattern, QStringLiteral("*@x.test"));
        QCOMPARE(rules[0].code, 550);
        QVERIFY(rules[1].firstAttemptOnly);
        QCOMPARE(rules[1].code, 450);
        QCOMPARE(rules[2].everyNth, 3);
        QCOMPARE(rules[3].action, Rule::Action::Delay);
        QCOMPARE(rules.last().stage, Rule::Stage::LmtpRecipient);
        for (const char *bad : { "tempfail-every:0", "tempfail-every", "reject-recipients", "slow:x", "chaos" }) {
            error.clear();
            QVERIFY2(!RulePresets::byName(QString::fromLatin1(bad), &rules, &error), bad);
            QVERIFY(error.contains(QLatin1String(bad)));
        }
    }
};

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestRule)
#include "tst_rule.moc"
