#pragma once

#include "rules/rule.h"

#include <QAbstractTableModel>

namespace Mailscope {

// The hook rules as a table, in the order the server tries them. The first column's
// check box turns a rule on and off; everything else is edited in RuleEditDialog.
class RuleListModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleListModel)

public:
    enum Column { Enabled, Name, Stage, Match, Action, Chance, ColumnCount };

    explicit RuleListModel(QObject* parent = nullptr);

    [[nodiscard]] const QList<Rule>& rules() const { return m_rules; }
    void setRules(const QList<Rule>& rules);
    [[nodiscard]] const Rule& rule(int row) const { return m_rules.at(row); }
    void setRule(int row, const Rule& rule);
    void insertRules(int row, const QList<Rule>& rules);
    void removeRule(int row);
    // Swaps the rule with its neighbour above (-1) or below (+1); false at either end.
    bool moveRule(int row, int step);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    // For the table and the edit dialog: "RCPT TO", "Address matches *@bad.test", ...
    [[nodiscard]] static QString stageText(Rule::Stage stage);
    [[nodiscard]] static QString fieldText(Rule::Field field);
    [[nodiscard]] static QString actionText(Rule::Action action);
    [[nodiscard]] static QString matchText(const Rule& rule);
    [[nodiscard]] static QString outcomeText(const Rule& rule);
    [[nodiscard]] static QString chanceText(const Rule& rule);

private:
    QList<Rule> m_rules;
};

} // namespace Mailscope
