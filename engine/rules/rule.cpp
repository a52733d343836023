#include "rules/rule.h"

#include "settingsjson.h"

#include <QRegularExpression>

namespace Mailscope {

using namespace SettingsJson;

namespace {

const char *const stageNames[] = { "connect", "helo", "auth", "mail", "rcpt", "data", "lmtp-recipient" };
const char *const fieldNames[] = { "any", "address", "client-ip", "helo", "header", "auth-user" };
const char *const actionNames[] = { "accept", "reject", "delay", "disconnect", "rewrite-recipient" };

template<size_t N>
bool readEnum(const QJsonObject &json, const char *key, const char *const (&names)[N], int *out, QString *error)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    for (size_t i = 0; i < N; ++i) {
        if (v.toString() == QLatin1String(names[i])) {
            *out = int(i);
            return true;
        }
    }
    QStringList allowed;
    for (const char *name : names)
        allowed << QLatin1Char('"') + QLatin1String(name) + QLatin1Char('"');
    *error = QStringLiteral("\"%1\" must be one of %2").arg(QLatin1String(key), allowed.join(QStringLiteral(", ")));
    return false;
}

bool readDouble(const QJsonObject &json, const char *key, double minimum, double maximum, double *out, QString *error)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isDouble() || v.toDouble() < minimum || v.toDouble() > maximum) {
        *error = QStringLiteral("\"%1\" must be a number from %2 to %3").arg(QLatin1String(key)).arg(minimum).arg(maximum);
        return false;
    }
    *out = v.toDouble();
    return true;
}

Rule makeRule(const QString &name, Rule::Stage stage, Rule::Action action)
{
    Rule rule;
    rule.name = name;
    rule.stage = stage;
    rule.action = action;
    return rule;
}

} // namespace

QString ruleStageName(Rule::Stage stage) { return QLatin1String(stageNames[int(stage)]); }

QJsonObject Rule::toJson() const
{
    return {
        { QStringLiteral("name"), name },
        { QStringLiteral("enabled"), enabled },
        { QStringLiteral("stage"), ruleStageName(stage) },
        { QStringLiteral("match"), QLatin1String(fieldNames[int(field)]) },
        { QStringLiteral("header"), header },
        { QStringLiteral("pattern"), pattern },
        { QStringLiteral("regex"), regex },
        { QStringLiteral("action"), QLatin1String(actionNames[int(action)]) },
        { QStringLiteral("code"), code },
        { QStringLiteral("enhancedCode"), enhancedCode },
        { QStringLiteral("text"), text },
        { QStringLiteral("delayMs"), delayMs },
        { QStringLiteral("rewritePattern"), rewritePattern },
        { QStringLiteral("rewriteTo"), rewriteTo },
        { QStringLiteral("probability"), probability },
        { QStringLiteral("everyNth"), everyNth },
        { QStringLiteral("firstAttemptOnly"), firstAttemptOnly },
    };
}

bool Rule::fromJson(const QJsonObject &json, Rule *rule, QString *error)
{
    int stage = int(rule->stage);
    int field = int(rule->field);
    int action = int(rule->action);
    const bool ok = readString(json, "name", &rule->name, error) && readBool(json, "enabled", &rule->enabled, error)
        && readEnum(json, "stage", stageNames, &stage, error) && readEnum(json, "match", fieldNames, &field, error)
        && readString(json, "header", &rule->header, error) && readString(json, "pattern", &rule->pattern, error)
        && readBool(json, "regex", &rule->regex, error) && readEnum(json, "action", actionNames, &action, error)
        && readInt(json, "code", 200, &rule->code, error)
        && readString(json, "enhancedCode", &rule->enhancedCode, error)
        && readString(json, "text", &rule->text, error) && readInt(json, "delayMs", 0, &rule->delayMs, error)
        && readString(json, "rewritePattern", &rule->rewritePattern, error)
        && readString(json, "rewriteTo", &rule->rewriteTo, error)
        && readDouble(json, "probability", 0, 100, &rule->probability, error)
        && readInt(json, "everyNth", 0, &rule->everyNth, error)
        && readBool(json, "firstAttemptOnly", &rule->firstAttemptOnly, error);
    if (!ok)
        return false;
    rule->stage = Stage(stage);
    rule->field = Field(field);
    rule->action = Action(action);
    if (rule->action == Action::Reject && (rule->code < 400 || rule->code > 599)) {
        *error = QStringLiteral("\"code\" of a reject rule must be 4xx or 5xx");
        return false;
    }
    if (rule->regex && !QRegularExpression(rule->pattern).isValid()) {
        *error = QStringLiteral("\"pattern\" is not a valid regular expression: %1").arg(rule->pattern);
        return false;
    }
    if (rule->action == Action::RewriteRecipient && !QRegularExpression(rule->rewritePattern).isValid()) {
        *error = QStringLiteral("\"rewritePattern\" is not a valid regular expression: %1").arg(rule->rewritePattern);
        return false;
    }
    return true;
}

