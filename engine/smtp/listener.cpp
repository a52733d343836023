#include "smtp/listener.h"

#include <QSslSocket>

namespace Mailscope {

Listener::Listener(const ListenerConfig &config, QObject *parent)
    : QTcpServer(parent)
    , m_config(config)
{
}

ListenerConfig Listener::config() const
{
    ListenerConfig c = m_config;
    if (isListening())
        c.port = serverPort();
    return c;
}

void Listener::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    addPendingConnection(socket);
}

} // namespace Mailscope
