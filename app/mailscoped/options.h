#pragma once

#include "settings.h"
#include "http/apisettings.h"

#include <QStringList>

namespace Mailscope {

// What `mailscoped` was asked to do: the server settings (defaults, then the
// config file, then the command line) and how to report.
struct DaemonOptions {
    ServerSettings settings;
    bool json = false;
    bool transcript = false; // print every transcript line
    bool apiEnabled = true; // the HTTP API (--api, --no-api)
    ApiSettings api;

    // One-shot capture (CI): `mailscoped run [OPTIONS] -- COMMAND ARGS...`, --exit-after, --timeout.
    bool runMode = false; // set by the caller when the first argument was "run"
    QStringList command; // run mode: the program and its arguments
    int exitAfter = 0; // stop once this many messages are stored (0: never)
    int timeoutSeconds = 0; // stop after this long (0: never)
    int expectCount = -1; // run mode: fail unless exactly this many messages were captured
    QStringList expectQueries; // run mode: fail unless each search finds a message
    QString reportDir; // write a static HTML report of the messages and sessions here when stopping
};

// Parses the command line; on a bad option returns false with a one-line error.
// `--help` and `--version` print and exit(0) from inside, as QCommandLineParser does.
[[nodiscard]] bool parseDaemonOptions(const QStringList &arguments, DaemonOptions *options, QString *error);

} // namespace Mailscope
