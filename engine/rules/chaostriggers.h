#pragma once

#include "rules/rule.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Mailscope {

// Mailpit's chaos triggers ({"Sender": {"ErrorCode": 451, "Probability": 5}, "Recipient": {...},
// "Authentication": {...}}) as rules: a reject at MAIL, RCPT or AUTH with that code, firing for
// that share of the commands. They sit first in the list, named "Chaos: sender" and so on.
namespace ChaosTriggers {

enum class Trigger { Sender, Recipient, Authentication };

[[nodiscard]] QString triggerKey(Trigger trigger); // "Sender"
[[nodiscard]] int defaultErrorCode(Trigger trigger); // 451, 451, 535
[[nodiscard]] QString ruleName(Trigger trigger); // "Chaos: sender"

// The triggers the chaos rules in `rules` make; a trigger without its rule is off (0%).
[[nodiscard]] QJsonObject toJson(const QList<Rule>& rules);
// Replaces the chaos rules in `rules` with the triggers in `json`, as Mailpit's PUT does: an omitted
// trigger (or an ErrorCode of 0) is the default code at 0%. Keys match case-insensitively, as Go's
// JSON does. False with a message (and `rules` untouched) for a code outside 400-599, a probability
// outside 0-100 or a value that is not a whole number.
[[nodiscard]] bool apply(const QJsonObject& json, QList<Rule>* rules, QString* error);

} // namespace ChaosTriggers

} // namespace Mailscope
