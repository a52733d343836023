#pragma once

#include "client/smtpclientpool.h"
#include "settings.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>

namespace Mailscope {

class MessageStore;
class SmtpServer;

// What became of one captured message sent on to the relay.
struct RelayOutcome {
    enum class Trigger { Release, Rule };
    qint64 messageId = 0;
    Trigger trigger = Trigger::Release;
    QString rule; // Rule: the search that matched, or "all"
    QString relay; // where to: RelaySettings::url()
    DeliveryResult result; // per recipient, with the server's replies
};

// Sends captured messages on to the upstream server of the relay settings, through a pool of
// connections: on request (release, e.g. from the API) and, with relay rules, every message
// the store receives that a rule matches. The settings are read from the server at each use,
// so a change made while running applies to the next message. A failed delivery is reported
// and the captured message stays where it is.
class MessageRelay : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageRelay)
public:
    using Callback = std::function<void(const RelayOutcome& outcome)>;

    MessageRelay(MessageStore* store, SmtpServer* server, QObject* parent = nullptr);
    ~MessageRelay() override;

    [[nodiscard]] RelaySettings settings() const;
    [[nodiscard]] SmtpClientPool& pool() { return m_pool; }

    // Sends stored message `id` (its envelope sender, the raw bytes without Bcc) to `recipients`;
    // `done` gets the outcome unless `context` is gone by then. False with a reason at once when
    // no relay is configured, the message is not stored or no recipient is given.
    [[nodiscard]] bool release(
        qint64 id, const QStringList& recipients, QObject* context, Callback done, QString* error);

    // The relay rule that `id` matches ("all", or the first search that finds it); empty for none.
    [[nodiscard]] QString matchingRule(qint64 id) const;

Q_SIGNALS:
    void relayed(const Mailscope::RelayOutcome& outcome); // every delivery, released or by a rule

private:
    void relayByRule(qint64 id);
    void send(
        qint64 id, const QStringList& recipients, RelayOutcome outcome, QObject* context, Callback done);

    QPointer<MessageStore> m_store;
    QPointer<SmtpServer> m_server;
    SmtpClientPool m_pool;
};

// {"id", "trigger", "rule", "relay", "ok", "failedStep", "error", "recipients": [{"address", "accepted",
// "code", "enhancedCode", "reply"}], "reply": the final reply}: for the API and event logs.
[[nodiscard]] QJsonObject relayOutcomeJson(const RelayOutcome &outcome);

// The connection settings for the relay, with `heloName` as our EHLO name.
[[nodiscard]] ClientOptions relayClientOptions(const RelaySettings& relay, const QString& heloName);
// `raw` without the header fields called `name` (case-insensitive), folded lines included.
// RFC 5322 3.6.3: Bcc recipients are not shown to the others, so a released copy drops them.
[[nodiscard]] QByteArray withoutHeaderField(const QByteArray& raw, const QByteArray& name);

} // namespace Mailscope
