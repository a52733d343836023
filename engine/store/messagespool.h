#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

class QIODevice;
class QFile;

namespace Mailscope {

// The body of one incoming message while it arrives: kept in memory up to a
// limit, then streamed to a file in the store's spool folder, so a large
// message never sits whole in memory.
class MessageSpool {
public:
    MessageSpool(const QString &spoolDir, qint64 memoryLimit);
    ~MessageSpool(); // removes a spool file nobody took
    MessageSpool(const MessageSpool &) = delete;
    MessageSpool &operator=(const MessageSpool &) = delete;

    // False once a write failed (e.g. a full disk); later appends are dropped.
    bool append(const char *data, qint64 size);
    bool append(const QByteArray &bytes) { return append(bytes.constData(), bytes.size()); }

    [[nodiscard]] qint64 size() const { return m_size; }
    [[nodiscard]] bool hasFailed() const { return !m_error.isEmpty(); }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] bool isOnDisk() const { return m_file != nullptr; }

    // The first bytes of the body, e.g. to read its headers.
    [[nodiscard]] QByteArray head(qint64 maxBytes) const;
    // A fresh reader positioned at the start of the body.
    [[nodiscard]] std::unique_ptr<QIODevice> openReader() const;

    // For the store: moves the body to `path` (rename or write); false with errorString() on failure.
    [[nodiscard]] bool saveTo(const QString &path);

private:
    bool spillToDisk();
    bool fail(const QString &error);
    bool writeToFile(const char *data, qint64 size);

    QString m_spoolDir;
    qint64 m_memoryLimit;
    qint64 m_size = 0;
    QByteArray m_memory;
    std::unique_ptr<QFile> m_file;
    QString m_error;
    bool m_saved = false; // the file now belongs to the store
};

} // namespace Mailscope
