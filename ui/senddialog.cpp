#include "senddialog.h"

#include "mime/addresslist.h"
#include "mime/mimecomposer.h"

#include <QButtonGroup>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Mailscope {

namespace {

const QString Group = QStringLiteral("send");

// The addresses of a field, or false with a message naming what is not an address.
bool readAddresses(QLineEdit* field, const QString& label, QList<MailAddress>* out, QString* error)
{
    const AddressList list = parseAddressList(field->text());
    if (!list.ok()) {
        *error = SendDialog::tr("%1: not an address: %2").arg(label, list.invalid.join(QStringLiteral(", ")));
        return false;
    }
    *out = list.addresses;
    return true;
}

} // namespace

SendDialog::SendDialog(const QList<ListenerConfig>& listeners, QWidget* parent)
    : DeliveryDialog(listeners, Group, tr("&Send"), parent)
    , m_compose(new QRadioButton(tr("&Compose"), this))
    , m_eml(new QRadioButton(tr("An .&eml file as it is"), this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_cc(new QLineEdit(this))
    , m_subject(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_html(new QPlainTextEdit(this))
    , m_attachments(new QListWidget(this))
{
    setWindowTitle(tr("Send test message"));
    m_from->setObjectName(QStringLiteral("sendFrom"));
    m_from->setPlaceholderText(tr("Name <sender@example.com>"));
    m_to->setObjectName(QStringLiteral("sendTo"));
    m_to->setPlaceholderText(tr("ann@example.com, Bob <bob@example.org>"));
    m_cc->setObjectName(QStringLiteral("sendCc"));
    m_cc->setPlaceholderText(tr("optional, comma separated"));
    m_subject->setObjectName(QStringLiteral("sendSubject"));
    m_eml->setObjectName(QStringLiteral("sendEmlMode"));

    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(m_compose);
    modeRow->addWidget(m_eml);
    modeRow->addStretch(1);
    auto* box = new QGroupBox(tr("Message"), this);
    auto* form = new QFormLayout(box);
    form->addRow(modeRow);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("C&c:"), m_cc);
    form->addRow(tr("&Subject:"), m_subject);
    QWidget* bodies = createBodies();
    form->addRow(bodies);
    QWidget* attachments = createAttachments();
    form->addRow(tr("Attachments:"), attachments);
    QWidget* file = createEmlFile();
    form->addRow(tr("Fi&le:"), file);
    auto* note = new QLabel(tr("The file is sent as it is, headers included (bare LF line ends become CRLF, as "
                               "SMTP requires). From gives the envelope sender (empty: <>), To and Cc the "
                               "envelope recipients."),
        this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(note);
    setMessageWidget(box, 1);

    // An .eml file brings its own subject, bodies and attachments: only the envelope is asked for.
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_compose, 0);
    modes->addButton(m_eml, 1);
    connect(modes, &QButtonGroup::idToggled, this, [this, form, bodies, attachments, file, note](int id, bool checked) {
        if (!checked)
            return;
        for (QWidget* row : { static_cast<QWidget*>(m_subject), bodies, attachments })
            form->setRowVisible(row, id == 0);
        form->setRowVisible(file, id == 1);
        form->setRowVisible(note, id == 1);
    });

    restoreFields();
    m_to->setFocus(); // the field changed most often
    resize(1180, 760);
}

QWidget* SendDialog::createBodies()
{
    m_text->setObjectName(QStringLiteral("sendText"));
    m_text->setPlaceholderText(tr("The plain text body"));
    m_html->setObjectName(QStringLiteral("sendHtml"));
    m_html->setPlaceholderText(tr("Optional: an HTML alternative, e.g. <h1>Hello</h1>"));
    m_html->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* bodies = new QTabWidget(this);
    bodies->setObjectName(QStringLiteral("sendBodies"));
    bodies->addTab(m_text, tr("Te&xt"));
    bodies->addTab(m_html, tr("HT&ML"));
    // The tab tells whether an HTML alternative will be sent.
    connect(m_html, &QPlainTextEdit::textChanged, this, [this, bodies] {
        bodies->setTabText(1, m_html->document()->isEmpty() ? tr("HT&ML") : tr("HT&ML \u25CF"));
    });
    return bodies;
}

QWidget* SendDialog::createAttachments()
{
    auto* widget = new QWidget(this);
    m_attachments->setObjectName(QStringLiteral("sendAttachments"));
    m_attachments->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_attachments->setMaximumHeight(m_attachments->fontMetrics().height() * 4 + 8);
    auto* add = new QPushButton(tr("&Add files…"), widget);
    connect(add, &QPushButton::clicked, this, &SendDialog::chooseAttachments);
    auto* remove = new QPushButton(tr("&Remove"), widget);
    remove->setObjectName(QStringLiteral("sendRemoveAttachment"));
    remove->setEnabled(false);
    connect(remove, &QPushButton::clicked, this, &SendDialog::removeAttachments);
    connect(m_attachments, &QListWidget::itemSelectionChanged, this,
        [this, remove] { remove->setEnabled(!m_attachments->selectedItems().isEmpty()); });
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_attachments, 1);
    layout->addLayout(buttons);
    return widget;
}

QWidget* SendDialog::createEmlFile()
{
    auto* widget = new QWidget(this);
    m_emlPath = new QLineEdit(widget);
    m_emlPath->setObjectName(QStringLiteral("sendEmlPath"));
    m_emlPath->setPlaceholderText(tr("A message file (.eml), headers and body"));
    auto* browse = new QPushButton(tr("&Browse…"), widget);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Message to send"), m_emlPath->text(), tr("Messages (*.eml *.txt);;All files (*)"));
        if (!path.isEmpty())
            setEmlFile(path);
    });
    auto* layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emlPath, 1);
    layout->addWidget(browse);
    return widget;
}

