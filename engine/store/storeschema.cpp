#include "store/storeschema.h"

#include "smtp/sessioninfo.h"
#include "store/messagestore.h"
#include "store/private/sqlitestatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace Mailscope::StoreSchema {

namespace {

constexpr int CurrentVersion = 1;

const char *const SchemaV1[] = {
    "CREATE TABLE sessions ("
    " id TEXT PRIMARY KEY, listener TEXT, protocol TEXT,"
    " remote_address TEXT, remote_port INTEGER, local_address TEXT, local_port INTEGER,"
    " client_host_name TEXT, opening_command BLOB, helo_name TEXT,"
    " transaction_count INTEGER NOT NULL DEFAULT 0, transmission_type TEXT,"
    " started INTEGER, ended INTEGER,"
    " bytes_in INTEGER NOT NULL DEFAULT 0, bytes_out INTEGER NOT NULL DEFAULT 0,"
    " tls TEXT, auth_user TEXT, auth_mechanism TEXT, forwarded TEXT)",
    "CREATE INDEX sessions_started ON sessions(started)",
    // Lines arrive before the session's first record, so no foreign key to sessions.
    "CREATE TABLE transcript ("
    " session_id TEXT NOT NULL, seq INTEGER NOT NULL, time INTEGER,"
    " direction TEXT NOT NULL, text BLOB,"
    " PRIMARY KEY (session_id, seq)) WITHOUT ROWID",
    // AUTOINCREMENT: an id is never reused after its message was deleted.
    "CREATE TABLE messages ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, session_id TEXT, received INTEGER NOT NULL,"
    " size INTEGER NOT NULL, mail_from TEXT, mail_parameters TEXT, recipients TEXT,"
    " subject TEXT, helo TEXT, remote_address TEXT, transmission TEXT, auth_user TEXT,"
    // The summary read from the message on arrival, so that listing needs no parsing.
    " from_name TEXT, from_address TEXT, to_list TEXT, cc_list TEXT, date INTEGER, message_id TEXT,"
    " snippet TEXT, attachment_count INTEGER NOT NULL DEFAULT 0, is_read INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX messages_session ON messages(session_id)",
    "CREATE INDEX messages_received ON messages(received)",
    "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE)",
    "CREATE TABLE message_tags ("
    " message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
    " tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
    " PRIMARY KEY (message_id, tag_id)) WITHOUT ROWID",
    "CREATE INDEX message_tags_tag ON message_tags(tag_id)",
    // Full text of headers and bodies; rowid = messages.id.
    "CREATE VIRTUAL TABLE message_text USING fts5(subject, addresses, body,"
    " tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TRIGGER messages_text_delete AFTER DELETE ON messages"
    " BEGIN DELETE FROM message_text WHERE rowid = old.id; END",
};

const QStringList &sessionColumnList()
{
    static const QStringList columns { QStringLiteral("id"), QStringLiteral("listener"),
        QStringLiteral("protocol"), QStringLiteral("remote_address"), QStringLiteral("remote_port"),
        QStringLiteral("local_address"), QStringLiteral("local_port"), QStringLiteral("client_host_name"),
        QStringLiteral("opening_command"), QStringLiteral("helo_name"), QStringLiteral("transaction_count"),
        QStringLiteral("transmission_type"), QStringLiteral("started"), QStringLiteral("ended"),
        QStringLiteral("bytes_in"), QStringLiteral("bytes_out"), QStringLiteral("tls"),
        QStringLiteral("auth_user"), QStringLiteral("auth_mechanism"), QStringLiteral("forwarded") };
    return columns;
}

QJsonValue parameterValue(const QByteArray &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromUtf8(value));
}

QJsonObject parametersObject(const MailParameters &parameters)
{
    QJsonObject object;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        object.insert(QString::fromUtf8(it.key()), parameterValue(it.value()));
    return object;
}

MailParameters parametersOf(const QJsonObject &object)
{
    MailParameters parameters;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        // JSON null: a keyword given without a value; "" stays an empty but non-null value.
        const QString value = it.value().toString();
        parameters.insert(it.key().toUtf8(),
            it.value().isNull()   ? QByteArray()
                : value.isEmpty() ? QByteArray("", 0)
                                  : value.toUtf8());
    }
    return parameters;
}

