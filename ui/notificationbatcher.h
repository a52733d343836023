#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace Mailscope {

// Gathers new messages into batches so that a flood makes one notification, not hundreds: a batch
// ends when no message came for `quietMs`, or `longestMs` after it began while mail keeps coming.
class NotificationBatcher : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationBatcher)

public:
    explicit NotificationBatcher(QObject* parent = nullptr);

    void setDelays(int quietMs, int longestMs);
    void add(qint64 messageId);
    // Forgets the batch being gathered (notifications were turned off).
    void clear();

    static constexpr int NewestKept = 3;

Q_SIGNALS:
    // `count` messages came; `newest` are the ids of the last few of them, newest first.
    void batchReady(int count, const QList<qint64>& newest);

private:
    void finish();

    QTimer m_quiet;
    QElapsedTimer m_since;
    int m_quietMs = 1500;
    int m_longestMs = 5000;
    int m_count = 0;
    QList<qint64> m_newest;
};

} // namespace Mailscope
