#include "sessionpage.h"

#include "messagepage.h"
#include "reporthtml.h"

#include "store/messagestore.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>

namespace Mailscope::Report {

namespace {

void writeFact(QTextStream& out, const QString& name, const QString& valueHtml)
{
    if (!valueHtml.isEmpty())
        out << "<tr><th>" << escape(name) << "</th><td>" << valueHtml << "</td></tr>\n";
}

void writeFacts(QTextStream& out, const SessionInfo& session, const QList<qint64>& messageIds)
{
    out << "<table class=\"facts\">\n";
    writeFact(out, QStringLiteral("Listener"), escape(session.listener));
    QString peer = escape(peerText(session));
    if (!session.clientHostName.isEmpty())
        peer += QStringLiteral(" (") + escape(session.clientHostName) + u')';
    writeFact(out, QStringLiteral("Client"), peer);
    writeFact(out, QStringLiteral("Started"), escape(formatTime(session.started)));
    writeFact(out, QStringLiteral("Ended"), escape(formatTime(session.ended)));
    if (!session.heloName.isEmpty())
        writeFact(out,
            QString::fromLatin1(
                session.openingCommand.isEmpty() ? QByteArray("HELO") : session.openingCommand),
            escape(session.heloName));
    writeFact(out, QStringLiteral("Protocol"), escape(session.transmissionType));
    if (session.tls.active) {
        QStringList tls { tlsSummary(session), session.tls.cipher };
        if (!session.tls.serverName.isEmpty())
            tls << QStringLiteral("SNI ") + session.tls.serverName;
        if (!session.tls.peerSubject.isEmpty())
            tls << QStringLiteral("client certificate ") + session.tls.peerSubject;
        tls.removeAll(QString());
        writeFact(out, QStringLiteral("TLS"), escape(tls.join(QStringLiteral(", "))));
    }
    if (!session.authUser.isEmpty())
        writeFact(out, QStringLiteral("AUTH"),
            escape(session.authUser + QStringLiteral(" (") + session.authMechanism + u')'));
    for (auto it = session.forwarded.cbegin(); it != session.forwarded.cend(); ++it)
        writeFact(out, QStringLiteral("Forwarded ") + it.key(), escape(it.value()));
    writeFact(out, QStringLiteral("Bytes"),
        escape(QStringLiteral("%1 in, %2 out").arg(session.bytesIn).arg(session.bytesOut)));
    QStringList links;
    for (const qint64 id : messageIds)
        links << QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(href(QStringLiteral("../messages/") + messagePageName(id)))
                     .arg(id);
    writeFact(out, QStringLiteral("Messages"),
        links.isEmpty() ? QStringLiteral("none") : links.join(QStringLiteral(", ")));
    out << "</table>\n";
}

const char* directionClass(TranscriptLine::Direction direction)
{
    switch (direction) {
    case TranscriptLine::Direction::Client:
        return "client";
    case TranscriptLine::Direction::Server:
        return "server";
    case TranscriptLine::Direction::Note:
        break;
    }
    return "note";
}

// The window's markers: C▶ the client, ◀S the server, — a note.
const char* directionMarker(TranscriptLine::Direction direction)
{
    switch (direction) {
    case TranscriptLine::Direction::Client:
        return "C\u25B6";
    case TranscriptLine::Direction::Server:
        return "\u25C0S";
    case TranscriptLine::Direction::Note:
        break;
    }
    return "\u2014";
}

void writeTranscript(QTextStream& out, const QList<TranscriptLine>& lines, const QSet<qint64>& messageIds)
{
    out << "<h2>Transcript</h2>\n";
    if (lines.isEmpty()) {
        out << "<p class=\"empty\">No lines were recorded.</p>\n";
        return;
    }
    static const QRegularExpression storedNote(QStringLiteral("^\\[message stored as (\\d+)\\]$"));
    out << "<table class=\"transcript mono\"><tbody>\n";
    for (const TranscriptLine& line : lines) {
        const QString text = QString::fromUtf8(line.text);
        QString textHtml = escape(text);
        if (line.direction == TranscriptLine::Direction::Note) {
            const QRegularExpressionMatch match = storedNote.match(text);
            if (match.hasMatch() && messageIds.contains(match.captured(1).toLongLong()))
                textHtml = QStringLiteral("<a href=\"%1\">%2</a>")
                               .arg(href(QStringLiteral("../messages/")
                                        + messagePageName(match.captured(1).toLongLong())),
                                   textHtml);
        }
        out << "<tr class=\"" << directionClass(line.direction) << "\"><td class=\"time\">"
            << line.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")) << "</td><td class=\"dir\">"
            << QString::fromUtf8(directionMarker(line.direction)) << "</td><td class=\"line\">" << textHtml
            << "</td></tr>\n";
    }
    out << "</tbody></table>\n";
}

} // namespace

QString sessionPagePath(const QString& sessionId)
{
    return QStringLiteral("sessions/") + sessionFileStem(sessionId) + QStringLiteral(".html");
}

QString tlsSummary(const SessionInfo& session)
{
    if (!session.tls.active)
        return QString();
    const QString version = session.tls.protocol.isEmpty() ? QStringLiteral("TLS") : session.tls.protocol;
    return session.tls.implicit ? version + QStringLiteral(" (implicit)")
                                : version + QStringLiteral(" (STARTTLS)");
}

QString peerText(const SessionInfo& session)
{
    const QString address = session.remoteAddress.toString();
    if (address.isEmpty())
        return QString();
    return (address.contains(u':') ? u'[' + address + u']' : address) + u':'
        + QString::number(session.remotePort);
}

QString writeSessionPage(const MessageStore& store, const SessionInfo& session, const QDir& sessionsDir)
{
    QString error;
    PageFile page(sessionsDir.filePath(sessionFileStem(session.id) + QStringLiteral(".html")));
    if (!page.open(&error))
        return error;
    const QList<qint64> messageIds = store.messageIdsForSession(session.id);
    QTextStream& out = page.out();
    const QString title = QStringLiteral("Session ") + session.id;
    writePageStart(out, title, QStringLiteral("../report.css"));
    out << "<nav><a href=\"../index.html#sessions\">← All sessions</a></nav>\n<h1>" << escape(title)
        << "</h1>\n";
    writeFacts(out, session, messageIds);
    writeTranscript(out, store.transcript(session.id), QSet<qint64>(messageIds.cbegin(), messageIds.cend()));
    writePageEnd(out);
    (void)page.commit(&error);
    return error;
}

} // namespace Mailscope::Report
