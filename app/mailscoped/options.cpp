#include "options.h"

#include "relayoptions.h"

#include <QCommandLineParser>

namespace Mailscope {

namespace {

struct ExtensionSwitch {
    Extension extension;
    const char *name; // as in --no-NAME and --hide-NAME
    const char *shown;
};

const ExtensionSwitch extensionSwitches[] = {
    { Extension::Pipelining, "pipelining", "PIPELINING" },
    { Extension::EightBitMime, "8bitmime", "8BITMIME" },
    { Extension::SmtpUtf8, "smtputf8", "SMTPUTF8" },
    { Extension::Size, "size", "SIZE" },
    { Extension::Chunking, "chunking", "CHUNKING (BDAT)" },
    { Extension::EnhancedStatusCodes, "enhanced-status-codes", "ENHANCEDSTATUSCODES" },
    { Extension::Dsn, "dsn", "DSN" },
};

bool readNumber(const QCommandLineParser &parser, const QString &name, qint64 minimum, qint64 *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < minimum) {
        *error = QStringLiteral("--%1 needs a whole number of at least %2, not \"%3\"").arg(name).arg(minimum).arg(parser.value(name));
        return false;
    }
    *out = value;
    return true;
}

bool readInt(const QCommandLineParser &parser, const QString &name, int minimum, int *out, QString *error)
{
    qint64 value = *out;
    if (!readNumber(parser, name, minimum, &value, error))
        return false;
    if (value > std::numeric_limits<int>::max()) {
        *error = QStringLiteral("--%1 is too large").arg(name);
        return false;
    }
    *out = int(value);
    return true;
}

void addSecurityOptions(QCommandLineParser *parser)
{
    parser->addOptions({
        { QStringLiteral("starttls"), QStringLiteral("STARTTLS: off (default), offer, hide (works, not advertised) or require (before MAIL and AUTH)."), QStringLiteral("MODE") },
        { QStringLiteral("cert"), QStringLiteral("PEM certificate (then its chain) for TLS; default: a self-signed one, made once and kept."), QStringLiteral("FILE") },
        { QStringLiteral("key"), QStringLiteral("PEM private key for --cert (default: in the --cert file)."), QStringLiteral("FILE") },
        { QStringLiteral("sni-cert"), QStringLiteral("Certificate for clients asking for HOST by SNI (repeatable)."), QStringLiteral("HOST=CERT,KEY") },
        { QStringLiteral("request-client-cert"), QStringLiteral("Ask TLS clients for a certificate and record its subject.") },
        { QStringLiteral("tls-min-version"), QStringLiteral("Lowest TLS version accepted: 1.0, 1.1, 1.2 (default) or 1.3."), QStringLiteral("VERSION") },
        { QStringLiteral("tls-handshake-timeout"), QStringLiteral("Seconds a TLS handshake or PROXY header may take (default 10)."), QStringLiteral("SECONDS") },
        { QStringLiteral("auth"), QStringLiteral("AUTH: off, optional (default) or required (before MAIL)."), QStringLiteral("MODE") },
        { QStringLiteral("auth-methods"), QStringLiteral("AUTH mechanisms offered, in order (default PLAIN,LOGIN,CRAM-MD5,XOAUTH2)."), QStringLiteral("LIST") },
        { QStringLiteral("auth-user"), QStringLiteral("Accept only these credentials (repeatable; none: any user and password). For XOAUTH2 the password is the token."), QStringLiteral("USER:PASSWORD") },
        { QStringLiteral("allow-insecure-auth"), QStringLiteral("Allow AUTH without TLS (the default).") },
        { QStringLiteral("no-insecure-auth"), QStringLiteral("Refuse AUTH without TLS with 538, as RFC 4954 advises.") },
        { QStringLiteral("max-auth-failures"), QStringLiteral("Failed AUTH attempts in a session before 421 and close (default 3)."), QStringLiteral("N") },
        { QStringLiteral("reveal-passwords"), QStringLiteral("Show passwords and tokens in transcripts instead of masking them.") },
        { QStringLiteral("proxy-protocol"), QStringLiteral("Every listener expects a HAProxy PROXY v1/v2 header first.") },
        { QStringLiteral("xclient"), QStringLiteral("Accept Postfix XCLIENT from a proxy in front.") },
        { QStringLiteral("xforward"), QStringLiteral("Accept Postfix XFORWARD from a content filter in front.") },
        { QStringLiteral("rule-preset"), QStringLiteral("Add ready-made hook rules (repeatable): reject-recipients:GLOB, greylist, tempfail-every:N, slow:MS, lmtp-every-other. Full rules go in the --config file."), QStringLiteral("PRESET") },
    });
}

bool readSecurityOptions(const QCommandLineParser &parser, ServerSettings *s, QString *error)
{
    TlsSettings &tls = s->tls;
    AuthSettings &auth = s->auth;
    if (parser.isSet(QStringLiteral("starttls"))) {
        const auto mode = startTlsModeFromName(parser.value(QStringLiteral("starttls")));
        if (!mode) {
            *error = QStringLiteral("--starttls must be off, offer, hide or require");
            return false;
        }
        tls.startTls = *mode;
    }
    if (parser.isSet(QStringLiteral("cert")))
        tls.certificateFile = parser.value(QStringLiteral("cert"));
    if (parser.isSet(QStringLiteral("key")))
        tls.keyFile = parser.value(QStringLiteral("key"));
    if (!tls.keyFile.isEmpty() && tls.certificateFile.isEmpty()) {
        *error = QStringLiteral("--key needs --cert");
        return false;
    }
    for (const QString &value : parser.values(QStringLiteral("sni-cert"))) {
        const qsizetype equals = value.indexOf(u'=');
        const QStringList files = value.mid(equals + 1).split(u',');
        if (equals <= 0 || files.size() > 2 || files[0].isEmpty()) {
            *error = QStringLiteral("--sni-cert needs HOST=CERT,KEY, not \"%1\"").arg(value);
            return false;
        }
        tls.sniCertificates.append({ value.left(equals), files[0], files.value(1) });
    }
    if (parser.isSet(QStringLiteral("request-client-cert")))
        tls.requestClientCertificate = true;
    if (parser.isSet(QStringLiteral("tls-min-version"))) {
        const QString version = parser.value(QStringLiteral("tls-min-version"));
        if (!QStringList { QStringLiteral("1.0"), QStringLiteral("1.1"), QStringLiteral("1.2"), QStringLiteral("1.3") }.contains(version)) {
            *error = QStringLiteral("--tls-min-version must be 1.0, 1.1, 1.2 or 1.3");
            return false;
        }
        tls.minimumVersion = version;
    }
    if (!readInt(parser, QStringLiteral("tls-handshake-timeout"), 1, &tls.handshakeTimeoutSeconds, error)
        || !readInt(parser, QStringLiteral("max-auth-failures"), 1, &auth.maxFailures, error))
        return false;
    if (parser.isSet(QStringLiteral("auth"))) {
        const auto mode = authModeFromName(parser.value(QStringLiteral("auth")));
        if (!mode) {
            *error = QStringLiteral("--auth must be off, optional or required");
            return false;
        }
        auth.mode = *mode;
    }
    if (parser.isSet(QStringLiteral("auth-methods"))) {
        if (!parseMechanismList(parser.value(QStringLiteral("auth-methods")), &auth.mechanisms, error)) {
            *error = QStringLiteral("--auth-methods: ") + *error;
            return false;
        }
    }
    for (const QString &value : parser.values(QStringLiteral("auth-user"))) {
        const qsizetype colon = value.indexOf(u':');
        if (colon <= 0) {
            *error = QStringLiteral("--auth-user needs USER:PASSWORD, not \"%1\"").arg(value);
            return false;
        }
        auth.users.append({ value.left(colon), value.mid(colon + 1) });
    }
    if (parser.isSet(QStringLiteral("allow-insecure-auth")) && parser.isSet(QStringLiteral("no-insecure-auth"))) {
        *error = QStringLiteral("--allow-insecure-auth and --no-insecure-auth cannot be used together");
        return false;
    }
    if (parser.isSet(QStringLiteral("allow-insecure-auth")))
        auth.allowInsecure = true;
    if (parser.isSet(QStringLiteral("no-insecure-auth")))
        auth.allowInsecure = false;
    if (parser.isSet(QStringLiteral("reveal-passwords")))
        auth.revealPasswords = true;
    if (parser.isSet(QStringLiteral("proxy-protocol")))
        for (ListenerConfig &listener : s->listeners)
            listener.proxyProtocol = true;
    if (parser.isSet(QStringLiteral("xclient")))
        s->xclient = true;
    if (parser.isSet(QStringLiteral("xforward")))
        s->xforward = true;
    for (const QString &preset : parser.values(QStringLiteral("rule-preset")))
        if (!RulePresets::byName(preset, &s->rules, error))
            return false;
    return true;
}

void addApiOptions(QCommandLineParser *parser)
{
    parser->addOptions({
        { QStringLiteral("api"), QStringLiteral("Serve the HTTP API (Mailpit's routes) on HOST:PORT (default 127.0.0.1:8025; port 0 picks a free one)."), QStringLiteral("HOST:PORT") },
        { QStringLiteral("no-api"), QStringLiteral("Do not serve the HTTP API.") },
        { QStringLiteral("api-auth"), QStringLiteral("Require HTTP basic auth with these credentials for the API."), QStringLiteral("USER:PASSWORD") },
        { QStringLiteral("api-token"), QStringLiteral("Accept (or, without --api-auth, require) \"Authorization: Bearer TOKEN\" for the API."), QStringLiteral("TOKEN") },
        { QStringLiteral("api-cors"), QStringLiteral("Allow browser pages from ORIGIN (or *) to call the API (no CORS by default)."), QStringLiteral("ORIGIN") },
        { QStringLiteral("enable-chaos"), QStringLiteral("Let the API read and set Mailpit's chaos triggers (GET/PUT /api/v1/chaos), which become rules.") },
    });
}

bool readApiOptions(const QCommandLineParser &parser, DaemonOptions *options, QString *error)
{
    ApiSettings &api = options->api;
    if (parser.isSet(QStringLiteral("api")) && parser.isSet(QStringLiteral("no-api"))) {
        *error = QStringLiteral("--api and --no-api cannot be used together");
        return false;
    }
    options->apiEnabled = !parser.isSet(QStringLiteral("no-api"));
    if (parser.isSet(QStringLiteral("api")) && !parseApiAddress(parser.value(QStringLiteral("api")), &api, error)) {
        *error = QStringLiteral("--api: ") + *error;
        return false;
    }
    if (parser.isSet(QStringLiteral("api-auth"))) {
        const QString value = parser.value(QStringLiteral("api-auth"));
        const qsizetype colon = value.indexOf(u':');
        if (colon <= 0) {
            *error = QStringLiteral("--api-auth needs USER:PASSWORD");
            return false;
        }
        api.user = value.left(colon);
        api.password = value.mid(colon + 1);
    }
    api.token = parser.value(QStringLiteral("api-token"));
    api.corsOrigin = parser.value(QStringLiteral("api-cors"));
    api.chaosEnabled = parser.isSet(QStringLiteral("enable-chaos"));
    return true;
}

} // namespace

