#pragma once

#include <QString>
#include <QStringList>

namespace Mailscope {

class SmtpServer;

struct ServerStartup {
    bool ok = false;
    QString error;
    QStringList movedListeners; // "smtp://127.0.0.1:1026 (1025 was taken)", for the status bar
};

// Starts the server; a listener whose port is taken moves to the next free port (up to 100 further),
// so the window listens on first run even beside another test server.
[[nodiscard]] ServerStartup startOnFreePorts(SmtpServer& server);

} // namespace Mailscope
