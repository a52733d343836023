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
// Whether relay rules would send messages back to one of these listeners, to be captured and
// relayed again without end.
[[nodiscard]] bool relaysToItself(const RelaySettings& relay, const QList<ListenerConfig>& listeners);

} // namespace Mailscope
