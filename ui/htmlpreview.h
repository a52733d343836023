#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QWebEngineProfile;
class QWebEngineView;
class QWidget;

namespace Mailscope {

class CidSchemeHandler;
class RemoteContentBlocker;
struct ParsedMessage;

// The HTML body, rendered as a mail client would: no JavaScript, cid: parts served from the
// message, remote content blocked behind a bar that loads it, widths for desktop, tablet, phone.
class HtmlPreview : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HtmlPreview)

public:
    // Before QApplication exists: the cid: and body schemes, and the OpenGL sharing WebEngine wants.
    static void prepareApplication();

    explicit HtmlPreview(QWidget* parent = nullptr);
    ~HtmlPreview() override;

    void showMessage(const ParsedMessage& message, const QString& rawFilePath);
    void clear();
    [[nodiscard]] int blockedCount() const { return m_blocked; }
    [[nodiscard]] QWebEngineView* view() const { return m_view; }

private:
    void loadRemoteContent();
    void updateBlockedBar();
    void applyWidth();

    QWebEngineProfile* m_profile;
    CidSchemeHandler* m_schemeHandler;
    RemoteContentBlocker* m_blocker;
    QWebEngineView* m_view;
    QComboBox* m_width;
    QWidget* m_blockedBar;
    QLabel* m_blockedLabel;
    int m_blocked = 0;
    int m_loads = 0;
};

} // namespace Mailscope
