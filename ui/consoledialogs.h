#pragma once

#include "auth/sasl.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Mailscope {

// The console's AUTH helper: a mechanism, a user and a password; shows what will be sent.
class ConsoleAuthDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleAuthDialog)

public:
    // `offered`: the mechanisms the server's last EHLO reply named (preselected, marked).
    ConsoleAuthDialog(const QList<QByteArray>& offered, QWidget* parent = nullptr);

    [[nodiscard]] SaslMechanism mechanism() const;
    [[nodiscard]] QString user() const;
    [[nodiscard]] QString password() const;
    void setMechanism(SaslMechanism mechanism);
    void setCredentials(const QString& user, const QString& password);

private:
    void updatePreview();

    QComboBox* m_mechanism;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_passwordLabel;
    QLabel* m_preview;
};

// The console's message helper: content typed in full; sent with dot-stuffing and the final ".".
class ConsoleMessageDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleMessageDialog)

public:
    // `sender` and `recipient` fill the template's From and To; `dataAccepted`: the server said 354.
    ConsoleMessageDialog(const QString& sender, const QString& recipient, bool dataAccepted, QWidget* parent = nullptr);

    [[nodiscard]] QString content() const;
    void setContent(const QString& content);

private:
    QPlainTextEdit* m_content;
};

} // namespace Mailscope
