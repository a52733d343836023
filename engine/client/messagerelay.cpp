#include "client/messagerelay.h"

#include "smtp/smtpserver.h"
#include "store/messagestore.h"

#include <QJsonArray>

namespace Mailscope {

namespace {

QJsonValue replyJson(const ClientReply &reply)
{
    if (!reply.code)
        return QJsonValue::Null;
    return QJsonObject { { QStringLiteral("code"), reply.code },
        { QStringLiteral("enhancedCode"), QString::fromLatin1(reply.enhancedCode) },
        { QStringLiteral("text"), QString::fromUtf8(reply.text()) } };
}

} // namespace

QJsonObject relayOutcomeJson(const RelayOutcome &outcome)
{
    const DeliveryResult &result = outcome.result;
    QJsonArray recipients;
    for (const DeliveryResult::RecipientResult &r : result.recipients)
        recipients.append(QJsonObject { { QStringLiteral("address"), r.address },
            { QStringLiteral("accepted"), r.accepted }, { QStringLiteral("reply"), replyJson(r.reply) } });
    return {
        { QStringLiteral("id"), QString::number(outcome.messageId) },
        { QStringLiteral("trigger"),
            outcome.trigger == RelayOutcome::Trigger::Rule ? QStringLiteral("rule") : QStringLiteral("release") },
        { QStringLiteral("rule"), outcome.rule },
        { QStringLiteral("relay"), outcome.relay },
        { QStringLiteral("ok"), result.allAccepted() },
        { QStringLiteral("failedStep"),
            result.ok() ? QJsonValue::Null : QJsonValue(deliveryStepName(result.failedStep)) },
        { QStringLiteral("error"), result.error },
        { QStringLiteral("recipients"), recipients },
        { QStringLiteral("reply"), replyJson(result.ok() ? result.dataReply : result.failedReply) },
    };
}

ClientOptions relayClientOptions(const RelaySettings& relay, const QString& heloName)
{
    ClientOptions options;
    options.host = relay.host;
    options.port = relay.port;
    switch (relay.security) {
    case RelaySecurity::None:
        options.security = ClientOptions::Security::None;
        break;
    case RelaySecurity::StartTls:
        options.security = ClientOptions::Security::StartTls;
        break;
    case RelaySecurity::Tls:
        options.security = ClientOptions::Security::ImplicitTls;
        break;
    }
    options.acceptBadCertificates = relay.acceptBadCertificates;
    options.heloName = heloName;
    options.user = relay.user;
    options.password = relay.password;
    options.mechanism = relay.mechanism;
    return options;
}

QByteArray withoutHeaderField(const QByteArray& raw, const QByteArray& name)
{
    QByteArray out;
    out.reserve(raw.size());
    qsizetype start = 0;
    bool dropping = false;
    while (start < raw.size()) {
        qsizetype end = raw.indexOf('\n', start);
        end = end < 0 ? raw.size() : end + 1;
        const QByteArrayView line = QByteArrayView(raw).sliced(start, end - start);
        if (line == "\r\n" || line == "\n") { // the end of the header block: the rest as it is
            out += QByteArrayView(raw).sliced(start);
            return out;
        }
        const bool continuation = line.front() == ' ' || line.front() == '\t';
        if (!continuation) {
            const qsizetype colon = line.indexOf(':');
            dropping = colon > 0 && line.first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0;
        }
        if (!dropping)
            out += line;
        start = end;
    }
    return out;
}

MessageRelay::MessageRelay(MessageStore* store, SmtpServer* server, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_server(server)
{
    connect(store, &MessageStore::messageAdded, this, &MessageRelay::relayByRule);
}

MessageRelay::~MessageRelay() = default;

RelaySettings MessageRelay::settings() const
{
    return m_server ? m_server->settings().relay : RelaySettings();
}

QString MessageRelay::matchingRule(qint64 id) const
{
    const RelaySettings relay = settings();
    if (!relay.relaysAutomatically() || !m_store)
        return {};
    if (relay.relayAll)
        return QStringLiteral("all");
    for (const QString& query : relay.matching)
        if (m_store->matches(id, query))
            return query;
    return {};
}

bool MessageRelay::release(
    qint64 id, const QStringList& recipients, QObject* context, Callback done, QString* error)
{
    if (!settings().isConfigured()) {
        *error
            = QStringLiteral("no relay is configured (mailscoped --relay URL, or \"relay\" in the settings)");
        return false;
    }
    if (recipients.isEmpty()) {
        *error = QStringLiteral("no recipients to release the message to");
        return false;
    }
    if (!m_store || !m_store->message(id)) {
        *error = QStringLiteral("message not found: %1").arg(id);
        return false;
    }
    RelayOutcome outcome;
    outcome.trigger = RelayOutcome::Trigger::Release;
    send(id, recipients, outcome, context, std::move(done));
    return true;
}

void MessageRelay::relayByRule(qint64 id)
{
    const QString rule = matchingRule(id);
    if (rule.isEmpty())
        return;
    const std::optional<StoredMessage> message = m_store->message(id);
    if (!message || message->envelope.recipients.isEmpty())
        return;
    RelayOutcome outcome;
    outcome.trigger = RelayOutcome::Trigger::Rule;
    outcome.rule = rule;
    send(id, message->envelope.recipientAddresses(), outcome, nullptr, {});
}

void MessageRelay::send(
    qint64 id, const QStringList& recipients, RelayOutcome outcome, QObject* context, Callback done)
{
    const RelaySettings relay = settings();
    const std::optional<StoredMessage> stored = m_store->message(id);
    outcome.messageId = id;
    outcome.relay = relay.url();
    OutgoingMessage message;
    message.from = stored ? stored->envelope.mailFrom : QString();
    message.recipients = recipients;
    message.content = withoutHeaderField(m_store->raw(id), "Bcc");
    const QString heloName
        = m_server ? m_server->settings().effectiveHostName() : QStringLiteral("localhost");
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    m_pool.deliver(relayClientOptions(relay, heloName), message, this,
        [this, outcome, hasContext, guard, done](const DeliveryResult& result) mutable {
            outcome.result = result;
            Q_EMIT relayed(outcome);
            if (done && (!hasContext || guard))
                done(outcome);
        });
}

} // namespace Mailscope
