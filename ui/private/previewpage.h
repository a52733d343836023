#pragma once

#include <QWebEnginePage>

namespace Mailscope {

// The page of the HTML preview: a link clicked in a message opens in the user's browser
// (or mail program) instead of replacing the message in the preview.
class PreviewPage : public QWebEnginePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPage)

public:
    PreviewPage(QWebEngineProfile* profile, QObject* parent);

protected:
    bool acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame) override;
};

} // namespace Mailscope
