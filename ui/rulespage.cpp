#include "rulespage.h"

#include "ruleeditdialog.h"
#include "rulelistmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Mailscope {

RulesPage::RulesPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new RuleListModel(this))
    , m_table(new QTableView(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_up(new QPushButton(tr("&Up"), this))
    , m_down(new QPushButton(tr("Do&wn"), this))
{
    m_table->setObjectName(QStringLiteral("rules"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // Every column in view: the short ones as wide as their text, the long ones share the rest.
    QHeaderView* header = m_table->horizontalHeader();
    for (int column : { RuleListModel::Enabled, RuleListModel::Stage, RuleListModel::Chance })
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    for (int column : { RuleListModel::Name, RuleListModel::Match, RuleListModel::Action })
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    auto* add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addRule"));
    auto* presets = new QPushButton(tr("&Presets"), this);
    presets->setObjectName(QStringLiteral("rulePresets"));
    auto* menu = new QMenu(presets);
    menu->addAction(tr("Reject recipients matching…"), this,
        [this] { addPresetAsking(QStringLiteral("reject-recipients")); });
    menu->addAction(tr("Greylist (450 the first time)"), this, [this] { addPreset(RulePresets::greylist()); });
    menu->addAction(tr("Temporary failure every N messages…"), this,
        [this] { addPresetAsking(QStringLiteral("tempfail-every")); });
    menu->addAction(tr("Slow server…"), this, [this] { addPresetAsking(QStringLiteral("slow")); });
    menu->addAction(tr("LMTP: every other recipient fails after data"), this,
        [this] { addPreset(RulePresets::lmtpRejectEveryOtherRecipient()); });
    presets->setMenu(menu);
    m_edit->setObjectName(QStringLiteral("editRule"));
    m_remove->setObjectName(QStringLiteral("removeRule"));
    m_up->setObjectName(QStringLiteral("moveRuleUp"));
    m_down->setObjectName(QStringLiteral("moveRuleDown"));

    connect(add, &QPushButton::clicked, this, &RulesPage::addRule);
    connect(m_edit, &QPushButton::clicked, this, [this] { editRule(currentRow()); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() != RuleListModel::Enabled)
            editRule(index.row());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row < 0)
            return;
        m_model->removeRule(row);
        selectRow(qMin(row, m_model->rowCount() - 1));
    });
    for (auto [button, step] : { std::pair { m_up, -1 }, std::pair { m_down, 1 } }) {
        connect(button, &QPushButton::clicked, this, [this, step = step] {
            const int row = currentRow();
            if (m_model->moveRule(row, step))
                selectRow(row + step);
        });
    }
    connect(m_model, &QAbstractItemModel::modelReset, this, &RulesPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RulesPage::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RulesPage::updateButtons);

    auto* buttons = new QVBoxLayout;
    for (QPushButton* button : { add, presets, m_edit, m_remove, m_up, m_down })
        buttons->addWidget(button);
    buttons->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto* hint = new QLabel(tr("The server tries the rules from the top at each step; the first that answers "
                               "wins (a delay waits and lets the next rules decide). A reply made by a rule "
                               "names it in the transcript."),
        this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(row, 1);
    updateButtons();
}

QList<Rule> RulesPage::rules() const { return m_model->rules(); }

void RulesPage::setRules(const QList<Rule>& rules) { m_model->setRules(rules); }

void RulesPage::addRule()
{
    Rule rule = RulePresets::rejectRecipients(QStringLiteral("*@bad.test")).first();
    rule.name.clear();
    openEditor(rule, -1);
}

void RulesPage::editRule(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        openEditor(m_model->rule(row), row);
}

void RulesPage::openEditor(const Rule& rule, int row)
{
    auto* dialog = new RuleEditDialog(rule, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        Rule edited;
        QString error;
        if (!dialog->readRule(&edited, &error))
            return;
        if (row >= 0 && row < m_model->rowCount()) {
            m_model->setRule(row, edited);
            selectRow(row);
        } else {
            addPreset({ edited });
        }
    });
    dialog->open();
}

void RulesPage::addPreset(const QList<Rule>& rules)
{
    const int row = m_model->rowCount();
    m_model->insertRules(row, rules);
    selectRow(row);
}

void RulesPage::addPresetAsking(const QString& preset)
{
    bool ok = false;
    QString spec;
    if (preset == QLatin1String("reject-recipients")) {
        const QString glob = QInputDialog::getText(this, tr("Reject recipients"),
            tr("Recipients to refuse with 550 (a glob):"), QLineEdit::Normal, QStringLiteral("*@bad.test"), &ok);
        spec = preset + QLatin1Char(':') + glob.trimmed();
        ok = ok && !glob.trimmed().isEmpty();
    } else if (preset == QLatin1String("tempfail-every")) {
        const int n = QInputDialog::getInt(
            this, tr("Temporary failures"), tr("Answer 451 after the data of one message in:"), 3, 1, 1000000, 1, &ok);
        spec = preset + QLatin1Char(':') + QString::number(n);
    } else {
        const int ms = QInputDialog::getInt(this, tr("Slow server"),
            tr("Wait before every reply (milliseconds):"), 2000, 0, 3600 * 1000, 100, &ok);
        spec = preset + QLatin1Char(':') + QString::number(ms);
    }
    QList<Rule> rules;
    QString error;
    if (ok && RulePresets::byName(spec, &rules, &error))
        addPreset(rules);
}

int RulesPage::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RulesPage::selectRow(int row)
{
    if (row >= 0)
        m_table->selectRow(row);
    updateButtons();
}

void RulesPage::updateButtons()
{
    const int row = currentRow();
    m_edit->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_model->rowCount() - 1);
}

} // namespace Mailscope
