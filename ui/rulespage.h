#pragma once

#include "rules/rule.h"

#include <QWidget>

class QTableView;
class QPushButton;

namespace Mailscope {

class RuleListModel;

// The rules editor of the settings dialog: the rules in the order the server tries them,
// add / edit / remove / reorder, and presets for the usual tests (greylisting, a slow
// server, rejected recipients ...).
class RulesPage : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesPage)

public:
    explicit RulesPage(QWidget* parent = nullptr);

    [[nodiscard]] QList<Rule> rules() const;
    void setRules(const QList<Rule>& rules);

    // Opens the edit dialog (without blocking) for a new rule, or for the rule in `row`.
    void addRule();
    void editRule(int row);
    void addPreset(const QList<Rule>& rules);

private:
    void openEditor(const Rule& rule, int row);
    void addPresetAsking(const QString& preset);
    [[nodiscard]] int currentRow() const;
    void selectRow(int row);
    void updateButtons();

    RuleListModel* m_model;
    QTableView* m_table;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
};

} // namespace Mailscope
