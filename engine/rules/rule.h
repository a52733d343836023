#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Mailscope {

// One hook rule: at a stage, when its match holds (and its chance and counters
// say so), it answers for the server. Rules are tried in order; the first that
// answers wins, except "delay", which waits and lets the next rules decide.
struct Rule {
    enum class Stage { Connect, Helo, Auth, MailFrom, RcptTo, Data, LmtpRecipient };
    enum class Field { Any, Address, ClientIp, HeloName, Header, AuthUser };
    enum class Action { Accept, Reject, Delay, Disconnect, RewriteRecipient };

    QString name;
    bool enabled = true;
    Stage stage = Stage::RcptTo;
    Field field = Field::Any;
    QString header; // for Field::Header: the header's name
    QString pattern; // a glob ("*@bad.test") or, with `regex`, a regular expression; case-insensitive
    bool regex = false;
    Action action = Action::Reject;
    int code = 550; // Reject: 4xx temporary or 5xx permanent
    QString enhancedCode = QStringLiteral("5.7.1");
    QString text = QStringLiteral("Rejected by rule");
    int delayMs = 0; // Delay
    QString rewritePattern; // RewriteRecipient: a regular expression over the address ...
    QString rewriteTo; // ... replaced by this (\\1 for captures)
    double probability = 100; // percent: below 100 makes the rule chaos testing
    int everyNth = 0; // 0: every match; N: only the Nth, 2Nth, ... match
    bool firstAttemptOnly = false; // greylisting: only the first time client, sender and recipient meet

    [[nodiscard]] QJsonObject toJson() const;
    // false with a message naming the bad key.
    [[nodiscard]] static bool fromJson(const QJsonObject &json, Rule *rule, QString *error);
    [[nodiscard]] QString describe() const; // for transcripts: "reject 550 5.1.1" ...
    friend bool operator==(const Rule &, const Rule &) = default;
};

[[nodiscard]] QString ruleStageName(Rule::Stage stage); // "rcpt"

// Ready-made rule lists a user picks from (the window's presets, mailscoped --rule-preset).
namespace RulePresets {
[[nodiscard]] QList<Rule> rejectRecipients(const QString &glob);
[[nodiscard]] QList<Rule> greylist();
[[nodiscard]] QList<Rule> tempFailEveryNth(int n);
[[nodiscard]] QList<Rule> slowServer(int delayMs);
[[nodiscard]] QList<Rule> lmtpRejectEveryOtherRecipient();
// "reject-recipients:*@bad.test", "greylist", "tempfail-every:3", "slow:2000", "lmtp-every-other";
// false with a message when unknown.
[[nodiscard]] bool byName(const QString &spec, QList<Rule> *rules, QString *error);
} // namespace RulePresets

} // namespace Mailscope
