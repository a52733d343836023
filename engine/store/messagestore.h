#pragma once

#include "mime/parsedmessage.h"
#include "smtp/envelope.h"
#include "smtp/sessioninfo.h"
#include "smtp/transcriptline.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace Mailscope {

class MessageSpool;

struct StoredMessage {
    qint64 id = 0;
    QString sessionId;
    QDateTime received;
    qint64 size = 0;
    Envelope envelope;
    QString subject; // decoded Subject, empty if none
    QString heloName;
    QString remoteAddress;
    QString transmissionType;
    QString authUser; // the session's AUTH identity when the message came in
    // The summary read from the message when it arrived (best effort; empty when unreadable).
    MailAddress from;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QDateTime date; // the Date header
    QString messageId;
    QString snippet; // the start of the text a reader sees
    int attachmentCount = 0;
    bool isRead = false;
    QStringList tags; // sorted
};

// One page of messages matching a search, and how many match in all.
struct SearchResult {
    QList<StoredMessage> messages; // newest first
    int total = 0;
};

// Messages (raw bytes as files + an SQLite index), sessions and transcripts.
// A message is committed before the server answers 250 for it.
class MessageStore : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageStore)
public:
    explicit MessageStore(QObject *parent = nullptr);
    ~MessageStore() override;

    // `location` is a folder (created if missing, kept across runs) or ":memory:"
    // (a throwaway store in a temporary folder, removed on close).
    [[nodiscard]] bool open(const QString &location, QString *errorMessage = nullptr);
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] bool isPersistent() const;
    [[nodiscard]] QString folder() const;

    void setRetentionLimit(int newestMessages); // 0 keeps everything
    [[nodiscard]] int retentionLimit() const;
    void setSpoolMemoryLimit(qint64 bytes);

    [[nodiscard]] std::unique_ptr<MessageSpool> createSpool() const;

    struct AddResult {
        qint64 id = 0;
        QString error;
        [[nodiscard]] bool ok() const { return id > 0; }
    };
    // Commits the body, its envelope and its summary (read with GMime; a message that
    // cannot be read is stored all the same); on failure nothing is kept.
    [[nodiscard]] AddResult addMessage(
        MessageSpool &body, const Envelope &envelope, const SessionInfo &session);
    using AddCallback = std::function<void(const AddResult &result)>;
    // The same as addMessage, as a group commit: the messages queued in one turn of the event
    // loop (from any number of sessions) go into one transaction, and each `done` runs only
    // after that commit, so that a 250 sent from it always names a stored message. The store
    // keeps the body until then.
    void queueMessage(std::unique_ptr<MessageSpool> body, const Envelope &envelope,
        const SessionInfo &session, AddCallback done);
    // Commits the queued messages now (closing the store does too).
    void commitQueued();

    [[nodiscard]] int messageCount() const;
    [[nodiscard]] std::optional<StoredMessage> message(qint64 id) const;
    [[nodiscard]] QList<StoredMessage> messages(int offset = 0, int limit = -1) const; // newest first
    [[nodiscard]] QList<qint64> messageIdsForSession(const QString &sessionId) const;
    [[nodiscard]] QString rawFilePath(qint64 id) const;
    [[nodiscard]] std::unique_ptr<QIODevice> openRaw(qint64 id) const;
    [[nodiscard]] QByteArray raw(qint64 id) const;
    bool removeMessage(qint64 id);
    void removeAllMessages();
    // Copies the raw message byte for byte (an existing file is replaced).
    bool exportMessage(qint64 id, const QString &filePath, QString *errorMessage = nullptr) const;

    // Read state and tags; each change emits messageChanged(id).
    bool setRead(qint64 id, bool read);
    bool setTags(qint64 id, const QStringList &tags); // replaces the message's tags
    bool addTag(qint64 id, const QString &tag);
    bool removeTag(qint64 id, const QString &tag);
    [[nodiscard]] QStringList tags() const; // every tag in use, sorted

    // Mailpit's query syntax (see SearchQuery): words, "phrases", from: to: subject: tag:
    // has:attachment is:read is:unread before: after:, each negated with a leading '-'.
    [[nodiscard]] SearchResult search(const QString &query, int start = 0, int limit = 50) const;
    // Whether message `id` is one `query` finds.
    [[nodiscard]] bool matches(qint64 id, const QString &query) const;

    void recordSession(const SessionInfo &session); // insert or update
    void appendTranscript(const QString &sessionId, const TranscriptLine &line);
    [[nodiscard]] std::optional<SessionInfo> session(const QString &sessionId) const;
    [[nodiscard]] int sessionCount() const;
    [[nodiscard]] QList<SessionInfo> sessions(int offset = 0, int limit = -1) const; // newest first
    [[nodiscard]] QList<TranscriptLine> transcript(const QString &sessionId) const;
    // Writes buffered transcript lines and session updates now.
    void flush();

Q_SIGNALS:
    void messageAdded(qint64 id);
    void messageRemoved(qint64 id);
    void messageChanged(qint64 id); // read state or tags
    void allMessagesRemoved(); // by removeAllMessages(), after each removal was announced
    void errorOccurred(const QString &message);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Mailscope
