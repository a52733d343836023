#include "deliverydialog.h"

#include "deliveryreport.h"
#include "destinationwidget.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace Mailscope {

DeliveryDialog::DeliveryDialog(const QList<ListenerConfig>& listeners, const QString& settingsGroup,
    const QString& sendLabel, QWidget* parent)
    : QDialog(parent)
    , m_settingsGroup(settingsGroup)
    , m_destination(new DestinationWidget(this))
    , m_report(new DeliveryReport(this))
    , m_left(new QVBoxLayout)
    , m_error(new QLabel(this))
    , m_send(new QPushButton(sendLabel, this))
{
    m_destination->setListeners(listeners);
    m_destination->restore(settingsGroup + QStringLiteral("/destination"));
    m_error->setObjectName(QStringLiteral("deliveryError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->hide();

    auto* destinationBox = new QGroupBox(tr("Destination"), this);
    auto* destinationLayout = new QVBoxLayout(destinationBox);
    destinationLayout->addWidget(m_destination);
    m_left->setContentsMargins(0, 0, 0, 0);
    m_left->addWidget(destinationBox);
    m_left->addWidget(m_error);
    auto* left = new QWidget(this);
    left->setLayout(m_left);

    auto* resultBox = new QGroupBox(tr("Delivery"), this);
    auto* resultLayout = new QVBoxLayout(resultBox);
    resultLayout->addWidget(m_report);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(resultBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);

    m_send->setObjectName(QStringLiteral("deliverySend"));
    m_send->setDefault(true);
    m_send->setToolTip(tr("Send now (Ctrl+Return)"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_send, QDialogButtonBox::ActionRole);
    connect(m_send, &QPushButton::clicked, this, &DeliveryDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeliveryDialog::reject);
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(shortcut, &QShortcut::activated, this, [this] {
        if (m_send->isEnabled())
            send();
    });
    connect(m_report, &DeliveryReport::finished, this, [this] { m_send->setEnabled(true); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
}

void DeliveryDialog::setMessageWidget(QWidget* widget, int stretch)
{
    m_left->insertWidget(0, widget, stretch);
    if (stretch == 0)
        m_left->addStretch(1);
}

QString DeliveryDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void DeliveryDialog::showError(const QString& error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

bool DeliveryDialog::send()
{
    OutgoingMessage message;
    QString error;
    QWidget* field = nullptr;
    if (!readMessage(&message, &error, &field)) {
        showError(error);
        if (field)
            field->setFocus(Qt::OtherFocusReason);
        return false;
    }
    ClientOptions options;
    if (!m_destination->readOptions(&options, &error)) {
        showError(error);
        return false;
    }
    showError(QString());
    m_destination->save(m_settingsGroup + QStringLiteral("/destination"));
    saveFields();
    m_send->setEnabled(false);
    m_report->send(options, message, m_destination->describe());
    return true;
}

} // namespace Mailscope
