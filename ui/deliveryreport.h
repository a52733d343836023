#pragma once

#include "client/smtpclient.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace Mailscope {

class TranscriptView;

// Sends one message with the engine's SMTP client and shows how it goes: the step under way,
// then one row per recipient (accepted or rejected, with the server's reply) and the
// client's transcript with the time of each line.
class DeliveryReport : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryReport)

public:
    enum Column { RecipientColumn, ResultColumn, ReplyColumn };

    explicit DeliveryReport(QWidget* parent = nullptr);

    // Starts at once; an earlier delivery still under way is abandoned.
    void send(const ClientOptions& options, const OutgoingMessage& message, const QString& destination);
    [[nodiscard]] bool isSending() const { return !m_client.isNull(); }

    [[nodiscard]] QTableWidget* results() const { return m_results; }
    [[nodiscard]] TranscriptView* transcript() const { return m_transcript; }
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    void finished(const Mailscope::DeliveryResult& result);

private:
    void showLine(const TranscriptLine& line);
    void showResult(const DeliveryResult& result);
    void addRow(const QString& address, const QString& outcome, const QString& reply, bool accepted);

    QPointer<SmtpClient> m_client;
    QStringList m_recipients;
    QString m_destination;
    QLabel* m_status;
    QProgressBar* m_progress;
    QTableWidget* m_results;
    TranscriptView* m_transcript;
};

} // namespace Mailscope