bool parseDaemonOptions(const QStringList &arguments, DaemonOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Mailscope's headless SMTP/LMTP test server: captures every message it is sent.\n"
        "Settings come from the defaults, then --config, then the options given here."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        { QStringLiteral("listen"), QStringLiteral("Listen on URL: smtp://HOST:PORT or lmtp://HOST:PORT (repeatable; default smtp://127.0.0.1:1025). Port 0 picks a free one."), QStringLiteral("URL") },
        { QStringLiteral("store"), QStringLiteral("Keep messages in folder DIR, or in a throwaway store with :memory: (the default)."), QStringLiteral("DIR") },
        { QStringLiteral("config"), QStringLiteral("Read settings from the JSON file FILE (the window's settings file)."), QStringLiteral("FILE") },
        { QStringLiteral("eml-dir"), QStringLiteral("Also write every stored message to DIR as ID.eml."), QStringLiteral("DIR") },
        { QStringLiteral("json"), QStringLiteral("Print one JSON object per line for each event instead of log lines.") },
        { QStringLiteral("transcript"), QStringLiteral("Also print every line of every session, client (C), server (S) and notes (N).") },
        { QStringLiteral("hostname"), QStringLiteral("Host name in the greeting and replies (default: this machine's)."), QStringLiteral("NAME") },
        { QStringLiteral("banner"), QStringLiteral("Greeting text after the host name."), QStringLiteral("TEXT") },
        { QStringLiteral("size"), QStringLiteral("Largest message accepted, in bytes (SIZE); 0 for no limit."), QStringLiteral("BYTES") },
        { QStringLiteral("max-clients"), QStringLiteral("Connections at once; more get 421 (0: unlimited)."), QStringLiteral("N") },
        { QStringLiteral("max-recipients"), QStringLiteral("Recipients per message; more get 452 (default 1000)."), QStringLiteral("N") },
        { QStringLiteral("max-bad-commands"), QStringLiteral("Bad commands in a row before 421 and close (default 10)."), QStringLiteral("N") },
        { QStringLiteral("idle-timeout"), QStringLiteral("Seconds a client may stay silent (default 60)."), QStringLiteral("SECONDS") },
        { QStringLiteral("stop-grace"), QStringLiteral("Seconds a message in flight may take to finish when stopping (default 30)."), QStringLiteral("SECONDS") },
        { QStringLiteral("retention"), QStringLiteral("Keep only the newest N messages (0: all)."), QStringLiteral("N") },
        { QStringLiteral("strict-line-endings"), QStringLiteral("Reject messages with bare CR or bare LF (kept as received otherwise).") },
        { QStringLiteral("no-reverse-dns"), QStringLiteral("Do not look up client host names.") },
        { QStringLiteral("disable-command"), QStringLiteral("Answer VERB with 502 (repeatable, e.g. VRFY)."), QStringLiteral("VERB") },
        { QStringLiteral("enable-command"), QStringLiteral("Answer VERB again (e.g. EXPN, disabled by default)."), QStringLiteral("VERB") },
    });
    addSecurityOptions(&parser);
    addApiOptions(&parser);
    addRelayOptions(&parser);
    parser.addOptions({
        { QStringLiteral("exit-after"), QStringLiteral("Stop once N messages are stored (exit 0)."), QStringLiteral("N") },
        { QStringLiteral("timeout"), QStringLiteral("Stop after SECONDS; with --exit-after, exit 1 if fewer messages came."), QStringLiteral("SECONDS") },
        { QStringLiteral("expect-count"), QStringLiteral("run: fail unless exactly N messages were captured."), QStringLiteral("N") },
        { QStringLiteral("expect"), QStringLiteral("run: fail unless a search (e.g. 'to:ci@example.com subject:Welcome') finds a message (repeatable)."), QStringLiteral("QUERY") },
        { QStringLiteral("report"), QStringLiteral("When stopping, write a static HTML report of every message and session (with the .eml files) to DIR."), QStringLiteral("DIR") },
    });
    if (options->runMode)
        parser.setApplicationDescription(parser.applicationDescription()
            + QStringLiteral("\n\nmailscoped run [OPTIONS] -- COMMAND ARGS...: starts the server, runs COMMAND with "
                             "MAILSCOPE_SMTP_HOST, MAILSCOPE_SMTP_PORT and MAILSCOPE_API_URL set, stops, and exits with "
                             "COMMAND's status (1 when an --expect fails)."));
    for (const ExtensionSwitch &s : extensionSwitches) {
        const QString name = QLatin1String(s.name);
        const QString shown = QLatin1String(s.shown);
        parser.addOption({ QStringLiteral("no-") + name, QStringLiteral("Turn %1 off.").arg(shown) });
        parser.addOption({ QStringLiteral("hide-") + name, QStringLiteral("Keep %1 working but do not advertise it.").arg(shown) });
    }

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (options->runMode) {
        options->command = parser.positionalArguments();
        if (options->command.isEmpty()) {
            *error = QStringLiteral("run needs a command: mailscoped run [OPTIONS] -- COMMAND ARGS...");
            return false;
        }
    } else if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument \"%1\" (see --help)").arg(parser.positionalArguments().constFirst());
        return false;
    }

    ServerSettings &s = options->settings;
    if (parser.isSet(QStringLiteral("config")) && !ServerSettings::load(parser.value(QStringLiteral("config")), &s, error))
        return false;
    if (parser.isSet(QStringLiteral("listen"))) {
        s.listeners.clear();
        for (const QString &url : parser.values(QStringLiteral("listen"))) {
            ListenerConfig listener;
            if (!parseListenerUrl(url, &listener, error))
                return false;
            s.listeners.append(listener);
        }
    }
    if (parser.isSet(QStringLiteral("store")))
        s.store = parser.value(QStringLiteral("store"));
    if (parser.isSet(QStringLiteral("eml-dir")))
        s.emlDir = parser.value(QStringLiteral("eml-dir"));
    if (parser.isSet(QStringLiteral("hostname")))
        s.hostName = parser.value(QStringLiteral("hostname"));
    if (parser.isSet(QStringLiteral("banner")))
        s.banner = parser.value(QStringLiteral("banner"));
    if (!readNumber(parser, QStringLiteral("size"), 0, &s.maxMessageSize, error)
        || !readInt(parser, QStringLiteral("max-clients"), 0, &s.maxClients, error)
        || !readInt(parser, QStringLiteral("max-recipients"), 1, &s.maxRecipients, error)
        || !readInt(parser, QStringLiteral("max-bad-commands"), 1, &s.maxBadCommands, error)
        || !readInt(parser, QStringLiteral("idle-timeout"), 1, &s.idleTimeoutSeconds, error)
        || !readInt(parser, QStringLiteral("stop-grace"), 0, &s.stopGraceSeconds, error)
        || !readInt(parser, QStringLiteral("retention"), 0, &s.retentionLimit, error))
        return false;
    if (parser.isSet(QStringLiteral("strict-line-endings")))
        s.strictLineEndings = true;
    if (parser.isSet(QStringLiteral("no-reverse-dns")))
        s.reverseDns = false;
    for (const QString &verb : parser.values(QStringLiteral("enable-command")))
        s.disabledCommands.removeAll(verb.toUpper());
    for (const QString &verb : parser.values(QStringLiteral("disable-command")))
        if (!s.isCommandDisabled(verb.toUpper().toLatin1()))
            s.disabledCommands.append(verb.toUpper());
    for (const ExtensionSwitch &sw : extensionSwitches) {
        const QString name = QLatin1String(sw.name);
        const bool off = parser.isSet(QStringLiteral("no-") + name);
        const bool hide = parser.isSet(QStringLiteral("hide-") + name);
        if (off && hide) {
            *error = QStringLiteral("--no-%1 and --hide-%1 cannot be used together").arg(name);
            return false;
        }
        if (off)
            s.setMode(sw.extension, ExtensionMode::Off);
        else if (hide)
            s.setMode(sw.extension, ExtensionMode::Hidden);
    }
    if (!readInt(parser, QStringLiteral("exit-after"), 1, &options->exitAfter, error)
        || !readInt(parser, QStringLiteral("timeout"), 1, &options->timeoutSeconds, error)
        || !readInt(parser, QStringLiteral("expect-count"), 0, &options->expectCount, error))
        return false;
    options->expectQueries = parser.values(QStringLiteral("expect"));
    options->reportDir = parser.value(QStringLiteral("report"));
    if (parser.isSet(QStringLiteral("report")) && options->reportDir.isEmpty()) {
        *error = QStringLiteral("--report needs a folder");
        return false;
    }
    if (!options->runMode && (parser.isSet(QStringLiteral("expect-count")) || !options->expectQueries.isEmpty())) {
        *error = QStringLiteral("--expect and --expect-count belong to mailscoped run");
        return false;
    }
    if (!readSecurityOptions(parser, &s, error) || !readApiOptions(parser, options, error)
        || !readRelayOptions(parser, &s.relay, error))
        return false;
    options->json = parser.isSet(QStringLiteral("json"));
    options->transcript = parser.isSet(QStringLiteral("transcript"));
    return true;
}

} // namespace Mailscope
