#include "sessionspage.h"

#include "sessionlistmodel.h"
#include "themecolours.h"
#include "transcriptview.h"

#include "store/messagestore.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Mailscope {

SessionsPage::SessionsPage(SmtpServer* server, MessageStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new SessionListModel(server, store, this))
    , m_table(new QTableView(this))
    , m_title(new QLabel(this))
    , m_find(new QLineEdit(this))
    , m_transcript(new TranscriptView(this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SessionListModel::Helo, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SessionsPage::openCurrent);
    // A session that changes while shown (new HELO, TLS, user) updates its title.
    connect(m_model, &SessionListModel::dataChanged, this, [this] {
        if (!m_shownId.isEmpty() && m_model->rowOf(m_shownId) == m_table->currentIndex().row())
            m_title->setText(tr("Transcript of %1 (%2)")
                                 .arg(m_shownId,
                                     m_model->index(m_model->rowOf(m_shownId), SessionListModel::State)
                                         .data()
                                         .toString()));
    });

    connect(m_transcript, &TranscriptView::messageLinkActivated, this, &SessionsPage::messageLinkActivated);
    m_find->setPlaceholderText(tr("Find in transcript (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    m_find->setMinimumWidth(220);
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        const bool found = m_transcript->findText(m_find->text());
        m_find->setStyleSheet(found || m_find->text().isEmpty()
                ? QString()
                : QStringLiteral("color: %1").arg(ThemeColours::error(palette()).name()));
    });
    auto* copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copyTranscript"));
    copy->setToolTip(tr("Copy the whole transcript"));
    connect(copy, &QPushButton::clicked, this, &SessionsPage::copyTranscript);
    auto* save = new QPushButton(tr("&Save…"), this);
    save->setToolTip(tr("Save the transcript as a text file"));
    connect(save, &QPushButton::clicked, this, &SessionsPage::saveTranscript);
    auto* relative = new QCheckBox(tr("&Relative times"), this);
    relative->setObjectName(QStringLiteral("relativeTimes"));
    relative->setToolTip(tr("Seconds since the session began instead of the time of day"));
    relative->setChecked(QSettings().value(QStringLiteral("transcript/relativeTimes"), false).toBool());
    m_transcript->setRelativeTimes(relative->isChecked());
    connect(relative, &QCheckBox::toggled, this, [this](bool on) {
        m_transcript->setRelativeTimes(on);
        QSettings().setValue(QStringLiteral("transcript/relativeTimes"), on);
    });
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(relative);
    bar->addWidget(m_find);
    bar->addWidget(copy);
    bar->addWidget(save);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(bar);
    lowerLayout->addWidget(m_transcript, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    m_title->setText(tr("No session selected"));
}

void SessionsPage::showSession(const QString& sessionId)
{
    const int row = m_model->rowOf(sessionId);
    if (row >= 0)
        m_table->selectRow(row);
}

void SessionsPage::copyTranscript()
{
    m_transcript->copyTranscript();
}

void SessionsPage::saveTranscript()
{
    if (!m_shownId.isEmpty())
        m_transcript->saveTranscript(m_shownId + QStringLiteral(".txt"));
}

void SessionsPage::focusFind()
{
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

void SessionsPage::openCurrent()
{
    const QString id = m_model->sessionId(m_table->currentIndex().row());
    disconnect(m_liveLines);
    m_shownId = id;
    if (id.isEmpty()) {
        m_title->setText(tr("No session selected"));
        m_transcript->setLines({});
        return;
    }
    m_title->setText(
        tr("Transcript of %1 (%2)")
            .arg(id,
                m_model->index(m_table->currentIndex().row(), SessionListModel::State).data().toString()));
    m_store->flush(); // lines still buffered in the store
    m_transcript->setLines(m_store->transcript(id));
    if (SmtpSession* live = m_model->liveSession(id))
        m_liveLines = connect(live, &SmtpSession::transcriptLine, m_transcript, &TranscriptView::appendLine);
}

} // namespace Mailscope
