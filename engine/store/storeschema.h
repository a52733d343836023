#pragma once

#include "smtp/envelope.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

class QSqlDatabase;
class QSqlQuery;

namespace Mailscope {
class SqliteStatement;
}

namespace Mailscope {

struct MailAddress;
struct SessionInfo;
struct StoredMessage;

// The store's SQLite schema and how its rows map to the engine's types.
namespace StoreSchema {

// Sets the pragmas and creates or upgrades the tables (version in PRAGMA user_version).
[[nodiscard]] bool prepare(QSqlDatabase &db, QString *error);

// Runs a prepared query; false with the driver's message on failure.
[[nodiscard]] bool exec(QSqlQuery &query, QString *error);
[[nodiscard]] bool exec(QSqlDatabase &db, const QString &sql, QString *error);

// Times are stored as ms since the epoch (UTC), an invalid time as NULL.
[[nodiscard]] QVariant fromTime(const QDateTime &time);
[[nodiscard]] QDateTime toTime(const QVariant &value);

// A keyword without a value is a JSON null, so it stays apart from an empty value.
[[nodiscard]] QString parametersToJson(const MailParameters &parameters);
[[nodiscard]] MailParameters parametersFromJson(const QString &json);
[[nodiscard]] QString recipientsToJson(const QList<Recipient> &recipients);
[[nodiscard]] QList<Recipient> recipientsFromJson(const QString &json);
[[nodiscard]] QString addressesToJson(const QList<MailAddress> &addresses); // [[name, address], ...]
[[nodiscard]] QList<MailAddress> addressesFromJson(const QString &json);

// Column lists for SELECT, in the order the readers below expect.
[[nodiscard]] QString messageColumns();
[[nodiscard]] QString sessionColumns();
[[nodiscard]] StoredMessage readMessage(const QSqlQuery &query);
[[nodiscard]] SessionInfo readSession(const QSqlQuery &query);

// Binds every field of `session` to the named placeholders of sessionUpsert().
[[nodiscard]] QString sessionUpsert(bool updateExisting);
void bindSession(SqliteStatement &statement, const SessionInfo &session);

} // namespace StoreSchema

} // namespace Mailscope
