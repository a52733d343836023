#include "messageparts.h"

#include "mime/mimeparser.h"
#include "mime/parsedmessage.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Mailscope {

namespace {

constexpr int PartIndexRole = Qt::UserRole + 1;
constexpr int FileNameRole = Qt::UserRole + 2;

void addPart(const MimePart& part, QTreeWidgetItem* parent, QTreeWidget* tree)
{
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
    item->setText(0, part.contentType);
    item->setText(1, part.fileName);
    item->setText(2, part.disposition);
    item->setText(3, part.contentId);
    item->setText(4, part.transferEncoding);
    if (!part.isMultipart())
        item->setText(5, QLocale().formattedDataSize(part.size));
    item->setTextAlignment(5, Qt::AlignRight | Qt::AlignVCenter);
    item->setData(0, PartIndexRole, part.isMultipart() ? -1 : part.index);
    item->setData(0, FileNameRole, part.fileName);
    for (const MimePart& child : part.children)
        addPart(child, item, tree);
}

} // namespace

MessageParts::MessageParts(QWidget* parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_save(new QPushButton(tr("Save part…"), this))
    , m_open(new QPushButton(tr("Open"), this))
{
    m_tree->setHeaderLabels(
        { tr("Type"), tr("File name"), tr("Disposition"), tr("Content-ID"), tr("Encoding"), tr("Size") });
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setAlternatingRowColors(true);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &MessageParts::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, &MessageParts::openSelectedPart);
    connect(m_save, &QPushButton::clicked, this, &MessageParts::saveSelectedPart);
    connect(m_open, &QPushButton::clicked, this, &MessageParts::openSelectedPart);
    m_open->setToolTip(tr("Open the part with the program your desktop chooses for it"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_tree);
    layout->addLayout(buttons);
    updateButtons();
}

void MessageParts::showMessage(const ParsedMessage& message, const QString& rawFilePath)
{
    m_rawFilePath = rawFilePath;
    m_tree->clear();
    addPart(message.root, nullptr, m_tree);
    m_tree->expandAll();
    updateButtons();
}

void MessageParts::clear()
{
    m_rawFilePath.clear();
    m_tree->clear();
    updateButtons();
}

bool MessageParts::savePart(int index, const QString& fileName, QString* error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || !MimeParser::writePartContent(m_rawFilePath, index, file)
        || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void MessageParts::saveSelectedPart()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || item->data(0, PartIndexRole).toInt() < 0)
        return;
    QString suggested = QFileInfo(item->data(0, FileNameRole).toString()).fileName();
    if (suggested.isEmpty())
        suggested = tr("part-%1").arg(item->data(0, PartIndexRole).toInt());
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Save part"), suggested);
    if (fileName.isEmpty())
        return;
    QString error;
    if (!savePart(item->data(0, PartIndexRole).toInt(), fileName, &error))
        QMessageBox::warning(this, tr("Save part"), tr("Could not save %1: %2").arg(fileName, error));
}

void MessageParts::openSelectedPart()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || item->data(0, PartIndexRole).toInt() < 0 || !m_opened.isValid())
        return;
    const int index = item->data(0, PartIndexRole).toInt();
    // Only the last path segment of a sender-chosen name: it must not escape the folder.
    QString name = QFileInfo(item->data(0, FileNameRole).toString()).fileName();
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name = tr("part-%1").arg(index);
    const QString folder = m_opened.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
    QDir().mkpath(folder);
    const QString fileName = folder + QLatin1Char('/') + name;
    QString error;
    if (!savePart(index, fileName, &error)) {
        QMessageBox::warning(this, tr("Open part"), tr("Could not write %1: %2").arg(fileName, error));
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(fileName));
}

void MessageParts::updateButtons()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    m_save->setEnabled(item && item->data(0, PartIndexRole).toInt() >= 0);
    m_open->setEnabled(m_save->isEnabled());
}

} // namespace Mailscope
