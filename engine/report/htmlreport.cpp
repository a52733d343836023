#include "htmlreport.h"

#include "messagepage.h"
#include "reporthtml.h"
#include "sessionpage.h"

#include "store/messagestore.h"

#include <QDir>
#include <QHash>
#include <QSet>
#include <QTimeZone>

namespace Mailscope {

using namespace Report;

namespace {

constexpr int PageSize = 200; // messages or sessions read from the store at a time

QString utcOffset(const QDateTime& time)
{
    const int seconds = time.toLocalTime().offsetFromUtc();
    return QStringLiteral("UTC%1%2:%3")
        .arg(seconds < 0 ? QStringLiteral("−") : QStringLiteral("+"))
        .arg(qAbs(seconds) / 3600, 2, 10, QLatin1Char('0'))
        .arg(qAbs(seconds) % 3600 / 60, 2, 10, QLatin1Char('0'));
}

void writeCard(QTextStream& out, const QString& value, const QString& label, const QString& cssClass = {})
{
    out << "<div class=\"card\"><div class=\"value " << cssClass << "\">" << escape(value)
        << "</div><div class=\"label\">" << escape(label) << "</div></div>\n";
}

void writeSummary(
    QTextStream& out, const MessageStore& store, const ReportContext& context, const QDateTime& generated)
{
    out << "<h1>" << escape(context.title) << "</h1>\n<p class=\"muted\">Written "
        << escape(formatTime(generated)) << " (times are " << escape(utcOffset(generated))
        << ")</p>\n<div class=\"summary\">\n";
    writeCard(out, QString::number(store.messageCount()), QStringLiteral("messages"));
    writeCard(out, QString::number(store.sessionCount()), QStringLiteral("sessions"));
    if (!context.checks.isEmpty()) {
        const auto failed = std::count_if(
            context.checks.cbegin(), context.checks.cend(), [](const ReportCheck& c) { return !c.passed; });
        writeCard(out, failed ? QStringLiteral("%1 failed").arg(failed) : QStringLiteral("all met"),
            QStringLiteral("expectations"), failed ? QStringLiteral("fail") : QStringLiteral("pass"));
    }
    if (context.exitStatus >= 0)
        writeCard(out, QString::number(context.exitStatus), QStringLiteral("exit status"),
            context.exitStatus ? QStringLiteral("fail") : QStringLiteral("pass"));
    out << "</div>\n<table class=\"facts\">\n";
    if (!context.listeners.isEmpty())
        out << "<tr><th>Listeners</th><td class=\"mono\">"
            << escape(context.listeners.join(QStringLiteral(", "))) << "</td></tr>\n";
    if (!context.command.isEmpty()) {
        out << "<tr><th>Command</th><td class=\"mono\">" << escape(context.command.join(u' '))
            << "</td></tr>\n";
        if (context.commandStatus >= 0)
            out << "<tr><th>Command status</th><td class=\"" << (context.commandStatus ? "fail" : "pass")
                << "\">" << context.commandStatus << "</td></tr>\n";
    }
    if (!context.stopReason.isEmpty())
        out << "<tr><th>Stopped</th><td>" << escape(context.stopReason) << "</td></tr>\n";
    out << "</table>\n";
    if (context.checks.isEmpty())
        return;
    out << "<h2>Expectations</h2>\n<table><thead><tr><th>Result</th><th>Expectation</th><th>Found</th></tr></"
           "thead><tbody>\n";
    for (const ReportCheck& check : context.checks)
        out << "<tr><td class=\"" << (check.passed ? "pass\">✔ met" : "fail\">✘ failed") << "</td><td>"
            << escape(check.description) << "</td><td>" << escape(check.detail) << "</td></tr>\n";
    out << "</tbody></table>\n";
}

QString addressList(const QList<MailAddress>& addresses)
{
    QStringList list;
    for (const MailAddress& address : addresses)
        list << address.toString();
    return list.join(QStringLiteral(", "));
}

bool writeMessages(const MessageStore& store, QTextStream& index, const QDir& root, ReportResult& result)
{
    index << "<h2 id=\"messages\">Messages</h2>\n";
    if (store.messageCount() == 0) {
        index << "<p class=\"empty\">No messages were captured.</p>\n";
        return true;
    }
    const QDir folder(root.filePath(QStringLiteral("messages")));
    if (!folder.mkpath(QStringLiteral("."))) {
        result.error = QStringLiteral("cannot create the folder %1").arg(folder.path());
        return false;
    }
    index << "<table><thead><tr><th>Received</th><th>From</th><th>To</th><th>Subject</th><th "
             "class=\"num\">Size</th>"
             "<th class=\"num\">Attachments</th><th></th></tr></thead><tbody>\n";
    QSet<qint64> written; // a message that arrives while the report is written shifts the pages by one
    QHash<QString, QString> sessionPages;
    for (int offset = 0;; offset += PageSize) {
        const QList<StoredMessage> page = store.messages(offset, PageSize);
        for (const StoredMessage& message : page) {
            if (written.contains(message.id))
                continue;
            written.insert(message.id);
            auto known = sessionPages.find(message.sessionId);
            if (known == sessionPages.end())
                known = sessionPages.insert(message.sessionId,
                    store.session(message.sessionId) ? sessionPagePath(message.sessionId) : QString());
            const MessagePageResult pageResult = writeMessagePage(store, message, folder, *known);
            if (!pageResult.error.isEmpty()) {
                result.error = pageResult.error;
                return false;
            }
            ++result.messages;
            const QString link = href(QStringLiteral("messages/") + messagePageName(message.id));
            const QString from
                = message.from.address.isEmpty() ? message.envelope.mailFrom : message.from.toString();
            const QString to = message.to.isEmpty()
                ? message.envelope.recipientAddresses().join(QStringLiteral(", "))
                : addressList(message.to);
            index << "<tr><td class=\"nowrap\">" << escape(formatTime(message.received)) << "</td><td>"
                  << escape(from) << "</td><td>" << escape(to) << "</td><td><a href=\"" << link << "\">"
                  << escape(message.subject.isEmpty() ? QStringLiteral("(no subject)") : message.subject)
                  << "</a></td><td class=\"num\">" << escape(formatSize(message.size))
                  << "</td><td class=\"num\">" << pageResult.attachments
                  << "</td><td class=\"nowrap\"><a href=\"" << link << "\">page</a> · <a href=\""
                  << href(QStringLiteral("messages/%1.eml").arg(message.id)) << "\">.eml</a></td></tr>\n";
        }
        if (page.size() < PageSize)
            break;
    }
    index << "</tbody></table>\n";
    return true;
}

bool writeSessions(const MessageStore& store, QTextStream& index, const QDir& root, ReportResult& result)
{
    index << "<h2 id=\"sessions\">Sessions</h2>\n";
    if (store.sessionCount() == 0) {
        index << "<p class=\"empty\">No client connected.</p>\n";
        return true;
    }
    const QDir folder(root.filePath(QStringLiteral("sessions")));
    if (!folder.mkpath(QStringLiteral("."))) {
        result.error = QStringLiteral("cannot create the folder %1").arg(folder.path());
        return false;
    }
    index << "<table><thead><tr><th>Client</th><th>Started</th><th>HELO</th><th>TLS</th><th>User</th>"
             "<th class=\"num\">Messages</th><th></th></tr></thead><tbody>\n";
    QSet<QString> written;
    for (int offset = 0;; offset += PageSize) {
        const QList<SessionInfo> page = store.sessions(offset, PageSize);
        for (const SessionInfo& session : page) {
            if (written.contains(session.id))
                continue;
            written.insert(session.id);
            result.error = writeSessionPage(store, session, folder);
            if (!result.error.isEmpty())
                return false;
            ++result.sessions;
            index << "<tr><td class=\"mono\">" << escape(peerText(session)) << "</td><td class=\"nowrap\">"
                  << escape(formatTime(session.started)) << "</td><td>" << escape(session.heloName)
                  << "</td><td>" << escape(tlsSummary(session)) << "</td><td>" << escape(session.authUser)
                  << "</td><td class=\"num\">" << session.transactionCount << "</td><td><a href=\""
                  << href(sessionPagePath(session.id)) << "\">transcript</a></td></tr>\n";
        }
        if (page.size() < PageSize)
            break;
    }
    index << "</tbody></table>\n";
    return true;
}

} // namespace

ReportResult writeHtmlReport(const MessageStore& store, const QString& folder, const ReportContext& context)
{
    ReportResult result;
    const QDir root(folder);
    if (!root.mkpath(QStringLiteral("."))) {
        result.error = QStringLiteral("cannot create the folder %1").arg(folder);
        return result;
    }
    PageFile css(root.filePath(QStringLiteral("report.css")));
    if (!css.open(&result.error))
        return result;
    css.out() << styleSheet();
    if (!css.commit(&result.error))
        return result;

    PageFile index(root.filePath(QStringLiteral("index.html")));
    if (!index.open(&result.error))
        return result;
    const QDateTime generated
        = context.generated.isValid() ? context.generated : QDateTime::currentDateTime();
    writePageStart(index.out(), context.title, QStringLiteral("report.css"));
    writeSummary(index.out(), store, context, generated);
    if (!writeMessages(store, index.out(), root, result) || !writeSessions(store, index.out(), root, result))
        return result;
    index.out()
        << "<footer>Mailscope · a static report: every link points to a file beside this page.</footer>\n";
    writePageEnd(index.out());
    (void)index.commit(&result.error);
    return result;
}

} // namespace Mailscope
