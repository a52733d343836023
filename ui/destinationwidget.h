#pragma once

#include "client/smtpclient.h"
#include "settings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Mailscope {

// Where a message goes: one of Mailscope's own running listeners, or any server with its
// host, port, TLS choice and credentials. Shared by the send and release dialogs.
class DestinationWidget : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DestinationWidget)

public:
    explicit DestinationWidget(QWidget* parent = nullptr);

    // The listeners offered first (the first one preselected until the user chose otherwise).
    void setListeners(const QList<ListenerConfig>& listeners);
    // The client options as shown; false and the reason when the fields do not make a destination.
    [[nodiscard]] bool readOptions(ClientOptions* options, QString* error) const;
    [[nodiscard]] bool isMailscope() const;
    // "Mailscope (smtp://127.0.0.1:1025)" or "mail.example.com:587", for result lines.
    [[nodiscard]] QString describe() const;

    // The last values under `group` of QSettings (the password is never written).
    void restore(const QString& group);
    void save(const QString& group) const;

    // For tests and keyboard users: the choice "another server" and its fields.
    void chooseServer(const QString& host, quint16 port);
    [[nodiscard]] QComboBox* target() const { return m_target; }

private:
    // What "another server" holds while a Mailscope listener is shown in the same fields.
    struct ServerFields {
        QString host;
        int port = 25;
        ClientOptions::Security security = ClientOptions::Security::StartTlsIfOffered;
        bool acceptBadCertificate = false;
    };

    void updateFields();
    void showOtherServer(const ServerFields& server);

    QList<ListenerConfig> m_listeners;
    QComboBox* m_target;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QComboBox* m_security;
    QCheckBox* m_acceptBadCertificate;
    QLineEdit* m_user;
    QLineEdit* m_password;
    bool m_restoredOtherServer = false;
    bool m_showingOther = false;
    ServerFields m_other;
};

} // namespace Mailscope
