#include "capturerun.h"

#include "eventlog.h"
#include "options.h"

#include "smtp/smtpserver.h"
#include "store/messagestore.h"

namespace Mailscope {

CaptureRun::CaptureRun(const DaemonOptions &options, SmtpServer *server, MessageStore *store, EventLog *log,
                       const QString &apiUrl, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_server(server)
    , m_store(store)
    , m_log(log)
    , m_apiUrl(apiUrl)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        stopServer(QStringLiteral("timeout after %1 s").arg(m_options.timeoutSeconds));
    });
    connect(m_store, &MessageStore::messageAdded, this, [this] {
        if (m_options.exitAfter > 0 && m_store->messageCount() >= m_options.exitAfter) {
            m_enoughMessages = true;
            stopServer(QStringLiteral("%1 message(s) stored").arg(m_options.exitAfter));
        }
    });
    connect(&m_command, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        m_commandStatus = status == QProcess::NormalExit ? code : 128;
        stopServer(QStringLiteral("the command exited with status %1").arg(m_commandStatus));
    });
    connect(&m_command, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_commandStatus = 127; // as a shell says of a command it cannot run
        m_log->error(QStringLiteral("cannot run %1: %2").arg(m_options.command.constFirst(), m_command.errorString()));
        stopServer(QStringLiteral("the command did not start"));
    });
}

void CaptureRun::start()
{
    if (m_options.timeoutSeconds > 0)
        m_timeout.start(m_options.timeoutSeconds * 1000);
    if (m_options.command.isEmpty())
        return;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const SmtpServer::ListenerStatus &listener : m_server->listeners()) {
        if (listener.config.protocol != Protocol::Smtp || environment.contains(QStringLiteral("MAILSCOPE_SMTP_PORT")))
            continue;
        const QString host = listener.config.host == QLatin1String("0.0.0.0") || listener.config.host == QLatin1String("*")
            ? QStringLiteral("127.0.0.1")
            : listener.config.host;
        environment.insert(QStringLiteral("MAILSCOPE_SMTP_HOST"), host);
        environment.insert(QStringLiteral("MAILSCOPE_SMTP_PORT"), QString::number(listener.config.port));
    }
    if (!m_apiUrl.isEmpty())
        environment.insert(QStringLiteral("MAILSCOPE_API_URL"), m_apiUrl);
    m_command.setProcessEnvironment(environment);
    m_command.setProcessChannelMode(QProcess::ForwardedChannels);
    m_command.setInputChannelMode(QProcess::ForwardedInputChannel);
    m_command.start(m_options.command.constFirst(), m_options.command.mid(1));
}

void CaptureRun::stopServer(const QString &why)
{
    if (m_server->isStopping())
        return;
    m_timeout.stop();
    m_stopReason = why;
    m_log->info(QStringLiteral("stopping"), QStringLiteral("stopping: %1").arg(why), { { QStringLiteral("reason"), why } });
    m_server->stop();
}

void CaptureRun::check(bool passed, const QString &description, const QString &detail, const QString &failure,
                       int *status)
{
    m_checks.append({ description, passed, detail });
    if (passed)
        return;
    m_log->error(failure);
    *status = *status ? *status : 1;
}

int CaptureRun::commandStatus() const
{
    return m_options.command.isEmpty() ? -1 : m_commandStatus;
}

int CaptureRun::exitStatus()
{
    int status = m_commandStatus;
    if (m_command.state() != QProcess::NotRunning) {
        // Stopped while the command still runs: it goes too, and its status is ours to give —
        // success when --exit-after was met, failure on a timeout or a signal.
        m_command.blockSignals(true);
        m_command.terminate();
        if (!m_command.waitForFinished(5000))
            m_command.kill();
        status = m_enoughMessages ? 0 : m_timedOut ? 1 : 143;
        m_commandStatus = status;
    }
    m_checks.clear();
    const int count = m_store->messageCount();
    if (m_options.expectCount >= 0)
        check(count == m_options.expectCount, QStringLiteral("exactly %1 message(s)").arg(m_options.expectCount),
              QStringLiteral("%1 captured").arg(count),
              QStringLiteral("expected %1 message(s), captured %2").arg(m_options.expectCount).arg(count), &status);
    for (const QString &query : m_options.expectQueries) {
        const int found = m_store->search(query, 0, 1).total;
        check(found > 0, QStringLiteral("a message matches \"%1\"").arg(query), QStringLiteral("%1 match(es)").arg(found),
              QStringLiteral("no captured message matches \"%1\"").arg(query), &status);
    }
    if (m_options.exitAfter > 0 && (m_timedOut || m_enoughMessages))
        check(count >= m_options.exitAfter, QStringLiteral("at least %1 message(s) (--exit-after)").arg(m_options.exitAfter),
              QStringLiteral("%1 came").arg(count),
              QStringLiteral("timeout: %1 of %2 message(s) came").arg(count).arg(m_options.exitAfter), &status);
    return status;
}

} // namespace Mailscope
