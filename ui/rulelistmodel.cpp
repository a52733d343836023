#include "rulelistmodel.h"

namespace Mailscope {

RuleListModel::RuleListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RuleListModel::setRules(const QList<Rule>& rules)
{
    beginResetModel();
    m_rules = rules;
    endResetModel();
}

void RuleListModel::setRule(int row, const Rule& rule)
{
    m_rules[row] = rule;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RuleListModel::insertRules(int row, const QList<Rule>& rules)
{
    if (rules.isEmpty())
        return;
    row = qBound(0, row, int(m_rules.size()));
    beginInsertRows({}, row, row + int(rules.size()) - 1);
    for (qsizetype i = 0; i < rules.size(); ++i)
        m_rules.insert(row + i, rules.at(i));
    endInsertRows();
}

void RuleListModel::removeRule(int row)
{
    beginRemoveRows({}, row, row);
    m_rules.removeAt(row);
    endRemoveRows();
}

bool RuleListModel::moveRule(int row, int step)
{
    const int target = row + step;
    if (row < 0 || row >= m_rules.size() || target < 0 || target >= m_rules.size() || step == 0)
        return false;
    // beginMoveRows names the row the moved one lands before, in the old numbering.
    beginMoveRows({}, row, row, {}, step > 0 ? target + 1 : target);
    m_rules.move(row, target);
    endMoveRows();
    return true;
}

int RuleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RuleListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RuleListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rules.size())
        return {};
    const Rule& rule = m_rules.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == Enabled)
        return rule.enabled ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && index.column() == Enabled)
        return rule.enabled ? tr("On: the server tries this rule") : tr("Off: the server skips this rule");
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return rule.name.isEmpty() ? tr("(unnamed)") : rule.name;
    case Stage:
        return stageText(rule.stage);
    case Match:
        return matchText(rule);
    case Action:
        return outcomeText(rule);
    case Chance:
        return chanceText(rule);
    default:
        return {};
    }
}

QVariant RuleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Enabled:
        return tr("On");
    case Name:
        return tr("Name");
    case Stage:
        return tr("When");
    case Match:
        return tr("Matches");
    case Action:
        return tr("Then");
    case Chance:
        return tr("How often");
    default:
        return {};
    }
}

Qt::ItemFlags RuleListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Enabled)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool RuleListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != Enabled || role != Qt::CheckStateRole)
        return false;
    m_rules[index.row()].enabled = value.toInt() == Qt::Checked;
    Q_EMIT dataChanged(index, index);
    return true;
}

QString RuleListModel::stageText(Rule::Stage stage)
{
    switch (stage) {
    case Rule::Stage::Connect:
        return tr("Connection");
    case Rule::Stage::Helo:
        return tr("HELO / EHLO");
    case Rule::Stage::Auth:
        return tr("AUTH");
    case Rule::Stage::MailFrom:
        return tr("MAIL FROM");
    case Rule::Stage::RcptTo:
        return tr("RCPT TO");
    case Rule::Stage::Data:
        return tr("End of data");
    case Rule::Stage::LmtpRecipient:
        return tr("LMTP recipient after data");
    }
    return {};
}

QString RuleListModel::fieldText(Rule::Field field)
{
    switch (field) {
    case Rule::Field::Any:
        return tr("Anything");
    case Rule::Field::Address:
        return tr("Address");
    case Rule::Field::ClientIp:
        return tr("Client IP");
    case Rule::Field::HeloName:
        return tr("HELO name");
    case Rule::Field::Header:
        return tr("Header");
    case Rule::Field::AuthUser:
        return tr("AUTH user");
    }
    return {};
}

QString RuleListModel::actionText(Rule::Action action)
{
    switch (action) {
    case Rule::Action::Accept:
        return tr("Accept");
    case Rule::Action::Reject:
        return tr("Reject");
    case Rule::Action::Delay:
        return tr("Delay");
    case Rule::Action::Disconnect:
        return tr("Disconnect");
    case Rule::Action::RewriteRecipient:
        return tr("Rewrite recipient");
    }
    return {};
}

QString RuleListModel::matchText(const Rule& rule)
{
    if (rule.field == Rule::Field::Any)
        return tr("Always");
    const QString what
        = rule.field == Rule::Field::Header ? tr("Header %1").arg(rule.header) : fieldText(rule.field);
    return rule.regex ? tr("%1 ~ /%2/").arg(what, rule.pattern) : tr("%1 is %2").arg(what, rule.pattern);
}

QString RuleListModel::outcomeText(const Rule& rule)
{
    switch (rule.action) {
    case Rule::Action::Reject:
        return tr("Reject %1 %2 %3").arg(rule.code).arg(rule.enhancedCode, rule.text).simplified();
    case Rule::Action::Delay:
        return tr("Wait %n ms", nullptr, rule.delayMs);
    case Rule::Action::RewriteRecipient:
        return tr("Rewrite /%1/ → %2").arg(rule.rewritePattern, rule.rewriteTo);
    default:
        return actionText(rule.action);
    }
}

QString RuleListModel::chanceText(const Rule& rule)
{
    QStringList parts;
    if (rule.probability < 100)
        parts << tr("%1% of matches").arg(rule.probability);
    if (rule.everyNth > 1)
        parts << tr("one in %n matches", nullptr, rule.everyNth);
    if (rule.firstAttemptOnly)
        parts << tr("first attempt only");
    if (parts.isEmpty())
        return tr("Every match");
    QString text = parts.join(QStringLiteral(", "));
    text[0] = text.at(0).toUpper();
    return text;
}

} // namespace Mailscope
