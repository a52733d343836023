// MessageSpool: a body kept in memory up to a limit and streamed to a spool
// file beyond it, read back byte for byte, and moved to its final place.
#include "store/messagespool.h"

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/resource.h>
#endif

namespace Mailscope {

namespace {

// Every byte value, CRLF and bare LF: nothing may be translated on the way.
QByteArray sampleBody(int size)
{
    QByteArray body;
    body.reserve(size);
    for (int i = 0; i < size; ++i)
        body.append(i % 64 == 62 ? '\r' : i % 64 == 63 || i % 97 == 0 ? '\n' : char(i * 31 % 256));
    return body;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<cannot open>");
}

void appendInChunks(MessageSpool &spool, const QByteArray &body, int chunk)
{
    for (qsizetype pos = 0; pos < body.size(); pos += chunk)
        QVERIFY(spool.append(body.mid(pos, chunk)));
}

#ifdef Q_OS_LINUX
// Writes past the limit fail with EFBIG, as they fail with ENOSPC on a full disk; unlike a
// read-only folder this holds for root too. The limit covers the whole process, so keep it short.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
        : m_previousHandler(std::signal(SIGXFSZ, SIG_IGN))
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit small = m_saved;
        small.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &small);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    void (*m_previousHandler)(int);
    rlimit m_saved {};
};
#endif

} // namespace

class TestMessageSpool : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void goesToDiskOnlyPastTheMemoryLimit_data();
    void goesToDiskOnlyPastTheMemoryLimit();
    void readerReturnsExactBytes_data();
    void readerReturnsExactBytes();
    void headReturnsFirstBytes_data();
    void headReturnsFirstBytes();
    void saveToPutsBodyAtPathAndLeavesNothingBehind_data();
    void saveToPutsBodyAtPathAndLeavesNothingBehind();
    void saveToReplacesAnExistingFile_data();
    void saveToReplacesAnExistingFile();
    void saveToUnreachablePathFailsWithReason_data();
    void saveToUnreachablePathFailsWithReason();
    void destructorRemovesUnsavedSpoolFile();
    void failsWhenSpoolFileCannotBeCreated();
    void writeErrorMakesThisAndLaterAppendsFail();
    void writeErrorDuringSaveLeavesNoFile();

private:
    [[nodiscard]] QString spoolDir() const { return m_dir->filePath(QStringLiteral("spool")); }
    [[nodiscard]] QStringList spoolFiles() const
    {
        return QDir(spoolDir()).entryList(QDir::Files | QDir::Hidden);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMessageSpool::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("spool")));
}

void TestMessageSpool::cleanup()
{
    m_dir.reset();
}

void TestMessageSpool::goesToDiskOnlyPastTheMemoryLimit_data()
{
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("chunk");
    QTest::addColumn<bool>("onDisk");

    QTest::newRow("empty body") << qint64(0) << 0 << 1 << false;
    QTest::newRow("well below") << qint64(1000) << 10 << 10 << false;
    QTest::newRow("exactly at the limit") << qint64(100) << 100 << 7 << false;
    QTest::newRow("one byte past") << qint64(100) << 101 << 7 << true;
    QTest::newRow("one big chunk past") << qint64(100) << 5000 << 5000 << true;
    QTest::newRow("zero limit") << qint64(0) << 1 << 1 << true;
}

void TestMessageSpool::goesToDiskOnlyPastTheMemoryLimit()
{
    QFETCH(qint64, limit);
    QFETCH(int, size);
    QFETCH(int, chunk);
    QFETCH(bool, onDisk);

    MessageSpool spool(spoolDir(), limit);
    appendInChunks(spool, sampleBody(size), chunk);
    QCOMPARE(spool.size(), size);
    QCOMPARE(spool.isOnDisk(), onDisk);
    QCOMPARE(spoolFiles().size(), onDisk ? 1 : 0);
    QVERIFY(!spool.hasFailed());
    if (onDisk)
        QCOMPARE(QFileInfo(QDir(spoolDir()).filePath(spoolFiles().first())).size(), size);
}

void TestMessageSpool::readerReturnsExactBytes_data()
{
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<int>("size");

    QTest::newRow("in memory") << qint64(1 << 20) << 5000;
    QTest::newRow("on disk") << qint64(64) << 5000;
    QTest::newRow("several megabytes on disk") << qint64(4096) << (3 << 20) + 17;
}

void TestMessageSpool::readerReturnsExactBytes()
{
    QFETCH(qint64, limit);
    QFETCH(int, size);

    const QByteArray body = sampleBody(size);
    MessageSpool spool(spoolDir(), limit);
    appendInChunks(spool, body, 4093);
    QCOMPARE(spool.isOnDisk(), size > limit);
    const std::unique_ptr<QIODevice> reader = spool.openReader();
    QVERIFY(reader);
    QVERIFY(reader->isOpen());
    QVERIFY(reader->readAll() == body);
    // Each reader starts at the beginning, independent of the others.
    QVERIFY(spool.openReader()->read(10) == body.left(10));
}

void TestMessageSpool::headReturnsFirstBytes_data()
{
    QTest::addColumn<qint64>("limit");
    QTest::newRow("in memory") << qint64(1 << 20);
    QTest::newRow("on disk") << qint64(10);
}

