#include "releasedialog.h"

#include "mime/addresslist.h"
#include "store/messagestore.h"

#include "destinationwidget.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>

namespace Mailscope {

ReleaseDialog::ReleaseDialog(
    MessageStore* store, qint64 messageId, const QList<ListenerConfig>& listeners, QWidget* parent)
    : DeliveryDialog(listeners, QStringLiteral("release"), tr("&Release"), parent)
    , m_store(store)
    , m_id(messageId)
    , m_sender(new QLineEdit(this))
    , m_recipients(new QLineEdit(this))
{
    const std::optional<StoredMessage> message = store->message(messageId);
    const QString subject = message && !message->subject.isEmpty() ? message->subject : tr("(no subject)");
    setWindowTitle(tr("Release “%1”").arg(subject));

    auto* summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("releaseSummary"));
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    if (message)
        summary->setText(tr("“%1” from %2, %3, received %4")
                             .arg(subject, message->from.toString(), QLocale().formattedDataSize(message->size),
                                 QLocale().toString(message->received.toLocalTime(), QLocale::ShortFormat)));
    m_sender->setObjectName(QStringLiteral("releaseSender"));
    m_sender->setPlaceholderText(tr("empty: the null sender <>"));
    m_recipients->setObjectName(QStringLiteral("releaseRecipients"));
    m_recipients->setPlaceholderText(tr("ann@example.com, bob@example.org"));
    if (message) {
        m_sender->setText(message->envelope.mailFrom);
        m_recipients->setText(message->envelope.recipientAddresses().join(QStringLiteral(", ")));
    }
    auto* note = new QLabel(tr("The message is sent byte for byte as Mailscope received it; the envelope "
                               "below comes from its MAIL FROM and RCPT TO and may be changed."),
        this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto* box = new QGroupBox(tr("Message"), this);
    auto* form = new QFormLayout(box);
    form->addRow(summary);
    form->addRow(tr("Envelope &sender:"), m_sender);
    form->addRow(tr("&Recipients:"), m_recipients);
    form->addRow(note);
    setMessageWidget(box, 0);
    // A first release usually goes to a real server rather than back to Mailscope.
    if (!QSettings().contains(QStringLiteral("release/destination/target")))
        destination()->target()->setCurrentIndex(destination()->target()->count() - 1);
    resize(1100, 600);
}

bool ReleaseDialog::readMessage(OutgoingMessage* message, QString* error, QWidget** field)
{
    const AddressList sender = parseAddressList(m_sender->text());
    if (!sender.ok() || sender.addresses.size() > 1) {
        *error = tr("Envelope sender: one address, or none for the null sender <>.");
        *field = m_sender;
        return false;
    }
    const AddressList recipients = parseAddressList(m_recipients->text());
    if (!recipients.ok() || recipients.addresses.isEmpty()) {
        *error = recipients.ok() ? tr("Recipients: enter at least one address.")
                                 : tr("Recipients: not an address: %1").arg(recipients.invalid.join(QStringLiteral(", ")));
        *field = m_recipients;
        return false;
    }
    message->content = m_store->raw(m_id);
    if (message->content.isEmpty()) {
        *error = tr("The message is no longer in the store.");
        return false;
    }
    message->from = sender.addresses.isEmpty() ? QString() : sender.addresses.first().address;
    for (const MailAddress& a : recipients.addresses)
        message->recipients << a.address;
    return true;
}

} // namespace Mailscope
