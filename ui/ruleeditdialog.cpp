#include "ruleeditdialog.h"

#include "rulelistmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Mailscope {

namespace {

template<typename Enum>
QComboBox* enumBox(QWidget* parent, const QString& objectName, int count, QString (*text)(Enum))
{
    auto* box = new QComboBox(parent);
    box->setObjectName(objectName);
    for (int i = 0; i < count; ++i)
        box->addItem(text(static_cast<Enum>(i)), i);
    return box;
}

void select(QComboBox* box, int value) { box->setCurrentIndex(qMax(0, box->findData(value))); }

} // namespace

RuleEditDialog::RuleEditDialog(const Rule& rule, QWidget* parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_enabled(new QCheckBox(tr("On"), this))
    , m_stage(enumBox<Rule::Stage>(this, QStringLiteral("ruleStage"), 7, &RuleListModel::stageText))
    , m_field(enumBox<Rule::Field>(this, QStringLiteral("ruleField"), 6, &RuleListModel::fieldText))
    , m_header(new QLineEdit(this))
    , m_pattern(new QLineEdit(this))
    , m_regex(new QCheckBox(tr("Regular expression (otherwise a glob such as *@bad.test)"), this))
    , m_action(enumBox<Rule::Action>(this, QStringLiteral("ruleAction"), 5, &RuleListModel::actionText))
    , m_code(new QSpinBox(this))
    , m_enhancedCode(new QLineEdit(this))
    , m_text(new QLineEdit(this))
    , m_delay(new QSpinBox(this))
    , m_rewritePattern(new QLineEdit(this))
    , m_rewriteTo(new QLineEdit(this))
    , m_probability(new QDoubleSpinBox(this))
    , m_everyNth(new QSpinBox(this))
    , m_firstAttemptOnly(new QCheckBox(tr("Only the first time a client, sender and recipient meet (greylisting)"), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Rule"));
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_pattern->setObjectName(QStringLiteral("rulePattern"));
    m_code->setObjectName(QStringLiteral("ruleCode"));
    m_enhancedCode->setObjectName(QStringLiteral("ruleEnhancedCode"));
    m_text->setObjectName(QStringLiteral("ruleText"));
    m_header->setPlaceholderText(tr("e.g. Subject"));
    m_pattern->setPlaceholderText(tr("e.g. *@bad.test"));
    m_code->setRange(400, 599);
    m_enhancedCode->setPlaceholderText(tr("e.g. 5.1.1"));
    m_delay->setRange(0, 3600 * 1000);
    m_delay->setSuffix(tr(" ms"));
    m_delay->setSingleStep(100);
    m_rewritePattern->setPlaceholderText(tr("e.g. ^(.*)@old\\.test$"));
    m_rewriteTo->setPlaceholderText(tr("e.g. \\1@new.test"));
    m_probability->setRange(0, 100);
    m_probability->setDecimals(1);
    m_probability->setSuffix(tr(" %"));
    m_probability->setToolTip(tr("Below 100 % the rule answers only for that share of matches (chaos testing)"));
    m_everyNth->setRange(0, 1000000);
    m_everyNth->setSpecialValueText(tr("every match"));
    m_everyNth->setPrefix(tr("one in "));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->hide();

    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(QString(), m_enabled);
    m_form->addRow(tr("&When:"), m_stage);
    m_form->addRow(tr("&Match:"), m_field);
    m_form->addRow(tr("&Header name:"), m_header);
    m_form->addRow(tr("&Pattern:"), m_pattern);
    m_form->addRow(QString(), m_regex);
    m_form->addRow(tr("&Then:"), m_action);
    m_form->addRow(tr("Reply &code:"), m_code);
    m_form->addRow(tr("&Enhanced code:"), m_enhancedCode);
    m_form->addRow(tr("Reply te&xt:"), m_text);
    m_form->addRow(tr("&Delay:"), m_delay);
    m_form->addRow(tr("&Rewrite (regular expression):"), m_rewritePattern);
    m_form->addRow(tr("&Into:"), m_rewriteTo);
    m_form->addRow(tr("&Chance:"), m_probability);
    m_form->addRow(tr("&Only:"), m_everyNth);
    m_form->addRow(QString(), m_firstAttemptOnly);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RuleEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RuleEditDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_action, &QComboBox::currentIndexChanged, this, &RuleEditDialog::updateVisibleFields);
    connect(m_field, &QComboBox::currentIndexChanged, this, &RuleEditDialog::updateVisibleFields);
    load(rule);
}

void RuleEditDialog::load(const Rule& rule)
{
    m_name->setText(rule.name);
    m_enabled->setChecked(rule.enabled);
    select(m_stage, int(rule.stage));
    select(m_field, int(rule.field));
    m_header->setText(rule.header);
    m_pattern->setText(rule.pattern);
    m_regex->setChecked(rule.regex);
    select(m_action, int(rule.action));
    m_code->setValue(rule.code);
    m_enhancedCode->setText(rule.enhancedCode);
    m_text->setText(rule.text);
    m_delay->setValue(rule.delayMs);
    m_rewritePattern->setText(rule.rewritePattern);
    m_rewriteTo->setText(rule.rewriteTo);
    m_probability->setValue(rule.probability);
    m_everyNth->setValue(rule.everyNth);
    m_firstAttemptOnly->setChecked(rule.firstAttemptOnly);
    updateVisibleFields();
}

void RuleEditDialog::updateVisibleFields()
{
    const auto action = static_cast<Rule::Action>(m_action->currentData().toInt());
    const auto field = static_cast<Rule::Field>(m_field->currentData().toInt());
    m_form->setRowVisible(m_header, field == Rule::Field::Header);
    m_form->setRowVisible(m_pattern, field != Rule::Field::Any);
    m_form->setRowVisible(m_regex, field != Rule::Field::Any);
    for (QWidget* reply : { static_cast<QWidget*>(m_code), static_cast<QWidget*>(m_enhancedCode),
             static_cast<QWidget*>(m_text) })
        m_form->setRowVisible(reply, action == Rule::Action::Reject);
    m_form->setRowVisible(m_delay, action == Rule::Action::Delay);
    m_form->setRowVisible(m_rewritePattern, action == Rule::Action::RewriteRecipient);
    m_form->setRowVisible(m_rewriteTo, action == Rule::Action::RewriteRecipient);
}

bool RuleEditDialog::readRule(Rule* rule, QString* error) const
{
    Rule r;
    r.name = m_name->text().trimmed();
    r.enabled = m_enabled->isChecked();
    r.stage = static_cast<Rule::Stage>(m_stage->currentData().toInt());
    r.field = static_cast<Rule::Field>(m_field->currentData().toInt());
    r.header = m_header->text().trimmed();
    r.pattern = m_pattern->text().trimmed();
    r.regex = m_regex->isChecked();
    r.action = static_cast<Rule::Action>(m_action->currentData().toInt());
    r.code = m_code->value();
    r.enhancedCode = m_enhancedCode->text().trimmed();
    r.text = m_text->text();
    r.delayMs = m_delay->value();
    r.rewritePattern = m_rewritePattern->text();
    r.rewriteTo = m_rewriteTo->text();
    r.probability = m_probability->value();
    r.everyNth = m_everyNth->value();
    r.firstAttemptOnly = m_firstAttemptOnly->isChecked();
    if (r.field != Rule::Field::Any && r.pattern.isEmpty()) {
        *error = tr("Give a pattern to match, or choose \"Anything\".");
        return false;
    }
    if (r.field == Rule::Field::Header && r.header.isEmpty()) {
        *error = tr("Name the header to match.");
        return false;
    }
    if (r.action == Rule::Action::Reject && !r.enhancedCode.isEmpty()
        && r.enhancedCode.at(0).digitValue() != r.code / 100) {
        *error = tr("The enhanced code %1 does not belong to a %2 reply.").arg(r.enhancedCode).arg(r.code);
        return false;
    }
    // The same checks the settings file gets, so what the dialog accepts the server takes.
    Rule checked;
    if (!Rule::fromJson(r.toJson(), &checked, error))
        return false;
    *rule = checked;
    return true;
}

void RuleEditDialog::accept()
{
    Rule rule;
    QString error;
    if (!readRule(&rule, &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Mailscope
