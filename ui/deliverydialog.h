#pragma once

#include "client/smtpclient.h"
#include "settings.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Mailscope {

class DeliveryReport;
class DestinationWidget;

// What the send and release dialogs share: the message on the left above where it goes,
// the delivery's progress, results and transcript on the right, and the send button.
class DeliveryDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryDialog)

public:
    [[nodiscard]] DestinationWidget* destination() const { return m_destination; }
    [[nodiscard]] DeliveryReport* report() const { return m_report; }
    [[nodiscard]] QPushButton* sendButton() const { return m_send; }
    [[nodiscard]] QString errorText() const;

    // Checks the fields and starts sending; false (the reason shown) when they do not make a message.
    bool send();

protected:
    // `settingsGroup`: where QSettings keeps the last values of this dialog.
    DeliveryDialog(const QList<ListenerConfig>& listeners, const QString& settingsGroup,
        const QString& sendLabel, QWidget* parent);

    // Puts the dialog's own fields above the destination; `stretch` 0 keeps them at their height.
    void setMessageWidget(QWidget* widget, int stretch);
    // The message as the fields describe it; false with the reason (and the field to fix) when they do not.
    virtual bool readMessage(OutgoingMessage* message, QString* error, QWidget** field) = 0;
    virtual void saveFields() const { }
    [[nodiscard]] const QString& settingsGroup() const { return m_settingsGroup; }

private:
    void showError(const QString& error);

    QString m_settingsGroup;
    DestinationWidget* m_destination;
    DeliveryReport* m_report;
    QVBoxLayout* m_left;
    QLabel* m_error;
    QPushButton* m_send;
};

} // namespace Mailscope
