#include "previewpage.h"

#include <QDesktopServices>
#include <QUrl>

namespace Mailscope {

PreviewPage::PreviewPage(QWebEngineProfile* profile, QObject* parent)
    : QWebEnginePage(profile, parent)
{
}

bool PreviewPage::acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame)
{
    if (type != NavigationTypeLinkClicked || !isMainFrame)
        return true;
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")
        || scheme == QLatin1String("mailto"))
        QDesktopServices::openUrl(url);
    return false;
}

} // namespace Mailscope
