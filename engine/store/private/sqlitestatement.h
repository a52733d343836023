#pragma once

#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

namespace Mailscope {

// A statement prepared on the store's own SQLite connection (the one QSqlDatabase opened) and
// bound without QSqlQuery's per-value bookkeeping: it runs for every message and transcript line.
// Within a transaction begun through QSqlDatabase it is part of that transaction.
class SqliteStatement {
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool prepare(const QSqlDatabase &db, const QString &sql, QString *error);
    void finalize();

    // 1-based, as SQLite counts. A null QString or QByteArray binds NULL, as QSqlQuery does.
    void bind(int index, const QVariant &value);
    void bind(int index, qint64 value);
    void bind(int index, const QString &text);
    void bindBlob(int index, const QByteArray &bytes);
    void bindNull(int index);
    // A named parameter such as ":id".
    void bind(const char *name, const QVariant &value);

    // Runs the statement and makes it ready for the next values.
    bool exec(QString *error);
    // Runs a query and gives the first column of its first row (a null QVariant for no row or NULL).
    [[nodiscard]] bool queryValue(QVariant *value, QString *error);
    [[nodiscard]] qint64 lastInsertId() const;

private:
    // Runs the statement once, keeps the first column of a first row if asked, and resets it.
    bool step(QVariant *firstValue, QString *error);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace Mailscope
