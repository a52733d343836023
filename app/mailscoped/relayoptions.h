#pragma once

#include <QList>

class QCommandLineParser;
class QString;

namespace Mailscope {

struct RelaySettings;
struct ListenerConfig;

// --relay URL, --relay-all, --relay-matching QUERY: the upstream server and the relay rules.
void addRelayOptions(QCommandLineParser* parser);
// Over what the settings file said; false with a one-line error.
[[nodiscard]] bool readRelayOptions(const QCommandLineParser& parser, RelaySettings* relay, QString* error);

} // namespace Mailscope
