#include "store/private/sqlitestatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <sqlite3.h>

namespace Mailscope {

namespace {

QString sqliteError(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("No SQLite connection");
}

} // namespace

SqliteStatement::~SqliteStatement()
{
    finalize();
}

bool SqliteStatement::prepare(const QSqlDatabase &db, const QString &sql, QString *error)
{
    finalize();
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt's SQLite driver hands out its connection as a "sqlite3*" pointer.
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        *error = QStringLiteral("The database connection is not SQLite");
        return false;
    }
    m_db = *static_cast<sqlite3 *const *>(handle.constData());
    const QByteArray utf8 = sql.toUtf8();
    if (!m_db || sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                     &m_statement, nullptr)
            != SQLITE_OK) {
        *error = sqliteError(m_db) + QStringLiteral(" (") + sql + QLatin1Char(')');
        m_statement = nullptr;
        return false;
    }
    return true;
}

void SqliteStatement::finalize()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_db = nullptr;
}

void SqliteStatement::bind(int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        bindNull(index);
        break;
    case QMetaType::Bool:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        bind(index, value.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, index, value.toDouble());
        break;
    case QMetaType::QByteArray:
        bindBlob(index, value.toByteArray());
        break;
    case QMetaType::QString:
        bind(index, value.toString());
        break;
    default:
        if (value.isNull())
            bindNull(index);
        else
            bind(index, value.toString());
    }
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString &text)
{
    if (text.isNull()) {
        bindNull(index);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text64(m_statement, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
        SQLITE_UTF8);
}

void SqliteStatement::bindBlob(int index, const QByteArray &bytes)
{
    if (bytes.isNull()) {
        bindNull(index);
        return;
    }
    sqlite3_bind_blob64(m_statement, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bind(const char *name, const QVariant &value)
{
    if (const int index = sqlite3_bind_parameter_index(m_statement, name); index > 0)
        bind(index, value);
}

bool SqliteStatement::exec(QString *error)
{
    return step(nullptr, error);
}

bool SqliteStatement::queryValue(QVariant *value, QString *error)
{
    *value = QVariant();
    return step(value, error);
}

bool SqliteStatement::step(QVariant *firstValue, QString *error)
{
    if (!m_statement) {
        *error = QStringLiteral("The statement is not prepared");
        return false;
    }
    const int status = sqlite3_step(m_statement);
    const bool ok = status == SQLITE_DONE || status == SQLITE_ROW;
    if (!ok) {
        *error = sqliteError(m_db);
    } else if (status == SQLITE_ROW && firstValue) {
        switch (sqlite3_column_type(m_statement, 0)) {
        case SQLITE_INTEGER:
            *firstValue = qint64(sqlite3_column_int64(m_statement, 0));
            break;
        case SQLITE_FLOAT:
            *firstValue = sqlite3_column_double(m_statement, 0);
            break;
        case SQLITE_TEXT:
            *firstValue = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, 0)),
                sqlite3_column_bytes(m_statement, 0));
            break;
        case SQLITE_BLOB:
            *firstValue = QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, 0)),
                sqlite3_column_bytes(m_statement, 0));
            break;
        default:
            break;
        }
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return ok;
}

qint64 SqliteStatement::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

} // namespace Mailscope
