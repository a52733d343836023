#pragma once

#include <QIODevice>

namespace Mailscope {

// A message body as it arrives, for handlers that read it on the fly: a
// read-only sequential device that grows with each chunk the session pushes
// and ends with readChannelFinished().
class BodyStream : public QIODevice {
    Q_OBJECT
public:
    explicit BodyStream(QObject *parent = nullptr);

    void push(const QByteArray &bytes);
    void finish();
    [[nodiscard]] bool isFinished() const { return m_finished; }

    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 bytesAvailable() const override;
    [[nodiscard]] bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_buffer;
    bool m_finished = false;
};

} // namespace Mailscope
