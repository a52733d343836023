// libFuzzer: one AUTH exchange. The first byte picks the mechanism; the rest is split at '\n' into the
// initial response (an empty first piece means none was given) and the following responses, already
// base64-decoded as the session hands them over.
#include "auth/sasl.h"

#include <QList>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    using namespace Mailscope;
    const SaslMechanism mechanism = AllSaslMechanisms[data[0] % AllSaslMechanisms.size()];
    const QList<QByteArray> pieces
        = QByteArray(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1)).split('\n');
    SaslServer server(mechanism, "fuzz.test");
    std::optional<QByteArray> initial;
    if (!pieces.first().isEmpty())
        initial = pieces.first();
    SaslServer::Step step = server.start(initial);
    for (qsizetype i = 1; i < pieces.size() && step.kind == SaslServer::Step::Kind::Challenge; ++i) {
        (void)server.expectsSecret();
        step = server.respond(pieces[i]);
    }
    (void)server.credentials().describe(false);
    (void)server.credentials().describe(true);
    (void)server.credentials().matches(QStringLiteral("secret"));
    return 0;
}