QString Rule::describe() const
{
    switch (action) {
    case Action::Accept:
        return QStringLiteral("accept");
    case Action::Reject:
        return QStringLiteral("reject %1 %2").arg(code).arg(enhancedCode);
    case Action::Delay:
        return QStringLiteral("delay %1 ms").arg(delayMs);
    case Action::Disconnect:
        return QStringLiteral("disconnect");
    case Action::RewriteRecipient:
        break;
    }
    return QStringLiteral("rewrite recipient");
}

namespace RulePresets {

QList<Rule> rejectRecipients(const QString &glob)
{
    Rule rule = makeRule(QStringLiteral("Reject recipients %1").arg(glob), Rule::Stage::RcptTo, Rule::Action::Reject);
    rule.field = Rule::Field::Address;
    rule.pattern = glob;
    rule.code = 550;
    rule.enhancedCode = QStringLiteral("5.1.1");
    rule.text = QStringLiteral("No such user here");
    return { rule };
}

QList<Rule> greylist()
{
    Rule rule = makeRule(QStringLiteral("Greylist"), Rule::Stage::RcptTo, Rule::Action::Reject);
    rule.code = 450;
    rule.enhancedCode = QStringLiteral("4.7.1");
    rule.text = QStringLiteral("Greylisted, please try again later");
    rule.firstAttemptOnly = true;
    return { rule };
}

QList<Rule> tempFailEveryNth(int n)
{
    Rule rule = makeRule(QStringLiteral("Temporary failure every %1 messages").arg(n), Rule::Stage::Data,
                         Rule::Action::Reject);
    rule.code = 451;
    rule.enhancedCode = QStringLiteral("4.3.0");
    rule.text = QStringLiteral("Temporary failure, please try again");
    rule.everyNth = n;
    return { rule };
}

QList<Rule> slowServer(int delayMs)
{
    QList<Rule> rules;
    for (Rule::Stage stage : { Rule::Stage::Connect, Rule::Stage::Helo, Rule::Stage::MailFrom, Rule::Stage::RcptTo,
             Rule::Stage::Data }) {
        Rule rule = makeRule(QStringLiteral("Slow server"), stage, Rule::Action::Delay);
        rule.delayMs = delayMs;
        rules << rule;
    }
    return rules;
}

QList<Rule> lmtpRejectEveryOtherRecipient()
{
    Rule rule = makeRule(QStringLiteral("LMTP: every other recipient fails"), Rule::Stage::LmtpRecipient,
                         Rule::Action::Reject);
    rule.code = 452;
    rule.enhancedCode = QStringLiteral("4.2.2");
    rule.text = QStringLiteral("Mailbox full");
    rule.everyNth = 2;
    return { rule };
}

bool byName(const QString &spec, QList<Rule> *rules, QString *error)
{
    const QString name = spec.section(u':', 0, 0);
    const QString argument = spec.section(u':', 1);
    bool numberOk = false;
    const int number = argument.toInt(&numberOk);
    if (name == QLatin1String("reject-recipients") && !argument.isEmpty())
        *rules += rejectRecipients(argument);
    else if (name == QLatin1String("greylist") && argument.isEmpty())
        *rules += greylist();
    else if (name == QLatin1String("tempfail-every") && numberOk && number > 0)
        *rules += tempFailEveryNth(number);
    else if (name == QLatin1String("slow") && numberOk && number >= 0)
        *rules += slowServer(number);
    else if (name == QLatin1String("lmtp-every-other") && argument.isEmpty())
        *rules += lmtpRejectEveryOtherRecipient();
    else {
        *error = QStringLiteral("unknown rule preset \"%1\" (known: reject-recipients:GLOB, greylist, "
                                "tempfail-every:N, slow:MS, lmtp-every-other)")
                     .arg(spec);
        return false;
    }
    return true;
}

} // namespace RulePresets

} // namespace Mailscope
