// windowlatency: how late the window's event loop runs while mail floods in.
// Opens the real window over a store (fill it first with `storebench 100000 DIR`), starts the
// server on a free port, measures a 10 ms timer's lateness while idle, then while smtpload sends
// mail at a fixed rate, and how long the message list takes to show the last message.
//
//   windowlatency --store DIR --smtpload PATH [--rate 1000] [--seconds 10] [--sessions 10]
//
// Prints one JSON object. Run by bench/window-latency.sh, never by ctest.
#include "htmlpreview.h"
#include "mainwindow.h"
#include "messagelistmodel.h"
#include "messagespage.h"

#include "smtp/smtpserver.h"
#include "store/messagestore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Mailscope;

namespace {

constexpr int TickMs = 10;

// Lateness of each tick of a precise 10 ms timer: how long an input event would have waited.
class LatencyProbe : public QObject {
public:
    LatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(TickMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_latenessMs << qMax(0.0, (now - m_last) / 1e6 - TickMs);
            m_last = now;
        });
    }
    void start()
    {
        m_latenessMs.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    QJsonObject stop()
    {
        m_timer.stop();
        std::sort(m_latenessMs.begin(), m_latenessMs.end());
        const auto at = [this](double share) {
            return m_latenessMs.isEmpty() ? 0.0 : m_latenessMs.at(qMin(m_latenessMs.size() - 1, qsizetype(share * m_latenessMs.size())));
        };
        return { { QStringLiteral("ticks"), m_latenessMs.size() }, { QStringLiteral("p50_ms"), at(0.5) },
            { QStringLiteral("p95_ms"), at(0.95) }, { QStringLiteral("p99_ms"), at(0.99) },
            { QStringLiteral("max_ms"), m_latenessMs.isEmpty() ? 0.0 : m_latenessMs.last() } };
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_latenessMs;
};

// Runs the event loop for `ms` (the window keeps working meanwhile).
void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    HtmlPreview::prepareApplication();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MailscopeBench")); // the user's own settings untouched
    QCommandLineParser parser;
    parser.addOptions({ { QStringLiteral("store"), QStringLiteral("Store folder (filled by storebench)."),
                            QStringLiteral("dir") },
        { QStringLiteral("smtpload"), QStringLiteral("The load client."), QStringLiteral("path") },
        { QStringLiteral("rate"), QStringLiteral("Messages a second."), QStringLiteral("n"), QStringLiteral("1000") },
        { QStringLiteral("seconds"), QStringLiteral("Length of the flood."), QStringLiteral("s"), QStringLiteral("10") },
        { QStringLiteral("sessions"), QStringLiteral("SMTP sessions at once."), QStringLiteral("n"),
            QStringLiteral("10") } });
    parser.process(app);
    if (!parser.isSet(QStringLiteral("store")) || !parser.isSet(QStringLiteral("smtpload"))) {
        std::fprintf(stderr, "windowlatency: --store DIR and --smtpload PATH are needed\n");
        return 2;
    }
    const double rate = parser.value(QStringLiteral("rate")).toDouble();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    const long messages = long(rate * seconds);

    QElapsedTimer opening;
    opening.start();
    MessageStore store;
    QString error;
    if (!store.open(parser.value(QStringLiteral("store")), &error)) {
        std::fprintf(stderr, "windowlatency: cannot open the store: %s\n", qPrintable(error));
        return 2;
    }
    const int storedBefore = store.messageCount();
    SmtpServer server(&store);
    ServerSettings settings;
    settings.listeners.first().port = 0;
    settings.reverseDns = false;
    settings.maxClients = 0;
    (void)server.setSettings(settings);
    QTemporaryDir settingsDir;
    MainWindow window(&server, &store, settingsDir.filePath(QStringLiteral("settings.json")));
    window.resize(1280, 800);
    window.show();
    if (!window.startServer()) {
        std::fprintf(stderr, "windowlatency: the server did not start\n");
        return 2;
    }
    QApplication::processEvents();
    const double openMs = opening.nsecsElapsed() / 1e6;
    MessageListModel* model = window.messagesPage()->model();

    LatencyProbe probe;
    probe.start();
    runFor(2000);
    const QJsonObject idle = probe.stop();

    QProcess load;
    load.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer flood;
    probe.start();
    flood.start();
    load.start(parser.value(QStringLiteral("smtpload")),
        { QStringLiteral("--port"), QString::number(server.listeners().first().config.port),
            QStringLiteral("--sessions"), parser.value(QStringLiteral("sessions")), QStringLiteral("--messages"),
            QString::number(messages), QStringLiteral("--rate"), QString::number(rate),
            QStringLiteral("--pipelining") });
    while (load.state() != QProcess::NotRunning)
        runFor(50);
    const double sendSeconds = flood.nsecsElapsed() / 1e9;
    const QJsonObject underFlood = probe.stop();
    const QJsonObject loadResult = QJsonDocument::fromJson(load.readAllStandardOutput()).object();
    // Caught up: the list counts every message the store holds.
    QElapsedTimer catchingUp;
    catchingUp.start();
    const int expected = storedBefore + loadResult.value(QStringLiteral("accepted")).toInt();
    while (model->totalMatches() < expected && catchingUp.elapsed() < 30000)
        runFor(10);
    const double catchUpMs = catchingUp.nsecsElapsed() / 1e6;

    const QJsonObject result {
        { QStringLiteral("stored_before"), storedBefore },
        { QStringLiteral("open_ms"), openMs },
        { QStringLiteral("rate_asked"), rate },
        { QStringLiteral("accepted"), loadResult.value(QStringLiteral("accepted")) },
        { QStringLiteral("failed"), loadResult.value(QStringLiteral("failed")) },
        { QStringLiteral("rate_reached"), loadResult.value(QStringLiteral("accepted")).toDouble() / sendSeconds },
        { QStringLiteral("idle_latency"), idle },
        { QStringLiteral("flood_latency"), underFlood },
        { QStringLiteral("list_total_after"), model->totalMatches() },
        { QStringLiteral("list_catch_up_ms"), catchUpMs },
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
