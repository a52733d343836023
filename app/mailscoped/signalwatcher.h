#pragma once

#include <QObject>

class QSocketNotifier;

namespace Mailscope {

// Turns SIGINT and SIGTERM into a Qt signal, delivered in the event loop.
class SignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Mailscope
