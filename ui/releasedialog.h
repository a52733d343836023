#pragma once

#include "deliverydialog.h"

class QLineEdit;

namespace Mailscope {

class MessageStore;

// "Release": sends a captured message, byte for byte as it was received, to a server,
// to the envelope's recipients or others.
class ReleaseDialog : public DeliveryDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseDialog)

public:
    ReleaseDialog(MessageStore* store, qint64 messageId, const QList<ListenerConfig>& listeners,
        QWidget* parent = nullptr);

    [[nodiscard]] qint64 messageId() const { return m_id; }
    [[nodiscard]] QLineEdit* senderField() const { return m_sender; }
    [[nodiscard]] QLineEdit* recipientsField() const { return m_recipients; }

protected:
    bool readMessage(OutgoingMessage* message, QString* error, QWidget** field) override;

private:
    MessageStore* m_store;
    qint64 m_id;
    QLineEdit* m_sender;
    QLineEdit* m_recipients;
};

} // namespace Mailscope
