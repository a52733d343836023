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

JsonLine parametersJson(const MailParameters &parameters)
{
    JsonLine object;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        const QLatin1StringView key(it.key());
        if (it.value().isNull())
            object.addNull(key);
        else
            object.addString(key, QString::fromUtf8(it.value()));
    }
    return object;
}

QString endpoint(const QHostAddress &address, quint16 port)
{
    return (address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']' : address.toString())
        + u':' + QString::number(port);
}

QByteArray tlsJson(const TlsInfo &tls)
{
    if (!tls.active)
        return QByteArrayLiteral("null");
    return JsonLine()
        .addString(QLatin1StringView("protocol"), tls.protocol)
        .addString(QLatin1StringView("cipher"), tls.cipher)
        .addBool(QLatin1StringView("implicit"), tls.implicit)
        .addString(QLatin1StringView("serverName"), tls.serverName)
        .addString(QLatin1StringView("peerSubject"), tls.peerSubject)
        .toJson();
}

JsonLine forwardedJson(const QMap<QString, QString> &forwarded)
{
    JsonLine object;
    for (auto it = forwarded.cbegin(); it != forwarded.cend(); ++it) {
        const QByteArray key = it.key().toUtf8();
        object.addString(QLatin1StringView(key), it.value());
    }
    return object;
}

} // namespace

EventLog::EventLog(bool json, bool transcript, QObject *parent)
    : QObject(parent)
    , m_json(json)
    , m_transcript(transcript)
{
}

void EventLog::print(const QString &event, const QString &text, const QJsonObject &fields)
{
    if (!m_json)
        return writeText(text);
    const QByteArray object = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    writeJson(event, object.mid(1, object.size() - 2)); // the members, without the braces
}

void EventLog::writeJson(const QString &event, const QByteArray &members)
{
    JsonLine line;
    line.addString(QLatin1StringView("event"), event)
        .addString(QLatin1StringView("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    QByteArray bytes = '{' + line.members();
    if (!members.isEmpty())
        bytes += ',' + members;
    bytes += "}\n";
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void EventLog::writeText(const QString &text)
{
    const QByteArray line = (QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' ' + text + u'\n').toUtf8();
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
        QByteArray recipients = "[";
        for (const Recipient &r : message->envelope.recipients) {
            if (recipients.size() > 1)
                recipients += ',';
            recipients += JsonLine()
                              .addString(QLatin1StringView("address"), r.address)
                              .addObject(QLatin1StringView("parameters"), parametersJson(r.parameters))
                              .toJson();
        }
        recipients += ']';
        const QString from = message->envelope.mailFrom;
        print(
            QStringLiteral("message"),
            [&] {
                return QStringLiteral("message %1 stored: from <%2> to <%3>, %4 bytes, subject \"%5\"")
                    .arg(id)
                    .arg(from, message->envelope.recipientAddresses().join(QStringLiteral(">, <")))
                    .arg(message->size)
                    .arg(message->subject);
            },
            JsonLine()
                .addNumber(QLatin1StringView("id"), id)
                .addString(QLatin1StringView("session"), message->sessionId)
                .addString(QLatin1StringView("from"), from)
                .addObject(QLatin1StringView("mailParameters"), parametersJson(message->envelope.mailParameters))
                .addJson(QLatin1StringView("recipients"), recipients)
                .addNumber(QLatin1StringView("size"), message->size)
                .addString(QLatin1StringView("authUser"), message->authUser)
                .addString(QLatin1StringView("subject"), message->subject)
                .addString(QLatin1StringView("file"), store->rawFilePath(id)));
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
    print(
        QStringLiteral("session-opened"),
        [&] { return QStringLiteral("session %1 opened from %2 on %3").arg(info.id, remote, info.listener); },
        JsonLine()
            .addString(QLatin1StringView("session"), info.id)
            .addString(QLatin1StringView("remote"), remote)
            .addString(QLatin1StringView("listener"), info.listener));
    if (m_transcript) {
        const QString id = info.id;
        connect(session, &SmtpSession::transcriptLine, this, [this, id](const TranscriptLine &line) {
            const QString direction = QString(QChar::fromLatin1(TranscriptLine::directionCode(line.direction)));
            const QString text = QString::fromUtf8(line.text);
            print(
                QStringLiteral("line"), [&] { return QStringLiteral("%1 %2: %3").arg(id, direction, text); },
                JsonLine()
                    .addString(QLatin1StringView("session"), id)
                    .addString(QLatin1StringView("direction"), direction)
                    .addString(QLatin1StringView("text"), text));
        });
    }
    connect(session, &SmtpSession::sessionClosed, this, [this](const SessionInfo &closed) {
        print(
            QStringLiteral("session-closed"),
            [&] {
                return QStringLiteral("session %1 closed: %2 message(s), %3 bytes in, %4 bytes out")
                    .arg(closed.id)
                    .arg(closed.transactionCount)
                    .arg(closed.bytesIn)
                    .arg(closed.bytesOut);
            },
            JsonLine()
                .addString(QLatin1StringView("session"), closed.id)
                .addNumber(QLatin1StringView("messages"), closed.transactionCount)
                .addNumber(QLatin1StringView("bytesIn"), closed.bytesIn)
                .addNumber(QLatin1StringView("bytesOut"), closed.bytesOut)
                .addString(QLatin1StringView("helo"), closed.heloName)
                .addString(QLatin1StringView("clientHost"), closed.clientHostName)
                .addString(QLatin1StringView("transmission"), closed.transmissionType)
                .addJson(QLatin1StringView("tls"), tlsJson(closed.tls))
                .addString(QLatin1StringView("authUser"), closed.authUser)
                .addString(QLatin1StringView("authMechanism"), closed.authMechanism)
                .addObject(QLatin1StringView("forwarded"), forwardedJson(closed.forwarded)));
    });
}

} // namespace Mailscope
