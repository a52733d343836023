#include "apisettings.h"

#include <QHostAddress>

namespace Mailscope {

bool ApiSettings::isLoopback() const
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool parseApiAddress(const QString& text, ApiSettings* settings, QString* error)
{
    const qsizetype colon = text.lastIndexOf(u':');
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (colon <= 0 || host.isEmpty() || !ok || port > 65535) {
        *error
            = QStringLiteral("the API address must be HOST:PORT (e.g. 127.0.0.1:8025), not \"%1\"").arg(text);
        return false;
    }
    if (QHostAddress(host).isNull() && host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0) {
        *error = QStringLiteral("the API host must be an IP address or localhost, not \"%1\"").arg(host);
        return false;
    }
    settings->host = host;
    settings->port = quint16(port);
    return true;
}

QString apiUrl(const QString& host, quint16 port)
{
    const bool ipv6 = host.contains(u':');
    return QStringLiteral("http://") + (ipv6 ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

} // namespace Mailscope
