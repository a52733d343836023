#include "smtp/bodystream.h"

#include <cstring>

namespace Mailscope {

BodyStream::BodyStream(QObject *parent)
    : QIODevice(parent)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void BodyStream::push(const QByteArray &bytes)
{
    if (m_finished || bytes.isEmpty())
        return;
    m_buffer.append(bytes);
    Q_EMIT readyRead();
}

void BodyStream::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT readChannelFinished();
}

qint64 BodyStream::bytesAvailable() const { return m_buffer.size() + QIODevice::bytesAvailable(); }

bool BodyStream::atEnd() const { return m_finished && m_buffer.isEmpty(); }

qint64 BodyStream::readData(char *data, qint64 maxSize)
{
    if (m_buffer.isEmpty())
        return m_finished ? -1 : 0;
    const qint64 count = qMin<qint64>(maxSize, m_buffer.size());
    std::memcpy(data, m_buffer.constData(), size_t(count));
    m_buffer.remove(0, count);
    return count;
}

qint64 BodyStream::writeData(const char *, qint64) { return -1; }

} // namespace Mailscope
