#include "listenerstatus.h"

#include "smtp/smtpserver.h"
#include "smtp/smtpsession.h"

#include <QTimer>

namespace Mailscope {

ListenerStatus::ListenerStatus(SmtpServer* server, QWidget* parent)
    : QLabel(parent)
    , m_server(server)
{
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setContentsMargins(8, 0, 8, 0);
    // The server counts a client only once its session is set up, after these signals: look again then.
    auto later = [this] { QTimer::singleShot(0, this, &ListenerStatus::refresh); };
    connect(server, &SmtpServer::sessionStarted, this, later);
    connect(server, &SmtpServer::sessionClosed, this, later);
    connect(server, &SmtpServer::stopped, this, later);
    refresh();
}

void ListenerStatus::refresh()
{
    QStringList parts;
    QStringList tips;
    if (!m_server->isListening()) {
        for (const ListenerConfig& l : m_server->settings().listeners)
            parts << tr("<span style=\"color:#999\">\u25CB %1</span>").arg(l.url().toHtmlEscaped());
        setText(parts.join(QStringLiteral("&nbsp;&nbsp;&nbsp;")) + tr("&nbsp;&nbsp;stopped"));
        setToolTip(tr("The server is stopped"));
        return;
    }
    int clients = 0;
    for (const SmtpServer::ListenerStatus& l : m_server->listeners()) {
        clients += l.clients;
        const QString tls = l.config.implicitTls ? tr(" TLS") : QString();
        parts << tr("<span style=\"color:#2e9e4f\">\u25CF</span> <b>%1%2</b> %3:%4")
                     .arg(protocolName(l.config.protocol), tls, l.config.host.toHtmlEscaped())
                     .arg(l.config.port);
        tips << tr("%1: %n connected", nullptr, l.clients).arg(l.config.url());
    }
    setText(parts.join(QStringLiteral("&nbsp;&nbsp;&nbsp;")) + QStringLiteral("&nbsp;&nbsp;&nbsp;")
        + tr("%n connected", nullptr, clients));
    setToolTip(tips.join(QLatin1Char('\n')));
}

} // namespace Mailscope
