#include "consoledialogs.h"

#include "auth/saslclient.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace Mailscope {

ConsoleAuthDialog::ConsoleAuthDialog(const QList<QByteArray>& offered, QWidget* parent)
    : QDialog(parent)
    , m_mechanism(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_passwordLabel(new QLabel(tr("&Password:"), this))
    , m_preview(new QLabel(this))
{
    setWindowTitle(tr("AUTH helper"));
    int preselected = -1;
    for (SaslMechanism m : AllSaslMechanisms) {
        const QByteArray name = saslMechanismName(m);
        const bool isOffered = offered.contains(name);
        m_mechanism->addItem(isOffered ? tr("%1 (offered)").arg(QString::fromLatin1(name)) : QString::fromLatin1(name),
            int(m));
        if (isOffered && preselected < 0)
            preselected = m_mechanism->count() - 1;
    }
    m_mechanism->setCurrentIndex(qMax(0, preselected));
    m_user->setPlaceholderText(tr("user name"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto* form = new QFormLayout;
    form->addRow(tr("&Mechanism:"), m_mechanism);
    form->addRow(tr("&User:"), m_user);
    form->addRow(m_passwordLabel, m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Send AUTH"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);
    connect(m_mechanism, &QComboBox::currentIndexChanged, this, &ConsoleAuthDialog::updatePreview);
    connect(m_user, &QLineEdit::textChanged, this, &ConsoleAuthDialog::updatePreview);
    connect(m_password, &QLineEdit::textChanged, this, &ConsoleAuthDialog::updatePreview);
    updatePreview();
    resize(520, sizeHint().height());
}

SaslMechanism ConsoleAuthDialog::mechanism() const { return SaslMechanism(m_mechanism->currentData().toInt()); }
QString ConsoleAuthDialog::user() const { return m_user->text(); }
QString ConsoleAuthDialog::password() const { return m_password->text(); }

void ConsoleAuthDialog::setMechanism(SaslMechanism mechanism)
{
    m_mechanism->setCurrentIndex(m_mechanism->findData(int(mechanism)));
}

void ConsoleAuthDialog::setCredentials(const QString& user, const QString& password)
{
    m_user->setText(user);
    m_password->setText(password);
}

void ConsoleAuthDialog::updatePreview()
{
    const SaslMechanism m = mechanism();
    m_passwordLabel->setText(m == SaslMechanism::XOAuth2 ? tr("&Token:") : tr("&Password:"));
    const QString command = QString::fromLatin1(SaslClientExchange(m, user(), password()).command());
    switch (m) {
    case SaslMechanism::Plain:
    case SaslMechanism::XOAuth2:
        m_preview->setText(tr("Sends:\n%1").arg(command));
        break;
    case SaslMechanism::Login:
        m_preview->setText(tr("Sends:\n%1\n%2 (the user, when asked)\n%3 (the password, when asked)")
                               .arg(command, QString::fromLatin1(user().toUtf8().toBase64()),
                                   QString::fromLatin1(password().toUtf8().toBase64())));
        break;
    case SaslMechanism::CramMd5:
        m_preview->setText(tr("Sends:\n%1\nthen answers the server's challenge with the user and an HMAC-MD5 "
                              "of it keyed with the password")
                               .arg(command));
        break;
    }
}

ConsoleMessageDialog::ConsoleMessageDialog(
    const QString& sender, const QString& recipient, bool dataAccepted, QWidget* parent)
    : QDialog(parent)
    , m_content(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Send message content"));
    m_content->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_content->setLineWrapMode(QPlainTextEdit::NoWrap);
    const QString date = QDateTime::currentDateTime().toString(Qt::RFC2822Date);
    const QString messageId = QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@console.localhost");
    m_content->setPlainText(QStringLiteral("From: %1\nTo: %2\nSubject: %3\nDate: %4\nMessage-ID: <%5>\n\n%6\n")
                                .arg(sender.isEmpty() ? QStringLiteral("sender@example.com") : sender,
                                    recipient.isEmpty() ? QStringLiteral("recipient@example.com") : recipient,
                                    tr("Typed in the Mailscope console"), date, messageId, tr("Hello.")));
    auto* hint = new QLabel(this);
    hint->setWordWrap(true);
    hint->setText(dataAccepted
            ? tr("Lines starting with “.” get another one (RFC 5321 dot-stuffing); the final “.” line ends the data.")
            : tr("The server has not asked for the message yet: send DATA and wait for its 354 reply first."));
    if (!dataAccepted)
        hint->setStyleSheet(QStringLiteral("color: #c62828"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Send with the final “.”"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_content, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

QString ConsoleMessageDialog::content() const { return m_content->toPlainText(); }
void ConsoleMessageDialog::setContent(const QString& content) { m_content->setPlainText(content); }

} // namespace Mailscope
