#pragma once

#include "deliverydialog.h"

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;

namespace Mailscope {

// "Send test message": compose a message (text, HTML, attachments) or pick an .eml file,
// send it to Mailscope itself or any server, and see what each recipient got.
class SendDialog : public DeliveryDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendDialog)

public:
    explicit SendDialog(const QList<ListenerConfig>& listeners, QWidget* parent = nullptr);

    // Adds the file to the attachments; false (and why) when it cannot be read.
    bool addAttachment(const QString& path);
    void setEmlFile(const QString& path);

    [[nodiscard]] QLineEdit* fromField() const { return m_from; }
    [[nodiscard]] QLineEdit* toField() const { return m_to; }
    [[nodiscard]] QLineEdit* ccField() const { return m_cc; }
    [[nodiscard]] QLineEdit* subjectField() const { return m_subject; }
    [[nodiscard]] QPlainTextEdit* textField() const { return m_text; }
    [[nodiscard]] QPlainTextEdit* htmlField() const { return m_html; }
    [[nodiscard]] QListWidget* attachmentList() const { return m_attachments; }

protected:
    bool readMessage(OutgoingMessage* message, QString* error, QWidget** field) override;
    void saveFields() const override;

private:
    QWidget* createBodies();
    QWidget* createAttachments();
    QWidget* createEmlFile();
    void restoreFields();
    void chooseAttachments();
    void removeAttachments();

    QRadioButton* m_compose;
    QRadioButton* m_eml;
    QLineEdit* m_from;
    QLineEdit* m_to;
    QLineEdit* m_cc;
    QLineEdit* m_subject;
    QPlainTextEdit* m_text;
    QPlainTextEdit* m_html;
    QListWidget* m_attachments;
    QLineEdit* m_emlPath = nullptr;
};

} // namespace Mailscope
