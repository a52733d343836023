#include "rules/chaostriggers.h"

#include <QJsonValue>
#include <array>
#include <cmath>

namespace Mailscope::ChaosTriggers {

namespace {

constexpr std::array AllTriggers { Trigger::Sender, Trigger::Recipient, Trigger::Authentication };

struct Setting {
    int errorCode = 0;
    int probability = 0;
};

QJsonValue valueOf(const QJsonObject& json, const QString& key)
{
    for (auto it = json.begin(); it != json.end(); ++it)
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    return QJsonValue::Undefined;
}

bool readWhole(const QJsonObject& json, const QString& key, const QString& where, int* out, QString* error)
{
    const QJsonValue value = valueOf(json, key);
    if (value.isUndefined() || value.isNull())
        return true;
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::floor(number) != number || std::abs(number) > 1e9) {
        *error = QStringLiteral("%1.%2 must be a whole number").arg(where, key);
        return false;
    }
    *out = int(number);
    return true;
}

Rule makeRule(Trigger trigger, const Setting& setting)
{
    Rule rule;
    rule.name = ruleName(trigger);
    rule.field = Rule::Field::Any;
    rule.action = Rule::Action::Reject;
    rule.code = setting.errorCode;
    rule.probability = setting.probability;
    rule.enabled = setting.probability > 0;
    const char digit = setting.errorCode >= 500 ? '5' : '4';
    switch (trigger) {
    case Trigger::Sender:
        rule.stage = Rule::Stage::MailFrom;
        rule.enhancedCode = QStringLiteral("%1.3.0").arg(digit);
        rule.text = QStringLiteral("Chaos sender error");
        break;
    case Trigger::Recipient:
        rule.stage = Rule::Stage::RcptTo;
        rule.enhancedCode = QStringLiteral("%1.3.0").arg(digit);
        rule.text = QStringLiteral("Chaos recipient error");
        break;
    case Trigger::Authentication:
        rule.stage = Rule::Stage::Auth;
        rule.enhancedCode = QStringLiteral("%1.7.0").arg(digit);
        rule.text = QStringLiteral("Chaos authentication error");
        break;
    }
    return rule;
}

bool isChaosRule(const Rule& rule)
{
    for (const Trigger trigger : AllTriggers)
        if (rule.name == ruleName(trigger))
            return true;
    return false;
}

} // namespace

QString triggerKey(Trigger trigger)
{
    switch (trigger) {
    case Trigger::Sender:
        return QStringLiteral("Sender");
    case Trigger::Recipient:
        return QStringLiteral("Recipient");
    case Trigger::Authentication:
        break;
    }
    return QStringLiteral("Authentication");
}

int defaultErrorCode(Trigger trigger)
{
    return trigger == Trigger::Authentication ? 535 : 451;
}

QString ruleName(Trigger trigger)
{
    return QStringLiteral("Chaos: ") + triggerKey(trigger).toLower();
}

QJsonObject toJson(const QList<Rule>& rules)
{
    QJsonObject json;
    for (const Trigger trigger : AllTriggers) {
        Setting setting { defaultErrorCode(trigger), 0 };
        for (const Rule& rule : rules) {
            if (rule.name == ruleName(trigger)) {
                setting = { rule.code, rule.enabled ? int(std::lround(rule.probability)) : 0 };
                break;
            }
        }
        json.insert(triggerKey(trigger),
            QJsonObject { { QStringLiteral("ErrorCode"), setting.errorCode },
                { QStringLiteral("Probability"), setting.probability } });
    }
    return json;
}

bool apply(const QJsonObject& json, QList<Rule>* rules, QString* error)
{
    QList<Rule> chaos;
    for (const Trigger trigger : AllTriggers) {
        const QString key = triggerKey(trigger);
        const QJsonValue value = valueOf(json, key);
        if (!value.isUndefined() && !value.isNull() && !value.isObject()) {
            *error = QStringLiteral("%1 must be an object with ErrorCode and Probability").arg(key);
            return false;
        }
        Setting setting;
        if (!readWhole(value.toObject(), QStringLiteral("ErrorCode"), key, &setting.errorCode, error)
            || !readWhole(value.toObject(), QStringLiteral("Probability"), key, &setting.probability, error))
            return false;
        if (setting.errorCode == 0)
            setting.errorCode = defaultErrorCode(trigger);
        if (setting.errorCode < 400 || setting.errorCode > 599) {
            *error = QStringLiteral("error code must be between 400 and 599");
            return false;
        }
        if (setting.probability < 0 || setting.probability > 100) {
            *error = QStringLiteral("probability must be between 0 and 100");
            return false;
        }
        // A trigger at its defaults needs no rule; an off trigger with its own code keeps it.
        if (setting.probability > 0 || setting.errorCode != defaultErrorCode(trigger))
            chaos.append(makeRule(trigger, setting));
    }
    rules->removeIf(isChaosRule);
    *rules = chaos + *rules; // first: chaos answers before the other rules
    return true;
}

} // namespace Mailscope::ChaosTriggers
