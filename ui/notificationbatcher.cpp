#include "notificationbatcher.h"

#include <algorithm>

namespace Mailscope {

NotificationBatcher::NotificationBatcher(QObject* parent)
    : QObject(parent)
{
    m_quiet.setSingleShot(true);
    connect(&m_quiet, &QTimer::timeout, this, &NotificationBatcher::finish);
}

void NotificationBatcher::setDelays(int quietMs, int longestMs)
{
    m_quietMs = quietMs;
    m_longestMs = longestMs;
}

void NotificationBatcher::add(qint64 messageId)
{
    if (m_count == 0)
        m_since.start();
    ++m_count;
    m_newest.prepend(messageId);
    if (m_newest.size() > NewestKept)
        m_newest.removeLast();
    // The quiet time never stretches a batch past its longest wait.
    const qint64 left = m_longestMs - m_since.elapsed();
    m_quiet.start(int(std::clamp<qint64>(left, 0, m_quietMs)));
}

void NotificationBatcher::clear()
{
    m_quiet.stop();
    m_count = 0;
    m_newest.clear();
}

void NotificationBatcher::finish()
{
    if (m_count == 0)
        return;
    const int count = m_count;
    const QList<qint64> newest = m_newest;
    clear();
    Q_EMIT batchReady(count, newest);
}

} // namespace Mailscope