void TestMessageSpool::headReturnsFirstBytes()
{
    QFETCH(qint64, limit);
    const QByteArray body = sampleBody(1000);
    MessageSpool spool(spoolDir(), limit);
    QVERIFY(spool.append(body));
    QVERIFY(spool.head(100) == body.left(100));
    QVERIFY(spool.head(5000) == body);
    QVERIFY(spool.head(0).isEmpty());
}

void TestMessageSpool::saveToPutsBodyAtPathAndLeavesNothingBehind_data()
{
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<int>("size");
    QTest::newRow("in memory") << qint64(1 << 20) << 3000;
    QTest::newRow("on disk") << qint64(100) << 3000;
    QTest::newRow("empty") << qint64(100) << 0;
}

void TestMessageSpool::saveToPutsBodyAtPathAndLeavesNothingBehind()
{
    QFETCH(qint64, limit);
    QFETCH(int, size);

    const QByteArray body = sampleBody(size);
    const QString target = m_dir->filePath(QStringLiteral("1.eml"));
    {
        MessageSpool spool(spoolDir(), limit);
        appendInChunks(spool, body, 999);
        QVERIFY2(spool.saveTo(target), qPrintable(spool.errorString()));
        QVERIFY(!spool.hasFailed());
        QVERIFY(readFile(target) == body);
        QVERIFY(spoolFiles().isEmpty());
        // The body stays readable once it has moved.
        QVERIFY(spool.openReader()->readAll() == body);
    }
    QVERIFY(readFile(target) == body); // the destructor leaves a saved body alone
    QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
}

void TestMessageSpool::saveToReplacesAnExistingFile_data()
{
    headReturnsFirstBytes_data();
}

void TestMessageSpool::saveToReplacesAnExistingFile()
{
    QFETCH(qint64, limit);
    const QString target = m_dir->filePath(QStringLiteral("1.eml"));
    QFile stale(target);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write(QByteArray(5000, 'x'));
    stale.close();

    const QByteArray body = sampleBody(200);
    MessageSpool spool(spoolDir(), limit);
    QVERIFY(spool.append(body));
    QVERIFY2(spool.saveTo(target), qPrintable(spool.errorString()));
    QVERIFY(readFile(target) == body);
}

void TestMessageSpool::saveToUnreachablePathFailsWithReason_data()
{
    headReturnsFirstBytes_data();
}

void TestMessageSpool::saveToUnreachablePathFailsWithReason()
{
    QFETCH(qint64, limit);
    const QString target = m_dir->filePath(QStringLiteral("missing/folder/1.eml"));
    {
        MessageSpool spool(spoolDir(), limit);
        QVERIFY(spool.append(sampleBody(200)));
        QVERIFY(!spool.saveTo(target));
        QVERIFY(spool.hasFailed());
        QVERIFY(!spool.errorString().isEmpty());
        QVERIFY(!spool.append("more"));
        QVERIFY(!QFile::exists(target));
    }
    QVERIFY(spoolFiles().isEmpty());
}

void TestMessageSpool::destructorRemovesUnsavedSpoolFile()
{
    {
        MessageSpool spool(spoolDir(), 10);
        QVERIFY(spool.append(sampleBody(100)));
        QVERIFY(spool.isOnDisk());
        QCOMPARE(spoolFiles().size(), 1);
    }
    QVERIFY(spoolFiles().isEmpty());
}

void TestMessageSpool::failsWhenSpoolFileCannotBeCreated()
{
    // A folder below a regular file cannot exist, even for root.
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    MessageSpool spool(blocker + QStringLiteral("/spool"), 10);
    QVERIFY(spool.append("0123456789")); // still fits in memory
    QVERIFY(!spool.hasFailed());
    QVERIFY(!spool.append("past the limit"));
    QVERIFY(spool.hasFailed());
    QVERIFY(!spool.errorString().isEmpty());
    QVERIFY(!spool.append("x"));
    QVERIFY(!spool.saveTo(m_dir->filePath(QStringLiteral("1.eml"))));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("1.eml"))));
}

void TestMessageSpool::writeErrorMakesThisAndLaterAppendsFail()
{
#ifdef Q_OS_LINUX
    bool appended = false;
    bool failed = false;
    bool laterRefused = false;
    QString error;
    {
        const FileSizeLimit limit(4096);
        MessageSpool spool(spoolDir(), 100);
        appended = spool.append(sampleBody(1000));
        failed = !spool.append(sampleBody(8000)) && spool.hasFailed();
        error = spool.errorString();
        laterRefused = !spool.append("x") && spool.size() == 1000;
    }
    QVERIFY(appended);
    QVERIFY(failed);
    QCOMPARE(error, QString::fromLocal8Bit(std::strerror(EFBIG)));
    QVERIFY(laterRefused);
    QVERIFY(spoolFiles().isEmpty());
#else
    QSKIP("needs RLIMIT_FSIZE");
#endif
}

void TestMessageSpool::writeErrorDuringSaveLeavesNoFile()
{
#ifdef Q_OS_LINUX
    const QString target = m_dir->filePath(QStringLiteral("1.eml"));
    bool saved = true;
    QString error;
    {
        MessageSpool spool(spoolDir(), 1 << 20);
        QVERIFY(spool.append(sampleBody(8000)));
        const FileSizeLimit limit(4096);
        saved = spool.saveTo(target);
        error = spool.errorString();
    }
    QVERIFY(!saved);
    QCOMPARE(error, QString::fromLocal8Bit(std::strerror(EFBIG)));
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
#else
    QSKIP("needs RLIMIT_FSIZE");
#endif
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestMessageSpool)
#include "tst_messagespool.moc"
