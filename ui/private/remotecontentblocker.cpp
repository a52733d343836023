#include "remotecontentblocker.h"

#include "cidschemehandler.h"

#include <QMetaObject>

namespace Mailscope {

RemoteContentBlocker::RemoteContentBlocker(QObject* parent)
    : QWebEngineUrlRequestInterceptor(parent)
{
}

void RemoteContentBlocker::interceptRequest(QWebEngineUrlRequestInfo& info)
{
    const QByteArray scheme = info.requestUrl().scheme().toLatin1();
    if (scheme == CidSchemeHandler::CidScheme || scheme == CidSchemeHandler::BodyScheme || scheme == "data")
        return;
    if (m_allowed && (scheme == "http" || scheme == "https"))
        return;
    info.block(true);
    // Qt 6 calls interceptors on the UI thread, but queue anyway: the signal changes widgets.
    QMetaObject::invokeMethod(
        this, [this, url = info.requestUrl()] { Q_EMIT blocked(url); }, Qt::QueuedConnection);
}

} // namespace Mailscope
