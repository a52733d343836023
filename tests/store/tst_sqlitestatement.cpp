#include "store/private/sqlitestatement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

namespace Mailscope {

class TestSqliteStatement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void valuesReadBackAsQtWroteThem();
    void nullStringsAreNullAndEmptyOnesAreNot();
    void namedParametersAreBoundByName();
    void runsAgainWithNewValues();
    void failureSaysWhy();
    void badSqlIsRefusedWithTheStatement();
    void joinsTheTransactionOfTheConnection();
    void queryGivesTheFirstValue();

private:
    QVariant value(const QString &sql);
    QSqlDatabase m_db;
};

namespace {
const QString ConnectionName = QStringLiteral("tst_sqlitestatement");
}

void TestSqliteStatement::init()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), ConnectionName);
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(m_db.open());
    QSqlQuery create(m_db);
    QVERIFY(create.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, s TEXT, b BLOB,"
                                       " u TEXT NOT NULL DEFAULT 'x' CHECK (u <> 'bad'))")));
}

void TestSqliteStatement::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(ConnectionName);
}

QVariant TestSqliteStatement::value(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql) || !query.next())
        return QVariant(QStringLiteral("<no row>"));
    return query.value(0);
}

void TestSqliteStatement::valuesReadBackAsQtWroteThem()
{
    SqliteStatement insert;
    QString error;
    QVERIFY2(insert.prepare(m_db, QStringLiteral("INSERT INTO t (n, s, b) VALUES (?, ?, ?)"), &error),
        qPrintable(error));
    insert.bind(1, QVariant(quint16(65535)));
    insert.bind(2, QStringLiteral("Grüße — ✓"));
    insert.bindBlob(3, QByteArray("\0\r\n\xff", 4));
    QVERIFY2(insert.exec(&error), qPrintable(error));
    QCOMPARE(insert.lastInsertId(), 1);
    QCOMPARE(value(QStringLiteral("SELECT n FROM t")).toLongLong(), 65535);
    QCOMPARE(value(QStringLiteral("SELECT s FROM t")).toString(), QStringLiteral("Grüße — ✓"));
    QCOMPARE(value(QStringLiteral("SELECT b FROM t")).toByteArray(), QByteArray("\0\r\n\xff", 4));
    QCOMPARE(value(QStringLiteral("SELECT typeof(b) FROM t")).toString(), QStringLiteral("blob"));

    insert.bind(1, QVariant(Q_INT64_C(1) << 40));
    insert.bind(2, QVariant(true));
    insert.bind(3, QVariant(2.5));
    QVERIFY2(insert.exec(&error), qPrintable(error));
    QCOMPARE(value(QStringLiteral("SELECT n FROM t WHERE id = 2")).toLongLong(), Q_INT64_C(1) << 40);
    QCOMPARE(value(QStringLiteral("SELECT s FROM t WHERE id = 2")).toString(), QStringLiteral("1"));
    QCOMPARE(value(QStringLiteral("SELECT b FROM t WHERE id = 2")).toDouble(), 2.5);
}

void TestSqliteStatement::nullStringsAreNullAndEmptyOnesAreNot()
{
    SqliteStatement insert;
    QString error;
    QVERIFY(insert.prepare(m_db, QStringLiteral("INSERT INTO t (n, s, b) VALUES (?, ?, ?)"), &error));
    insert.bind(1, QVariant());
    insert.bind(2, QString());
    insert.bindBlob(3, QByteArray());
    QVERIFY(insert.exec(&error));
    insert.bind(2, QStringLiteral(""));
    insert.bindBlob(3, QByteArray("", 0));
    QVERIFY(insert.exec(&error));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM t WHERE n IS NULL AND s IS NULL AND b IS NULL")).toInt(), 1);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM t WHERE s = '' AND b IS NOT NULL")).toInt(), 1);
}

void TestSqliteStatement::namedParametersAreBoundByName()
{
    SqliteStatement insert;
    QString error;
    QVERIFY(insert.prepare(m_db, QStringLiteral("INSERT INTO t (s, n) VALUES (:text, :number)"), &error));
    insert.bind(":number", 7);
    insert.bind(":text", QStringLiteral("seven"));
    insert.bind(":missing", 1); // a name the statement does not have changes nothing
    QVERIFY(insert.exec(&error));
    QCOMPARE(value(QStringLiteral("SELECT s || n FROM t")).toString(), QStringLiteral("seven7"));
}

