#pragma once

#include "jsonline.h"
#include "smtp/smtpserver.h"

#include <QJsonObject>
#include <QObject>

namespace Mailscope {

class MessageRelay;
class MessageStore;
class SmtpSession;

// Prints what the server does on stdout: readable log lines, or one JSON
// object per line (--json) for scripts and CI.
class EventLog : public QObject {
    Q_OBJECT
public:
    EventLog(bool json, bool transcript, QObject *parent = nullptr);

    void watch(SmtpServer *server, MessageStore *store);
    void watchRelay(MessageRelay *relay); // a "relayed" event per delivery; relay transcripts with --transcript
    void info(const QString &event, const QString &text, const QJsonObject &fields = {});
    void error(const QString &text);

private:
    void watchSession(SmtpSession *session);
    void print(const QString &event, const QString &text, const QJsonObject &fields);
    // For the events of every message and session: the text is only built for the text log.
    template <typename MakeText>
    void print(const QString &event, const MakeText &makeText, const JsonLine &fields)
    {
        if (m_json)
            writeJson(event, fields.members());
        else
            writeText(makeText());
    }
    void writeJson(const QString &event, const QByteArray &members);
    void writeText(const QString &text);

    bool m_json;
    bool m_transcript;
};

} // namespace Mailscope
