#pragma once

#include <QMetaObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace Mailscope {

class MessageStore;
class SessionListModel;
class SmtpServer;
class TranscriptView;

// The live sessions table, and below it the transcript of the one selected.
class SessionsPage : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsPage)

public:
    SessionsPage(SmtpServer* server, MessageStore* store, QWidget* parent = nullptr);

    void showSession(const QString& sessionId);
    void copyTranscript();
    void saveTranscript();
    void focusFind();
    [[nodiscard]] SessionListModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] TranscriptView* transcript() const { return m_transcript; }

Q_SIGNALS:
    void messageLinkActivated(qint64 messageId);

private:
    void openCurrent();

    MessageStore* m_store;
    SessionListModel* m_model;
    QTableView* m_table;
    QLabel* m_title;
    QLineEdit* m_find;
    TranscriptView* m_transcript;
    QString m_shownId;
    QMetaObject::Connection m_liveLines;
};

} // namespace Mailscope
