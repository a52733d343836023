#pragma once

#include <QWebEngineUrlRequestInterceptor>

namespace Mailscope {

// Keeps a previewed message from fetching anything from the network (tracking pixels,
// remote images and styles) until the user allows it; counts what it blocked.
class RemoteContentBlocker : public QWebEngineUrlRequestInterceptor {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteContentBlocker)

public:
    explicit RemoteContentBlocker(QObject* parent = nullptr);

    void setRemoteAllowed(bool allowed) { m_allowed = allowed; }
    [[nodiscard]] bool isRemoteAllowed() const { return m_allowed; }
    void interceptRequest(QWebEngineUrlRequestInfo& info) override;

Q_SIGNALS:
    void blocked(const QUrl& url);

private:
    bool m_allowed = false;
};

} // namespace Mailscope