void TestSqliteStatement::runsAgainWithNewValues()
{
    SqliteStatement insert;
    QString error;
    QVERIFY(insert.prepare(m_db, QStringLiteral("INSERT INTO t (n, s) VALUES (?, ?)"), &error));
    insert.bind(1, qint64(1));
    insert.bind(2, QStringLiteral("first"));
    QVERIFY(insert.exec(&error));
    insert.bind(1, qint64(2)); // the text from before is not kept
    QVERIFY(insert.exec(&error));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM t WHERE s IS NULL AND n = 2")).toInt(), 1);
}

void TestSqliteStatement::failureSaysWhy()
{
    SqliteStatement insert;
    QString error;
    QVERIFY(insert.prepare(m_db, QStringLiteral("INSERT INTO t (id, u) VALUES (?, ?)"), &error));
    insert.bind(1, qint64(1));
    insert.bind(2, QStringLiteral("bad"));
    QVERIFY(!insert.exec(&error));
    QVERIFY2(error.contains(QStringLiteral("CHECK constraint failed")), qPrintable(error));
    insert.bind(1, qint64(1));
    insert.bind(2, QStringLiteral("good"));
    QVERIFY2(insert.exec(&error), qPrintable(error)); // usable again after a failure
    QCOMPARE(value(QStringLiteral("SELECT u FROM t")).toString(), QStringLiteral("good"));
}

void TestSqliteStatement::badSqlIsRefusedWithTheStatement()
{
    SqliteStatement statement;
    QString error;
    QVERIFY(!statement.prepare(m_db, QStringLiteral("INSERT INTO nowhere VALUES (?)"), &error));
    QVERIFY2(error.contains(QStringLiteral("no such table")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("INSERT INTO nowhere")), qPrintable(error));
    QVERIFY(!statement.exec(&error));
    QVERIFY(!QSqlDatabase().isOpen());
    QVERIFY(!statement.prepare(QSqlDatabase(), QStringLiteral("SELECT 1"), &error));
}

void TestSqliteStatement::joinsTheTransactionOfTheConnection()
{
    SqliteStatement insert;
    QString error;
    QVERIFY(insert.prepare(m_db, QStringLiteral("INSERT INTO t (n) VALUES (?)"), &error));
    QVERIFY(m_db.transaction());
    insert.bind(1, qint64(1));
    QVERIFY(insert.exec(&error));
    QVERIFY(m_db.rollback());
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM t")).toInt(), 0);
    QVERIFY(m_db.transaction());
    insert.bind(1, qint64(2));
    QVERIFY(insert.exec(&error));
    QVERIFY(m_db.commit());
    QCOMPARE(value(QStringLiteral("SELECT n FROM t")).toInt(), 2);
}

void TestSqliteStatement::queryGivesTheFirstValue()
{
    SqliteStatement insert;
    SqliteStatement select;
    QString error;
    QVERIFY(insert.prepare(m_db, QStringLiteral("INSERT INTO t (n, s, b) VALUES (?, ?, ?)"), &error));
    QVERIFY(select.prepare(m_db, QStringLiteral("SELECT MAX(n) FROM t WHERE s = ?"), &error));
    select.bind(1, QStringLiteral("a"));
    QVariant value(42);
    QVERIFY(select.queryValue(&value, &error));
    QVERIFY(value.isNull()); // MAX of no rows is NULL
    for (qint64 n : { 3, 9, 4 }) {
        insert.bind(1, n);
        insert.bind(2, QStringLiteral("a"));
        QVERIFY(insert.exec(&error));
    }
    select.bind(1, QStringLiteral("a"));
    QVERIFY(select.queryValue(&value, &error));
    QCOMPARE(value.toLongLong(), 9);

    SqliteStatement text;
    QVERIFY(text.prepare(m_db, QStringLiteral("SELECT s || 'ü' FROM t"), &error));
    QVERIFY(text.queryValue(&value, &error));
    QCOMPARE(value.toString(), QStringLiteral("aü"));
    SqliteStatement none;
    QVERIFY(none.prepare(m_db, QStringLiteral("SELECT n FROM t WHERE n > 100"), &error));
    QVERIFY(none.queryValue(&value, &error));
    QVERIFY(!value.isValid());
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestSqliteStatement)
#include "tst_sqlitestatement.moc"
