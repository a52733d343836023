#pragma once

#include <QString>
#include <QStringList>

namespace Mailscope {

class SmtpServer;

// Runs tests/ui/smtp_client.py (a real smtplib client) against 127.0.0.1:port while the
// event loop keeps serving; its standard output as lines, or an empty list and a failure.
[[nodiscard]] QStringList runSmtpClient(const QString& mode, quint16 port, QString* error);

// The port the server's first listener really got (the tests ask for port 0).
[[nodiscard]] quint16 firstPort(const SmtpServer& server);

} // namespace Mailscope
