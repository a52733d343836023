#pragma once

// Sample envelopes, sessions and messages, and ways to look inside a store folder, shared by
// the MessageStore tests.
#include "store/messagespool.h"
#include "store/messagestore.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Mailscope {

namespace {

const QDateTime Epoch2024 = QDateTime::fromMSecsSinceEpoch(1704067200123, Qt::UTC);

// Reads or changes the database behind the store's back, as another process would.
inline QVariant sqlValue(const QString &databasePath, const QString &sql)
{
    const QString name = QStringLiteral("test-raw");
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

inline Envelope sampleEnvelope()
{
    Envelope envelope;
    envelope.mailFrom = QStringLiteral("sender@example.org");
    envelope.mailParameters.insert("SIZE", "1234");
    envelope.mailParameters.insert("SMTPUTF8", QByteArray()); // given without a value
    envelope.mailParameters.insert("ENVID", QByteArray("", 0)); // given with an empty value
    envelope.recipients.append({ QStringLiteral("first@example.com"),
        { { "NOTIFY", "SUCCESS,FAILURE" }, { "ORCPT", "rfc822;first@example.com" } } });
    envelope.recipients.append({ QStringLiteral("zweite@bücher.example"), { { "X-FLAG", QByteArray() } } });
    return envelope;
}

inline SessionInfo sampleSession(const QString &id, const QDateTime &started = Epoch2024)
{
    SessionInfo session;
    session.id = id;
    session.listener = QStringLiteral("smtp://127.0.0.1:1025");
    session.protocol = Protocol::Lmtp;
    session.remoteAddress = QHostAddress(QStringLiteral("::1"));
    session.remotePort = 54321;
    session.localAddress = QHostAddress(QStringLiteral("127.0.0.1"));
    session.localPort = 1025;
    session.clientHostName = QStringLiteral("client.example");
    session.openingCommand = "LHLO";
    session.heloName = QStringLiteral("client.example");
    session.transactionCount = 0;
    session.transmissionType = QStringLiteral("LMTP");
    session.started = started;
    session.bytesIn = 10;
    session.bytesOut = 20;
    session.tls = { true, false, QStringLiteral("TLSv1.3"), QStringLiteral("TLS_AES_256_GCM_SHA384"),
        QStringLiteral("mx.example"), QStringLiteral("CN=client") };
    session.authUser = QStringLiteral("alice");
    session.authMechanism = QStringLiteral("PLAIN");
    session.forwarded.insert(QStringLiteral("ADDR"), QStringLiteral("192.0.2.7"));
    return session;
}

inline QByteArray sampleMessage(const QByteArray &subject = "Hello")
{
    return "From: sender@example.org\r\nSubject: " + subject + "\r\n\r\nBody line\r\n";
}

inline qint64 addBody(MessageStore &store, const QByteArray &body, const QString &sessionId = QStringLiteral("s1"),
    const Envelope &envelope = sampleEnvelope())
{
    const std::unique_ptr<MessageSpool> spool = store.createSpool();
    if (!spool->append(body))
        return -1;
    const MessageStore::AddResult result = store.addMessage(*spool, envelope, sampleSession(sessionId));
    return result.ok() ? result.id : -1;
}

inline QList<qint64> idsOf(const QList<StoredMessage> &messages)
{
    QList<qint64> ids;
    for (const StoredMessage &message : messages)
        ids << message.id;
    return ids;
}

inline QList<qint64> spiedIds(const QSignalSpy &spy)
{
    QList<qint64> ids;
    for (const QList<QVariant> &arguments : spy)
        ids << arguments.at(0).toLongLong();
    return ids;
}

inline void makeFile(const QString &path, const QByteArray &content = "x")
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(content);
}

} // namespace

} // namespace Mailscope
