#include "snicertificateseditor.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Mailscope {

namespace {

enum Column { HostName, Certificate, Key, ColumnCount };

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

SniCertificatesEditor::SniCertificatesEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    m_table->setObjectName(QStringLiteral("sniCertificates"));
    m_table->setHorizontalHeaderLabels({ tr("Host name"), tr("Certificate (PEM)"), tr("Key (PEM)") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setToolTip(tr("A client that names one of these hosts in its TLS hello gets that certificate; "
                           "*.example.test covers every name under example.test. Double-click to edit."));
    m_table->setMinimumHeight(90);

    auto* add = new QPushButton(tr("Add…"), this);
    add->setObjectName(QStringLiteral("addSniCertificate"));
    auto* remove = new QPushButton(tr("Remove"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString certificate = QFileDialog::getOpenFileName(this, tr("Certificate for a host name"),
            QString(), tr("PEM files (*.pem *.crt);;All files (*)"));
        if (certificate.isEmpty())
            return;
        addRow({ QString(), certificate, QString() });
        const int row = m_table->rowCount() - 1;
        m_table->setCurrentCell(row, HostName);
        m_table->editItem(m_table->item(row, HostName));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void SniCertificatesEditor::setCertificates(const QList<SniCertificate>& certificates)
{
    m_table->setRowCount(0);
    for (const SniCertificate& certificate : certificates)
        addRow(certificate);
}

void SniCertificatesEditor::addRow(const SniCertificate& certificate)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, HostName, new QTableWidgetItem(certificate.hostName));
    m_table->setItem(row, Certificate, new QTableWidgetItem(certificate.certificateFile));
    m_table->setItem(row, Key, new QTableWidgetItem(certificate.keyFile));
}

bool SniCertificatesEditor::readCertificates(QList<SniCertificate>* certificates, QString* error) const
{
    QList<SniCertificate> read;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        SniCertificate certificate { cellText(m_table, row, HostName), cellText(m_table, row, Certificate),
            cellText(m_table, row, Key) };
        if (certificate.hostName.isEmpty() && certificate.certificateFile.isEmpty() && certificate.keyFile.isEmpty())
            continue;
        if (certificate.hostName.isEmpty() || certificate.certificateFile.isEmpty()) {
            *error = tr("SNI certificate %1 needs a host name and a certificate file.").arg(row + 1);
            return false;
        }
        read << certificate;
    }
    *certificates = read;
    return true;
}

} // namespace Mailscope
