#include "capturerun.h"
#include "eventlog.h"
#include "options.h"
#include "relayoptions.h"
#include "sendcommand.h"
#include "signalwatcher.h"

#include "client/messagerelay.h"
#include "http/apiserver.h"
#include "report/htmlreport.h"
#include "smtp/smtpserver.h"
#include "store/messagestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <cstdio>
#include <memory>

using namespace Mailscope;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "mailscoped: %s\n", qPrintable(message));
    return 2;
}

// The report of a run that has ended; a report that cannot be written fails a run that otherwise passed.
int writeReport(const MessageStore &store, const DaemonOptions &options, const CaptureRun &capture,
                const QStringList &listeners, int status, EventLog &log)
{
    ReportContext context;
    context.listeners = listeners;
    context.stopReason = capture.stopReason();
    context.command = options.command;
    context.commandStatus = capture.commandStatus();
    context.checks = capture.checks();
    context.exitStatus = status;
    const ReportResult result = writeHtmlReport(store, options.reportDir, context);
    if (!result.ok()) {
        log.error(QStringLiteral("cannot write the report: %1").arg(result.error));
        return status ? status : 1;
    }
    const QString index = QDir(options.reportDir).absoluteFilePath(QStringLiteral("index.html"));
    log.info(QStringLiteral("report"), QStringLiteral("report: %1 (%2 message(s), %3 session(s))").arg(index).arg(result.messages).arg(result.sessions),
             { { QStringLiteral("path"), index }, { QStringLiteral("messages"), result.messages },
               { QStringLiteral("sessions"), result.sessions } });
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mailscoped"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILSCOPE_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Mailscope"));

    if (app.arguments().value(1) == QLatin1String("send")) {
        QStringList arguments = app.arguments();
        arguments.removeAt(1);
        return runSendCommand(arguments);
    }

    // Before anything is announced: a SIGTERM right after "ready" must stop cleanly, not kill.
    SignalWatcher signalWatcher;

    DaemonOptions options;
    QString error;
    QStringList arguments = app.arguments();
    if (arguments.value(1) == QLatin1String("run")) {
        arguments.removeAt(1);
        options.runMode = true;
    }
    if (!parseDaemonOptions(arguments, &options, &error))
        return fail(error);
    const ServerSettings &settings = options.settings;

    MessageStore store;
    store.setRetentionLimit(settings.retentionLimit);
    if (!store.open(settings.store, &error))
        return fail(QStringLiteral("cannot open the store %1: %2").arg(settings.store, error));
    if (!settings.emlDir.isEmpty() && !QDir().mkpath(settings.emlDir))
        return fail(QStringLiteral("cannot create the folder %1").arg(settings.emlDir));
    // Created now, so that a folder that cannot be written is found before the run, not after it.
    if (!options.reportDir.isEmpty() && !QDir().mkpath(options.reportDir))
        return fail(QStringLiteral("cannot create the folder %1").arg(options.reportDir));

    SmtpServer server(&store);
    (void)server.setSettings(settings);
    EventLog log(options.json, options.transcript);
    log.watch(&server, &store);
    MessageRelay relay(&store, &server); // releases on request; relays what its rules match
    log.watchRelay(&relay);
    if (!server.start(&error))
        return fail(error);
    QList<ListenerConfig> bound;
    for (const SmtpServer::ListenerStatus &l : server.listeners())
        bound << l.config;
    if (relaysToItself(settings.relay, bound))
        return fail(QStringLiteral("the relay %1 is this server's own listener: relayed messages would be captured and relayed again").arg(settings.relay.url()));

    if (!settings.emlDir.isEmpty()) {
        const QString dir = settings.emlDir;
        QObject::connect(&store, &MessageStore::messageAdded, &store, [&store, &log, dir](qint64 id) {
            const QString target = QDir(dir).filePath(QString::number(id) + QStringLiteral(".eml"));
            QFile::remove(target);
            if (!QFile::copy(store.rawFilePath(id), target))
                log.error(QStringLiteral("cannot write %1").arg(target));
        });
    }

    QJsonArray listening;
    QStringList listenerUrls;
    for (const SmtpServer::ListenerStatus &l : server.listeners()) {
        listening.append(l.config.url());
        listenerUrls.append(l.config.url());
        log.info(QStringLiteral("listening"), QStringLiteral("listening on %1").arg(l.config.url()),
                 { { QStringLiteral("url"), l.config.url() }, { QStringLiteral("port"), l.config.port } });
    }
    // Built only when wanted: it follows every stored message.
    std::unique_ptr<ApiServer> api;
    if (options.apiEnabled) {
        api = std::make_unique<ApiServer>(&store, &server);
        api->setSettings(options.api);
        api->setRelay(&relay); // settings changed through the API apply to it too
        if (!api->listen(&error))
            return fail(error);
        log.info(QStringLiteral("api"), QStringLiteral("API on %1").arg(api->url()),
                 { { QStringLiteral("url"), api->url() }, { QStringLiteral("port"), api->port() } });
        if (!options.api.isLoopback() && !options.api.requiresAuth())
            log.info(QStringLiteral("warning"), QStringLiteral("the API on %1 is open to the network without --api-auth or --api-token").arg(api->url()),
                     { { QStringLiteral("message"), QStringLiteral("the API is reachable from the network without authentication") } });
    }
    if (server.tls().isLoaded()) {
        const TlsIdentity &identity = server.tls().defaultIdentity();
        const QString subject = identity.certificate.subjectDisplayName();
        log.info(QStringLiteral("tls"),
                 QStringLiteral("TLS certificate %1%2, SHA-256 %3")
                     .arg(subject, server.tls().isSelfSigned() ? QStringLiteral(" (self-signed)") : QString(), identity.fingerprint()),
                 { { QStringLiteral("subject"), subject }, { QStringLiteral("selfSigned"), server.tls().isSelfSigned() },
                     { QStringLiteral("fingerprint"), identity.fingerprint() } });
        const QHash<QString, QString> sni = server.tls().sniFingerprints();
        for (auto it = sni.cbegin(); it != sni.cend(); ++it)
            log.info(QStringLiteral("tls"), QStringLiteral("TLS certificate for SNI %1, SHA-256 %2").arg(it.key(), it.value()),
                     { { QStringLiteral("sni"), it.key() }, { QStringLiteral("fingerprint"), it.value() } });
    }
    if (settings.relay.isConfigured()) {
        const RelaySettings &r = settings.relay;
        const QString rules = r.relayAll ? QStringLiteral("every message")
            : r.matching.isEmpty()       ? QStringLiteral("on request only")
                                         : QStringLiteral("messages matching ") + r.matching.join(QStringLiteral(" or "));
        log.info(QStringLiteral("relay"), QStringLiteral("relay to %1: %2").arg(r.url(), rules),
                 { { QStringLiteral("url"), r.url() }, { QStringLiteral("all"), r.relayAll },
                     { QStringLiteral("matching"), QJsonArray::fromStringList(r.matching) } });
    }
    log.info(QStringLiteral("ready"),
             QStringLiteral("ready: host name %1, store %2").arg(settings.effectiveHostName(), store.isPersistent() ? store.folder() : QStringLiteral(":memory:")),
             { { QStringLiteral("listeners"), listening }, { QStringLiteral("hostName"), settings.effectiveHostName() } });

    CaptureRun capture(options, &server, &store, &log, api ? api->url() : QString());
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &server, [&](int number) {
        if (server.isStopping())
            return;
        log.info(QStringLiteral("stopping"), QStringLiteral("stopping (signal %1): messages in flight may finish").arg(number),
                 { { QStringLiteral("signal"), number } });
        capture.setStopReason(QStringLiteral("signal %1").arg(number));
        server.stop();
    });
    QObject::connect(&server, &SmtpServer::stopped, &app, [&] {
        store.flush();
        int status = capture.exitStatus();
        if (!options.reportDir.isEmpty())
            status = writeReport(store, options, capture, listenerUrls, status, log);
        log.info(QStringLiteral("stopped"), QStringLiteral("stopped"), { { QStringLiteral("exitStatus"), status } });
        app.exit(status);
    });
    capture.start();
    return app.exec();
}
