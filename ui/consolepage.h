#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace Mailscope {

class ConsoleConnection;
class HistoryLineEdit;
class SmtpServer;
class TranscriptView;
struct ListenerConfig;

// Talking SMTP by hand: connect to any server (Mailscope's own listeners one click away), type
// commands, see the replies in a transcript like the sessions page's; STARTTLS, an AUTH helper
// and a message helper do the fiddly parts.
class ConsolePage : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsolePage)

public:
    ConsolePage(SmtpServer* server, QWidget* parent = nullptr);

    // Fills host, port and security from one of Mailscope's listeners (its certificate accepted).
    void useListener(const ListenerConfig& listener);
    void toggleConnection();
    void sendInput();
    void openAuthHelper();
    void openMessageHelper();
    void copyTranscript();
    void saveTranscript();

    [[nodiscard]] ConsoleConnection* connection() const { return m_connection; }
    [[nodiscard]] TranscriptView* transcript() const { return m_transcript; }
    [[nodiscard]] HistoryLineEdit* input() const { return m_input; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createConnectionBar();
    QWidget* createCommandBar();
    QPushButton* commandButton(const QString& text, const QString& toolTip, const std::function<void()>& action);
    void fillListenerMenu();
    void insertCommand(const QString& verb, const QString& address);
    void sendCommand(const QString& line);
    void updateState();
    void rememberAddresses(const QByteArray& line);

    SmtpServer* m_server;
    ConsoleConnection* m_connection;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QToolButton* m_listeners;
    QMenu* m_listenerMenu;
    QComboBox* m_security;
    QCheckBox* m_acceptAny;
    QPushButton* m_connect;
    QLabel* m_title;
    TranscriptView* m_transcript;
    HistoryLineEdit* m_input;
    QPushButton* m_send;
    QList<QPushButton*> m_commandButtons; // usable while connected
    QPushButton* m_startTls = nullptr;
    QString m_sender; // the last MAIL FROM and RCPT TO addresses, for the message template
    QString m_recipient;
    bool m_prefilled = false;
};

} // namespace Mailscope
