#pragma once

#include "settings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace Mailscope {

// The settings dialog's relay page: the upstream server that Release sends to, and the relay
// rules that send captured messages on to it by themselves (every message, or what searches find).
class RelayPage : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayPage)

public:
    explicit RelayPage(QWidget* parent = nullptr);

    void setRelay(const RelaySettings& relay);
    // false with the reason when the page does not describe a usable relay.
    [[nodiscard]] bool readRelay(RelaySettings* relay, QString* error) const;

private:
    void updateEnabled();

    QLineEdit* m_host;
    QSpinBox* m_port;
    QComboBox* m_security;
    QCheckBox* m_acceptBadCertificates;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_mechanism;
    QRadioButton* m_onRequest;
    QRadioButton* m_all;
    QRadioButton* m_matching;
    QPlainTextEdit* m_queries;
};

} // namespace Mailscope
