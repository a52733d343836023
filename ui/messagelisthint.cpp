#include "messagelisthint.h"

#include <QHostAddress>

namespace Mailscope {

MessageListHint::MessageListHint(QWidget* parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextFormat(Qt::RichText);
    setMargin(24);
    updateText();
}

void MessageListHint::setListeners(const QList<ListenerConfig>& listeners, bool listening)
{
    m_listeners = listeners;
    m_listening = listening;
    updateText();
}

void MessageListHint::setSearching(bool searching)
{
    m_searching = searching;
    updateText();
}

void MessageListHint::updateText()
{
    if (m_searching) {
        setText(
            tr("<p>No message matches the search.</p>"
               "<p>Try words, <tt>from:</tt>, <tt>to:</tt>, <tt>subject:</tt>, <tt>has:attachment</tt>, "
               "<tt>is:unread</tt>, <tt>before:</tt> or <tt>after:</tt>; a leading <tt>-</tt> negates.</p>"));
        return;
    }
    if (!m_listening) {
        setText(tr("<p><b>The server is stopped.</b></p><p>Start it with <i>Start</i> in the toolbar "
                   "(Ctrl+R) to receive mail.</p>"));
        return;
    }
    const ListenerConfig* smtp = nullptr;
    for (const ListenerConfig& l : m_listeners)
        if (l.protocol == Protocol::Smtp && !l.implicitTls && !smtp)
            smtp = &l;
    const ListenerConfig& shown = smtp ? *smtp : m_listeners.value(0);
    // A wildcard address listens everywhere; a client on this machine reaches it at 127.0.0.1.
    const bool wildcard = QHostAddress(shown.host) == QHostAddress::AnyIPv4
        || QHostAddress(shown.host) == QHostAddress::AnyIPv6;
    ListenerConfig reachable = shown;
    if (wildcard)
        reachable.host = QStringLiteral("127.0.0.1");
    const QString host = reachable.host.toHtmlEscaped();
    const QString port = QString::number(shown.port);
    const QString url = reachable.url().toHtmlEscaped();
    setText(tr("<h3>No mail yet</h3>"
               "<p>Point your application's SMTP settings at <b>%1</b>, port <b>%2</b>.</p>"
               "<p>Or send a test message from a terminal:</p>"
               "<p><tt>swaks --server %1:%2 --to you@example.com</tt></p>"
               "<p><tt>printf 'Subject: Hello\\r\\n\\r\\nHi\\r\\n' | curl %3 --mail-rcpt you@example.com -T "
               "-</tt></p>"
               "<p>Messages appear here as they arrive.</p>")
                .arg(host, port, url));
}

} // namespace Mailscope
