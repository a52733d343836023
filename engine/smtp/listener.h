#pragma once

#include "settings.h"

#include <QTcpServer>

namespace Mailscope {

// A listening socket that hands out QSslSocket connections (plain until a session
// starts TLS on one).
class Listener : public QTcpServer {
    Q_OBJECT
public:
    explicit Listener(const ListenerConfig &config, QObject *parent = nullptr);

    [[nodiscard]] ListenerConfig config() const; // with the port really bound
    [[nodiscard]] const ListenerConfig &requested() const { return m_config; }
    int clients = 0;

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    ListenerConfig m_config;
};

} // namespace Mailscope