QString tlsToJson(const TlsInfo &tls)
{
    if (!tls.active)
        return {};
    const QJsonObject object { { QStringLiteral("implicit"), tls.implicit },
        { QStringLiteral("protocol"), tls.protocol }, { QStringLiteral("cipher"), tls.cipher },
        { QStringLiteral("serverName"), tls.serverName },
        { QStringLiteral("peerSubject"), tls.peerSubject } };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

TlsInfo tlsFromJson(const QString &json)
{
    TlsInfo tls;
    if (json.isEmpty())
        return tls;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    tls.active = true;
    tls.implicit = object.value(QLatin1String("implicit")).toBool();
    tls.protocol = object.value(QLatin1String("protocol")).toString();
    tls.cipher = object.value(QLatin1String("cipher")).toString();
    tls.serverName = object.value(QLatin1String("serverName")).toString();
    tls.peerSubject = object.value(QLatin1String("peerSubject")).toString();
    return tls;
}

QString forwardedToJson(const QMap<QString, QString> &forwarded)
{
    if (forwarded.isEmpty())
        return {};
    QJsonObject object;
    for (auto it = forwarded.cbegin(); it != forwarded.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> forwardedFromJson(const QString &json)
{
    QMap<QString, QString> forwarded;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        forwarded.insert(it.key(), it.value().toString());
    return forwarded;
}

} // namespace

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text() + QStringLiteral(" (") + sql + QLatin1Char(')');
    return false;
}

bool prepare(QSqlDatabase &db, QString *error)
{
    // WAL with synchronous=NORMAL: a commit survives the process being killed, and
    // writers do not block readers.
    QSqlQuery pragma(db);
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !pragma.next()
        || pragma.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *error = QStringLiteral("Cannot switch the database to WAL mode: ") + pragma.lastError().text();
        return false;
    }
    pragma.finish();
    if (!exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"), error)
        || !exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), error))
        return false;

    if (!pragma.exec(QStringLiteral("PRAGMA user_version")) || !pragma.next()) {
        *error = pragma.lastError().text();
        return false;
    }
    const int version = pragma.value(0).toInt();
    pragma.finish();
    if (version == CurrentVersion)
        return true;
    if (version > CurrentVersion) {
        *error = QStringLiteral(
            "The store was written by a newer Mailscope (schema version %1, this one knows %2)")
                     .arg(version)
                     .arg(CurrentVersion);
        return false;
    }
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    for (const char *statement : SchemaV1) {
        if (!exec(db, QString::fromLatin1(statement), error)) {
            db.rollback();
            return false;
        }
    }
    if (!exec(db, QStringLiteral("PRAGMA user_version=%1").arg(CurrentVersion), error) || !db.commit()) {
        if (error->isEmpty())
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

QVariant fromTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime toTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString parametersToJson(const MailParameters &parameters)
{
    return QString::fromUtf8(QJsonDocument(parametersObject(parameters)).toJson(QJsonDocument::Compact));
}

MailParameters parametersFromJson(const QString &json)
{
    return parametersOf(QJsonDocument::fromJson(json.toUtf8()).object());
}

QString recipientsToJson(const QList<Recipient> &recipients)
{
    QJsonArray array;
    for (const Recipient &recipient : recipients)
        array.append(QJsonObject { { QStringLiteral("address"), recipient.address },
            { QStringLiteral("parameters"), parametersObject(recipient.parameters) } });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Recipient> recipientsFromJson(const QString &json)
{
    QList<Recipient> recipients;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        recipients.append({ object.value(QLatin1String("address")).toString(),
            parametersOf(object.value(QLatin1String("parameters")).toObject()) });
    }
    return recipients;
}

QString messageColumns()
{
    return QStringLiteral("id, session_id, received, size, mail_from, mail_parameters, recipients,"
                          " subject, helo, remote_address, transmission, auth_user,"
                          " from_name, from_address, to_list, cc_list, date, message_id, snippet,"
                          " attachment_count, is_read,"
                          " (SELECT group_concat(tags.name, char(31)) FROM message_tags"
                          "  JOIN tags ON tags.id = message_tags.tag_id"
                          "  WHERE message_tags.message_id = messages.id)");
}

QString addressesToJson(const QList<MailAddress> &addresses)
{
    QJsonArray array;
    for (const MailAddress &address : addresses)
        array.append(QJsonArray { address.name, address.address });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<MailAddress> addressesFromJson(const QString &json)
{
    QList<MailAddress> addresses;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonArray pair = value.toArray();
        addresses.append({ pair.at(0).toString(), pair.at(1).toString() });
    }
    return addresses;
}

StoredMessage readMessage(const QSqlQuery &query)
{
    StoredMessage message;
    message.id = query.value(0).toLongLong();
    message.sessionId = query.value(1).toString();
    message.received = toTime(query.value(2));
    message.size = query.value(3).toLongLong();
    message.envelope.mailFrom = query.value(4).toString();
    message.envelope.mailParameters = parametersFromJson(query.value(5).toString());
    message.envelope.recipients = recipientsFromJson(query.value(6).toString());
    message.subject = query.value(7).toString();
    message.heloName = query.value(8).toString();
    message.remoteAddress = query.value(9).toString();
    message.transmissionType = query.value(10).toString();
    message.authUser = query.value(11).toString();
    message.from = { query.value(12).toString(), query.value(13).toString() };
    message.to = addressesFromJson(query.value(14).toString());
    message.cc = addressesFromJson(query.value(15).toString());
    message.date = toTime(query.value(16));
    message.messageId = query.value(17).toString();
    message.snippet = query.value(18).toString();
    message.attachmentCount = query.value(19).toInt();
    message.isRead = query.value(20).toBool();
    const QString tags = query.value(21).toString();
    if (!tags.isEmpty())
        message.tags = tags.split(QChar(31));
    message.tags.sort(Qt::CaseInsensitive);
    return message;
}

QString sessionColumns()
{
    return sessionColumnList().join(QStringLiteral(", "));
}

SessionInfo readSession(const QSqlQuery &query)
{
    SessionInfo session;
    session.id = query.value(0).toString();
    session.listener = query.value(1).toString();
    session.protocol
        = query.value(2).toString() == protocolName(Protocol::Lmtp) ? Protocol::Lmtp : Protocol::Smtp;
    session.remoteAddress = QHostAddress(query.value(3).toString());
    session.remotePort = quint16(query.value(4).toUInt());
    session.localAddress = QHostAddress(query.value(5).toString());
    session.localPort = quint16(query.value(6).toUInt());
    session.clientHostName = query.value(7).toString();
    session.openingCommand = query.value(8).toByteArray();
    session.heloName = query.value(9).toString();
    session.transactionCount = query.value(10).toInt();
    session.transmissionType = query.value(11).toString();
    session.started = toTime(query.value(12));
    session.ended = toTime(query.value(13));
    session.bytesIn = query.value(14).toLongLong();
    session.bytesOut = query.value(15).toLongLong();
    session.tls = tlsFromJson(query.value(16).toString());
    session.authUser = query.value(17).toString();
    session.authMechanism = query.value(18).toString();
    session.forwarded = forwardedFromJson(query.value(19).toString());
    return session;
}

QString sessionUpsert(bool updateExisting)
{
    const QStringList &columns = sessionColumnList();
    QStringList placeholders;
    QStringList updates;
    for (const QString &column : columns) {
        placeholders << QLatin1Char(':') + column;
        if (column != QLatin1String("id"))
            updates << column + QStringLiteral(" = excluded.") + column;
    }
    return QStringLiteral("INSERT INTO sessions (%1) VALUES (%2) ON CONFLICT(id) DO %3")
        .arg(columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
            updateExisting ? QStringLiteral("UPDATE SET ") + updates.join(QStringLiteral(", "))
                           : QStringLiteral("NOTHING"));
}

void bindSession(SqliteStatement &statement, const SessionInfo &session)
{
    statement.bind(":id", session.id);
    statement.bind(":listener", session.listener);
    statement.bind(":protocol", protocolName(session.protocol));
    statement.bind(":remote_address", session.remoteAddress.toString());
    statement.bind(":remote_port", session.remotePort);
    statement.bind(":local_address", session.localAddress.toString());
    statement.bind(":local_port", session.localPort);
    statement.bind(":client_host_name", session.clientHostName);
    statement.bind(":opening_command", session.openingCommand);
    statement.bind(":helo_name", session.heloName);
    statement.bind(":transaction_count", session.transactionCount);
    statement.bind(":transmission_type", session.transmissionType);
    statement.bind(":started", fromTime(session.started));
    statement.bind(":ended", fromTime(session.ended));
    statement.bind(":bytes_in", session.bytesIn);
    statement.bind(":bytes_out", session.bytesOut);
    statement.bind(":tls", tlsToJson(session.tls));
    statement.bind(":auth_user", session.authUser);
    statement.bind(":auth_mechanism", session.authMechanism);
    statement.bind(":forwarded", forwardedToJson(session.forwarded));
}

} // namespace Mailscope::StoreSchema
