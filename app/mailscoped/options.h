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
};

// Parses the command line; on a bad option returns false with a one-line error.
// `--help` and `--version` print and exit(0) from inside, as QCommandLineParser does.
[[nodiscard]] bool parseDaemonOptions(const QStringList &arguments, DaemonOptions *options, QString *error);

} // namespace Mailscope
