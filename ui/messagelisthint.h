#pragma once

#include "settings.h"

#include <QLabel>

namespace Mailscope {

// What the message list shows while it is empty: how to point an application at the server,
// with the real host and port, or that a search matched nothing.
class MessageListHint : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageListHint)

public:
    explicit MessageListHint(QWidget* parent = nullptr);

    void setListeners(const QList<ListenerConfig>& listeners, bool listening);
    void setSearching(bool searching);

private:
    void updateText();

    QList<ListenerConfig> m_listeners;
    bool m_listening = false;
    bool m_searching = false;
};

} // namespace Mailscope
