#pragma once

#include "report/htmlreport.h"

#include <QObject>
#include <QProcess>
#include <QTimer>

namespace Mailscope {

class EventLog;
class MessageStore;
class SmtpServer;
struct DaemonOptions;

// The one-shot side of mailscoped: --exit-after, --timeout, and `run -- COMMAND`,
// which stop the server when they are done; exitStatus() then says how it went.
class CaptureRun : public QObject {
    Q_OBJECT
public:
    CaptureRun(const DaemonOptions &options, SmtpServer *server, MessageStore *store, EventLog *log,
               const QString &apiUrl, QObject *parent = nullptr);

    void start();
    // Called once the server has stopped: the command's status, or 1 when a check failed.
    [[nodiscard]] int exitStatus();
    // After exitStatus(): each expectation and whether it was met, for the report.
    [[nodiscard]] const QList<ReportCheck> &checks() const { return m_checks; }
    [[nodiscard]] int commandStatus() const; // -1 without a command
    [[nodiscard]] QString stopReason() const { return m_stopReason; }
    void setStopReason(const QString &why) { m_stopReason = why; }

private:
    void stopServer(const QString &why);
    void check(bool passed, const QString &description, const QString &detail, const QString &failure, int *status);

    const DaemonOptions &m_options;
    SmtpServer *m_server;
    MessageStore *m_store;
    EventLog *m_log;
    QString m_apiUrl;
    QProcess m_command;
    QTimer m_timeout;
    int m_commandStatus = 0;
    bool m_timedOut = false;
    bool m_enoughMessages = false; // --exit-after was met
    QString m_stopReason;
    QList<ReportCheck> m_checks;
};

} // namespace Mailscope
