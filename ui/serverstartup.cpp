#include "serverstartup.h"

#include "smtp/smtpserver.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>

namespace Mailscope {

namespace {

bool isPortFree(const QString& host, quint16 port)
{
    QHostAddress address(host);
    if (address.isNull())
        address = QHostAddress::Any;
    QTcpServer probe;
    return probe.listen(address, port);
}

} // namespace

ServerStartup startOnFreePorts(SmtpServer& server)
{
    ServerStartup result;
    QString error;
    if (server.start(&error)) {
        result.ok = true;
        return result;
    }
    ServerSettings settings = server.settings();
    bool moved = false;
    for (ListenerConfig& listener : settings.listeners) {
        if (listener.port == 0 || isPortFree(listener.host, listener.port))
            continue;
        const quint16 taken = listener.port;
        for (int port = taken + 1; port <= qMin(65535, taken + 100); ++port) {
            if (isPortFree(listener.host, quint16(port))) {
                listener.port = quint16(port);
                moved = true;
                result.movedListeners
                    << QCoreApplication::translate("Mailscope::ServerStartup", "%1 (%2 was taken)")
                           .arg(listener.url())
                           .arg(taken);
                break;
            }
        }
    }
    if (!moved) {
        result.error = error;
        return result;
    }
    if (!server.setSettings(settings, &result.error))
        return result;
    result.ok = server.start(&result.error);
    return result;
}

} // namespace Mailscope
