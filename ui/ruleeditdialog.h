#pragma once

#include "rules/rule.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Mailscope {

// One hook rule, every field of it: when it applies, what it matches, what the server
// does then and how often. Only the fields that matter for the chosen action show.
class RuleEditDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleEditDialog)

public:
    explicit RuleEditDialog(const Rule& rule, QWidget* parent = nullptr);

    // The rule as the dialog shows it; false with the reason when it is not a valid rule.
    [[nodiscard]] bool readRule(Rule* rule, QString* error) const;

    void accept() override;

private:
    void load(const Rule& rule);
    void updateVisibleFields();

    QFormLayout* m_form;
    QLineEdit* m_name;
    QCheckBox* m_enabled;
    QComboBox* m_stage;
    QComboBox* m_field;
    QLineEdit* m_header;
    QLineEdit* m_pattern;
    QCheckBox* m_regex;
    QComboBox* m_action;
    QSpinBox* m_code;
    QLineEdit* m_enhancedCode;
    QLineEdit* m_text;
    QSpinBox* m_delay;
    QLineEdit* m_rewritePattern;
    QLineEdit* m_rewriteTo;
    QDoubleSpinBox* m_probability;
    QSpinBox* m_everyNth;
    QCheckBox* m_firstAttemptOnly;
    QLabel* m_error;
};

} // namespace Mailscope