bool SendDialog::addAttachment(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return false;
    auto* item = new QListWidgetItem(
        tr("%1  (%2)").arg(info.fileName(), QLocale().formattedDataSize(info.size())), m_attachments);
    item->setData(Qt::UserRole, info.absoluteFilePath());
    item->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
    return true;
}

void SendDialog::setEmlFile(const QString& path)
{
    m_emlPath->setText(path);
    m_eml->setChecked(true);
}

void SendDialog::chooseAttachments()
{
    QSettings settings;
    const QString folder = settings.value(Group + QStringLiteral("/attachmentFolder")).toString();
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files"), folder);
    for (const QString& path : paths)
        addAttachment(path);
    if (!paths.isEmpty())
        settings.setValue(Group + QStringLiteral("/attachmentFolder"), QFileInfo(paths.first()).absolutePath());
}

void SendDialog::removeAttachments()
{
    qDeleteAll(m_attachments->selectedItems());
}

bool SendDialog::readMessage(OutgoingMessage* message, QString* error, QWidget** field)
{
    const bool eml = m_eml->isChecked();
    QList<MailAddress> from, to, cc;
    if (!readAddresses(m_from, tr("From"), &from, error) || (!eml && from.size() != 1) || from.size() > 1) {
        if (error->isEmpty())
            *error = eml ? tr("From: one sender address, or none for the null sender <>.")
                         : tr("From: enter the sender's address.");
        *field = m_from;
        return false;
    }
    if (!readAddresses(m_to, tr("To"), &to, error)) {
        *field = m_to;
        return false;
    }
    if (!readAddresses(m_cc, tr("Cc"), &cc, error)) {
        *field = m_cc;
        return false;
    }
    if (to.isEmpty() && cc.isEmpty()) {
        *error = tr("To: enter at least one recipient.");
        *field = m_to;
        return false;
    }
    message->from = from.isEmpty() ? QString() : from.first().address;
    for (const MailAddress& a : to + cc)
        message->recipients << a.address;

    if (eml) {
        QFile file(m_emlPath->text().trimmed());
        if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly)) {
            *error = file.fileName().isEmpty() ? tr("Choose the .eml file to send.")
                                               : tr("Cannot read %1: %2").arg(file.fileName(), file.errorString());
            *field = m_emlPath;
            return false;
        }
        QByteArray content = file.readAll();
        // SMTP carries CRLF line ends (RFC 5321 2.3.8); a file saved with LF is sent with CRLF.
        content.replace("\r\n", "\n").replace('\n', "\r\n");
        message->content = content;
        return true;
    }

    MessageDraft draft;
    draft.from = from.first();
    draft.to = to;
    draft.cc = cc;
    draft.subject = m_subject->text();
    draft.text = m_text->toPlainText();
    draft.html = m_html->toPlainText();
    for (int i = 0; i < m_attachments->count(); ++i) {
        const std::optional<DraftAttachment> attachment
            = DraftAttachment::fromFile(m_attachments->item(i)->data(Qt::UserRole).toString(), error);
        if (!attachment) {
            *field = m_attachments;
            return false;
        }
        draft.attachments << *attachment;
    }
    message->content = MimeComposer::compose(draft);
    return true;
}

void SendDialog::restoreFields()
{
    QSettings settings;
    settings.beginGroup(Group);
    m_from->setText(settings.value(QStringLiteral("from"), tr("Mailscope <mailscope@localhost>")).toString());
    m_to->setText(settings.value(QStringLiteral("to"), QStringLiteral("test@example.com")).toString());
    m_cc->setText(settings.value(QStringLiteral("cc")).toString());
    m_subject->setText(settings.value(QStringLiteral("subject"), tr("Test message from Mailscope")).toString());
    m_text->setPlainText(settings.value(QStringLiteral("text"), tr("This is a test message.")).toString());
    m_html->setPlainText(settings.value(QStringLiteral("html")).toString());
    for (const QString& path : settings.value(QStringLiteral("attachments")).toStringList())
        addAttachment(path); // a file gone since is left out
    m_emlPath->setText(settings.value(QStringLiteral("emlFile")).toString());
    (settings.value(QStringLiteral("mode")).toString() == QLatin1String("eml") ? m_eml : m_compose)
        ->setChecked(true);
}

void SendDialog::saveFields() const
{
    QSettings settings;
    settings.beginGroup(Group);
    settings.setValue(QStringLiteral("mode"), m_eml->isChecked() ? QStringLiteral("eml") : QStringLiteral("compose"));
    settings.setValue(QStringLiteral("from"), m_from->text());
    settings.setValue(QStringLiteral("to"), m_to->text());
    settings.setValue(QStringLiteral("cc"), m_cc->text());
    settings.setValue(QStringLiteral("subject"), m_subject->text());
    settings.setValue(QStringLiteral("text"), m_text->toPlainText());
    settings.setValue(QStringLiteral("html"), m_html->toPlainText());
    QStringList attachments;
    for (int i = 0; i < m_attachments->count(); ++i)
        attachments << m_attachments->item(i)->data(Qt::UserRole).toString();
    settings.setValue(QStringLiteral("attachments"), attachments);
    settings.setValue(QStringLiteral("emlFile"), m_emlPath->text());
}

} // namespace Mailscope
