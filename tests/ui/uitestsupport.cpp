#include "uitestsupport.h"

#include "smtp/smtpserver.h"

#include <QEventLoop>
#include <QProcess>
#include <QTimer>

namespace Mailscope {

QStringList runSmtpClient(const QString& mode, quint16 port, QString* error)
{
    QProcess client;
    client.start(
        QStringLiteral("python3"), { QStringLiteral(SMTP_CLIENT_SCRIPT), mode, QString::number(port) });
    // The server lives in this thread: the client can only be answered while the loop runs.
    QEventLoop loop;
    QObject::connect(&client, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&client, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    if (client.state() != QProcess::NotRunning)
        loop.exec();
    if (client.state() != QProcess::NotRunning) {
        client.kill();
        client.waitForFinished();
        *error = QStringLiteral("smtp_client.py timed out");
        return {};
    }
    if (client.error() == QProcess::FailedToStart) {
        *error = QStringLiteral("cannot start python3: ") + client.errorString();
        return {};
    }
    if (client.exitStatus() != QProcess::NormalExit || client.exitCode() != 0) {
        *error = QString::fromUtf8(client.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(client.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

quint16 firstPort(const SmtpServer& server)
{
    const auto listeners = server.listeners();
    return listeners.isEmpty() ? 0 : listeners.first().config.port;
}

} // namespace Mailscope
