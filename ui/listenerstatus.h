#pragma once

#include <QLabel>

namespace Mailscope {

class SmtpServer;

// One line for the toolbar: each listener with its protocol, address, TLS and clients now.
class ListenerStatus : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListenerStatus)

public:
    explicit ListenerStatus(SmtpServer* server, QWidget* parent = nullptr);

    void refresh();

private:
    SmtpServer* m_server;
};

} // namespace Mailscope
