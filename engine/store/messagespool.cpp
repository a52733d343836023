#include "store/messagespool.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <atomic>
#include <filesystem>
#include <system_error>

namespace Mailscope {

namespace {

constexpr qint64 CopyChunk = 1024 * 1024;

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

// A short write sets no error, so the rest is written again: that write fails with the reason.
bool writeAll(QFile &file, const char *data, qint64 size)
{
    for (qint64 written = 0; written < size;) {
        const qint64 n = file.write(data + written, size - written);
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

// Replaces `to` in one step, so readers see either the old file or the whole new one.
bool renameOver(const QString &from, const QString &to, QString *error)
{
    std::error_code ec;
    std::filesystem::rename(fsPath(from), fsPath(to), ec);
    if (ec && error)
        *error = QString::fromLocal8Bit(ec.message());
    return !ec;
}

// Written under "<path>.part" first, so a half-written body never appears under its final name.
bool copyToFile(QIODevice &source, const QString &path, QString *error)
{
    const QString partPath = path + QStringLiteral(".part");
    QFile out(partPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        *error = out.errorString();
        return false;
    }
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(CopyChunk);
        if (chunk.isEmpty() || !writeAll(out, chunk.constData(), chunk.size())) {
            *error = chunk.isEmpty() ? source.errorString() : out.errorString();
            out.remove();
            return false;
        }
    }
    out.close();
    if (!renameOver(partPath, path, error)) {
        QFile::remove(partPath);
        return false;
    }
    return true;
}

QString uniqueSpoolName(const QString &dir)
{
    static std::atomic<quint64> counter { 0 };
    return dir
        + QStringLiteral("/spool-%1-%2-%3.tmp")
              .arg(QCoreApplication::applicationPid())
              .arg(++counter)
              .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

} // namespace

MessageSpool::MessageSpool(const QString &spoolDir, qint64 memoryLimit)
    : m_spoolDir(spoolDir.isEmpty() ? QDir::tempPath() : spoolDir)
    , m_memoryLimit(qMax<qint64>(0, memoryLimit))
{
}

MessageSpool::~MessageSpool()
{
    if (m_file && !m_saved) {
        m_file->close();
        m_file->remove();
    }
}

bool MessageSpool::fail(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error.isEmpty() ? QStringLiteral("Unknown write error") : error;
    return false;
}

bool MessageSpool::append(const char *data, qint64 size)
{
    if (hasFailed())
        return false;
    if (size <= 0)
        return true;
    if (!m_file && m_size + size > m_memoryLimit && !spillToDisk())
        return false;
    if (m_file) {
        if (!writeToFile(data, size))
            return false;
    } else {
        m_memory.append(data, size);
    }
    m_size += size;
    return true;
}

bool MessageSpool::writeToFile(const char *data, qint64 size)
{
    if (m_saved)
        return fail(QStringLiteral("The body was already stored"));
    // Unbuffered: a full disk shows up at this append, not at some later flush.
    return writeAll(*m_file, data, size) || fail(m_file->errorString());
}

bool MessageSpool::spillToDisk()
{
    auto file = std::make_unique<QFile>();
    for (int attempt = 0; attempt < 8; ++attempt) {
        file->setFileName(uniqueSpoolName(m_spoolDir));
        if (file->open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered))
            break;
        if (file->error() != QFileDevice::OpenError || !file->exists())
            return fail(file->errorString());
    }
    if (!file->isOpen())
        return fail(file->errorString());
    m_file = std::move(file);
    if (!m_memory.isEmpty() && !writeToFile(m_memory.constData(), m_memory.size()))
        return false;
    m_memory = QByteArray(); // release it: the file holds the body from now on
    return true;
}

QByteArray MessageSpool::head(qint64 maxBytes) const
{
    if (!m_file)
        return m_memory.left(maxBytes);
    QFile file(m_file->fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(maxBytes);
}

std::unique_ptr<QIODevice> MessageSpool::openReader() const
{
    if (!m_file) {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(m_memory);
        buffer->open(QIODevice::ReadOnly);
        return buffer;
    }
    // Left closed if it cannot be opened, so the caller finds the reason in errorString().
    auto file = std::make_unique<QFile>(m_file->fileName());
    file->open(QIODevice::ReadOnly);
    return file;
}

bool MessageSpool::saveTo(const QString &path)
{
    if (hasFailed())
        return false;
    QString error;
    if (!m_file) {
        QBuffer buffer(&m_memory);
        buffer.open(QIODevice::ReadOnly);
        return copyToFile(buffer, path, &error) || fail(error);
    }
    if (m_saved)
        return fail(QStringLiteral("The body was already stored"));
    m_file->close();
    const QString spoolPath = m_file->fileName();
    if (!renameOver(spoolPath, path, &error)) {
        // e.g. another file system
        QFile source(spoolPath);
        if (!source.open(QIODevice::ReadOnly))
            return fail(source.errorString());
        if (!copyToFile(source, path, &error))
            return fail(error);
        source.remove();
    }
    m_file->setFileName(path);
    m_saved = true;
    return true;
}

} // namespace Mailscope
