#include "eventlog.h"

#include "client/messagerelay.h"
#include "smtp/smtpsession.h"
#include "store/messagestore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

namespace Mailscope {

namespace {

QJsonObject parametersJson(const MailParameters &parameters)
{
    QJsonObject object;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        object.insert(QString::fromUtf8(it.key()), it.value().isNull() ? QJsonValue() : QJsonValue(QString::fromUtf8(it.value())));
    return object;
}

QString endpoint(const QHostAddress &address, quint16 port)
{
    return (address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']' : address.toString())
        + u':' + QString::number(port);
}

QJsonValue tlsJson(const TlsInfo &tls)
{
    if (!tls.active)
        return QJsonValue::Null;
    return QJsonObject { { QStringLiteral("protocol"), tls.protocol }, { QStringLiteral("cipher"), tls.cipher },
        { QStringLiteral("implicit"), tls.implicit }, { QStringLiteral("serverName"), tls.serverName },
        { QStringLiteral("peerSubject"), tls.peerSubject } };
}

QJsonObject forwardedJson(const QMap<QString, QString> &forwarded)
{
    QJsonObject object;
    for (auto it = forwarded.cbegin(); it != forwarded.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

EventLog::EventLog(bool json, bool transcript, QObject *parent)
    : QObject(parent)
    , m_json(json)
    , m_transcript(transcript)
{
}

void EventLog::print(const QString &event, const QString &text, QJsonObject fields)
{
    const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QByteArray line;
    if (m_json) {
        fields.insert(QStringLiteral("event"), event);
        fields.insert(QStringLiteral("time"), time);
        line = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    } else {
        line = (time + u' ' + text).toUtf8();
    }
    line += '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

void EventLog::info(const QString &event, const QString &text, const QJsonObject &fields) { print(event, text, fields); }

void EventLog::error(const QString &text)
{
    print(QStringLiteral("error"), QStringLiteral("error: ") + text, { { QStringLiteral("message"), text } });
}

void EventLog::watch(SmtpServer *server, MessageStore *store)
{
    connect(server, &SmtpServer::sessionStarted, this, &EventLog::watchSession);
    connect(server, &SmtpServer::connectionRefused, this, [this](const QHostAddress &address, quint16 port, const QString &reason) {
        print(QStringLiteral("connection-refused"), QStringLiteral("refused %1: %2").arg(endpoint(address, port), reason),
              { { QStringLiteral("remote"), endpoint(address, port) }, { QStringLiteral("reason"), reason } });
    });
    connect(store, &MessageStore::errorOccurred, this, &EventLog::error);
    connect(store, &MessageStore::messageAdded, this, [this, store](qint64 id) {
        const std::optional<StoredMessage> message = store->message(id);
        if (!message)
            return;
        QJsonArray recipients;
        for (const Recipient &r : message->envelope.recipients)
            recipients.append(QJsonObject { { QStringLiteral("address"), r.address },
                                            { QStringLiteral("parameters"), parametersJson(r.parameters) } });
        const QString from = message->envelope.mailFrom;
        // The sentence is for the text log only: built for every message, it is worth skipping.
        const QString text = m_json ? QString()
                                    : QStringLiteral("message %1 stored: from <%2> to <%3>, %4 bytes, subject \"%5\"")
                                          .arg(id)
                                          .arg(from, message->envelope.recipientAddresses().join(QStringLiteral(">, <")))
                                          .arg(message->size)
                                          .arg(message->subject);
        print(QStringLiteral("message"), text,
              { { QStringLiteral("id"), id },
                { QStringLiteral("session"), message->sessionId },
                { QStringLiteral("from"), from },
                { QStringLiteral("mailParameters"), parametersJson(message->envelope.mailParameters) },
                { QStringLiteral("recipients"), recipients },
                { QStringLiteral("size"), message->size },
                { QStringLiteral("authUser"), message->authUser },
                { QStringLiteral("subject"), message->subject },
                { QStringLiteral("file"), store->rawFilePath(id) } });
    });
}

void EventLog::watchRelay(MessageRelay *relay)
{
    connect(relay, &MessageRelay::relayed, this, [this](const RelayOutcome &outcome) {
        const DeliveryResult &result = outcome.result;
        int accepted = 0;
        for (const DeliveryResult::RecipientResult &r : result.recipients)
            accepted += r.accepted ? 1 : 0;
        const QString how = outcome.trigger == RelayOutcome::Trigger::Rule
            ? QStringLiteral("by rule \"%1\"").arg(outcome.rule)
            : QStringLiteral("on request");
        const QString text = result.ok()
            ? QStringLiteral("message %1 relayed to %2 %3: %4 of %5 recipient(s) accepted")
                  .arg(outcome.messageId)
                  .arg(outcome.relay, how)
                  .arg(accepted)
                  .arg(result.recipients.size())
            : QStringLiteral("message %1 not relayed to %2 %3: %4 failed: %5 (the captured message is kept)")
                  .arg(outcome.messageId)
                  .arg(outcome.relay, how, deliveryStepName(result.failedStep), result.error);
        print(QStringLiteral("relayed"), text, relayOutcomeJson(outcome));
    });
    if (!m_transcript)
        return;
    connect(&relay->pool(), &SmtpClientPool::transcriptLine, this, [this](const QString &connection, const TranscriptLine &line) {
        const QString direction = QString(QChar::fromLatin1(TranscriptLine::directionCode(line.direction)));
        const QString text = QString::fromUtf8(line.text);
        const QString session = QStringLiteral("relay ") + connection;
        print(QStringLiteral("line"), QStringLiteral("%1 %2: %3").arg(session, direction, text),
              { { QStringLiteral("session"), session }, { QStringLiteral("direction"), direction },
                { QStringLiteral("text"), text } });
    });
}

void EventLog::watchSession(SmtpSession *session)
{
    const SessionInfo &info = session->info();
    const QString remote = endpoint(info.remoteAddress, info.remotePort);
    print(QStringLiteral("session-opened"), QStringLiteral("session %1 opened from %2 on %3").arg(info.id, remote, info.listener),
          { { QStringLiteral("session"), info.id }, { QStringLiteral("remote"), remote },
            { QStringLiteral("listener"), info.listener } });
    if (m_transcript) {
        const QString id = info.id;
        connect(session, &SmtpSession::transcriptLine, this, [this, id](const TranscriptLine &line) {
            const QString direction = QString(QChar::fromLatin1(TranscriptLine::directionCode(line.direction)));
            const QString text = QString::fromUtf8(line.text);
            print(QStringLiteral("line"), QStringLiteral("%1 %2: %3").arg(id, direction, text),
                  { { QStringLiteral("session"), id }, { QStringLiteral("direction"), direction },
                    { QStringLiteral("text"), text } });
        });
    }
    connect(session, &SmtpSession::sessionClosed, this, [this](const SessionInfo &closed) {
        print(QStringLiteral("session-closed"),
              QStringLiteral("session %1 closed: %2 message(s), %3 bytes in, %4 bytes out")
                  .arg(closed.id)
                  .arg(closed.transactionCount)
                  .arg(closed.bytesIn)
                  .arg(closed.bytesOut),
              { { QStringLiteral("session"), closed.id }, { QStringLiteral("messages"), closed.transactionCount },
                { QStringLiteral("bytesIn"), closed.bytesIn }, { QStringLiteral("bytesOut"), closed.bytesOut },
                { QStringLiteral("helo"), closed.heloName }, { QStringLiteral("clientHost"), closed.clientHostName },
                { QStringLiteral("transmission"), closed.transmissionType }, { QStringLiteral("tls"), tlsJson(closed.tls) },
                { QStringLiteral("authUser"), closed.authUser }, { QStringLiteral("authMechanism"), closed.authMechanism },
                { QStringLiteral("forwarded"), forwardedJson(closed.forwarded) } });
    });
}

} // namespace Mailscope
