#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace Mailscope {

class HtmlPreview;
class MessageParts;
class MessageStore;

// One message in tabs: Preview, Text, Headers, Source, Parts, Envelope and session.
class MessageViewer : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageViewer)

public:
    explicit MessageViewer(MessageStore* store, QWidget* parent = nullptr);

    void showMessage(qint64 id);
    void clear();
    [[nodiscard]] qint64 messageId() const { return m_id; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }

Q_SIGNALS:
    void sessionLinkActivated(const QString& sessionId);

private:
    void showEnvelope(qint64 id);

    MessageStore* m_store;
    qint64 m_id = 0;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QWidget* m_content;
    QLabel* m_subject;
    QLabel* m_summary;
    QTabWidget* m_tabs;
    HtmlPreview* m_preview;
    QPlainTextEdit* m_text;
    QTableWidget* m_headers;
    QPlainTextEdit* m_source;
    MessageParts* m_parts;
    QTextBrowser* m_envelope;
};

} // namespace Mailscope
