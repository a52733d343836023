#include "relayoptions.h"

#include "settings.h"

#include <QCommandLineParser>

namespace Mailscope {

void addRelayOptions(QCommandLineParser* parser)
{
    parser->addOptions({
        { QStringLiteral("relay"),
            QStringLiteral(
                "Upstream server messages are released or relayed to: smtp://[USER:PASSWORD@]HOST[:PORT] "
                "(25; 587 with ?starttls), smtps://... (465); options ?starttls, &insecure (accept a "
                "certificate that does not verify), &auth=MECHANISM."),
            QStringLiteral("URL") },
        { QStringLiteral("relay-all"),
            QStringLiteral("Relay every captured message to its recipients through --relay.") },
        { QStringLiteral("relay-matching"),
            QStringLiteral("Relay captured messages this search finds, e.g. 'to:@example.com' (repeatable; "
                           "'all' for every message)."),
            QStringLiteral("QUERY") },
    });
}

bool readRelayOptions(const QCommandLineParser& parser, RelaySettings* relay, QString* error)
{
    if (parser.isSet(QStringLiteral("relay"))
        && !parseRelayUrl(parser.value(QStringLiteral("relay")), relay, error)) {
        *error = QStringLiteral("--relay: ") + *error;
        return false;
    }
    const QStringList matching = parser.values(QStringLiteral("relay-matching"));
    if (parser.isSet(QStringLiteral("relay-all")) || matching.contains(QStringLiteral("all"))) {
        relay->relayAll = true;
        relay->matching.clear();
    } else if (!matching.isEmpty()) {
        relay->relayAll = false;
        relay->matching.clear();
        for (const QString& query : matching) {
            if (query.trimmed().isEmpty()) {
                *error = QStringLiteral("--relay-matching needs a search, like 'to:@example.com'");
                return false;
            }
            relay->matching << query.trimmed();
        }
    }
    if (!relay->isConfigured() && (relay->relayAll || !relay->matching.isEmpty())) {
        *error = QStringLiteral(
            "--relay-all and --relay-matching need --relay URL (or \"relay\" in the --config file)");
        return false;
    }
    return true;
}

} // namespace Mailscope
