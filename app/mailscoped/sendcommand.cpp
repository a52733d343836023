// `mailscoped send`: a swaks-like command line over the engine's SMTP client.
#include "sendcommand.h"

#include "client/smtpclient.h"
#include "mime/mimecomposer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <cstdio>

namespace Mailscope {

namespace {

// The message the options describe; false with a message when a file cannot be read.
bool composeMessage(const QCommandLineParser &parser, const QString &from, const QStringList &to, QByteArray *out,
                    QString *error)
{
    MessageDraft draft;
    draft.from = { QString(), from };
    for (const QString &address : to)
        draft.to << MailAddress { QString(), address };
    draft.subject = parser.value(QStringLiteral("subject"));
    draft.text = parser.value(QStringLiteral("body"));
    draft.html = parser.value(QStringLiteral("html"));
    for (const QString &path : parser.values(QStringLiteral("attach"))) {
        const std::optional<DraftAttachment> attachment = DraftAttachment::fromFile(path, error);
        if (!attachment)
            return false;
        draft.attachments << *attachment;
    }
    *out = MimeComposer::compose(draft);
    return true;
}

bool readServer(const QString &text, ClientOptions *options, QString *error)
{
    const qsizetype colon = text.lastIndexOf(u':');
    bool ok = colon > 0;
    const uint port = ok ? text.mid(colon + 1).toUInt(&ok) : 0;
    if (!ok || port == 0 || port > 65535) {
        *error = QStringLiteral("--server needs HOST:PORT, not \"%1\"").arg(text);
        return false;
    }
    options->host = text.left(colon).remove(u'[').remove(u']');
    options->port = quint16(port);
    return true;
}

} // namespace

int runSendCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sends one message with Mailscope's SMTP client; exit status 0 "
                                                    "only when every recipient was accepted."));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("server"), QStringLiteral("Where to send (default 127.0.0.1:1025)."), QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:1025") },
        { QStringLiteral("from"), QStringLiteral("Envelope sender and From header (empty: <>)."), QStringLiteral("ADDRESS"), QStringLiteral("mailscope@localhost") },
        { QStringLiteral("to"), QStringLiteral("A recipient (repeatable)."), QStringLiteral("ADDRESS") },
        { QStringLiteral("subject"), QStringLiteral("Subject line."), QStringLiteral("TEXT"), QStringLiteral("Test message from Mailscope") },
        { QStringLiteral("body"), QStringLiteral("Plain text body."), QStringLiteral("TEXT"), QStringLiteral("This is a test message.") },
        { QStringLiteral("html"), QStringLiteral("An HTML alternative."), QStringLiteral("HTML") },
        { QStringLiteral("attach"), QStringLiteral("Attach a file (repeatable)."), QStringLiteral("FILE") },
        { QStringLiteral("eml"), QStringLiteral("Send this file as the whole message instead."), QStringLiteral("FILE") },
        { QStringLiteral("tls"), QStringLiteral("TLS from the first byte (smtps, port 465).") },
        { QStringLiteral("starttls"), QStringLiteral("Require STARTTLS (by default it is used when offered).") },
        { QStringLiteral("no-starttls"), QStringLiteral("Never use STARTTLS.") },
        { QStringLiteral("insecure"), QStringLiteral("Accept a certificate that does not verify.") },
        { QStringLiteral("lmtp"), QStringLiteral("Speak LMTP (LHLO, a reply per recipient).") },
        { QStringLiteral("helo"), QStringLiteral("Name given in EHLO."), QStringLiteral("NAME"), QStringLiteral("localhost") },
        { QStringLiteral("auth-user"), QStringLiteral("Authenticate (for XOAUTH2 the password is the token)."), QStringLiteral("USER:PASSWORD") },
        { QStringLiteral("auth-method"), QStringLiteral("PLAIN, LOGIN, CRAM-MD5 or XOAUTH2 (default: the best offered)."), QStringLiteral("NAME") },
        { QStringLiteral("no-pipelining"), QStringLiteral("One command at a time even when PIPELINING is offered.") },
        { QStringLiteral("chunking"), QStringLiteral("Send the body with BDAT when CHUNKING is offered.") },
        { QStringLiteral("quiet"), QStringLiteral("Do not print the transcript.") },
    });
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "mailscoped send: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);

    ClientOptions options;
    QString error;
    const QStringList to = parser.values(QStringLiteral("to"));
    if (!readServer(parser.value(QStringLiteral("server")), &options, &error) || to.isEmpty()) {
        std::fprintf(stderr, "mailscoped send: %s\n", to.isEmpty() ? "at least one --to is needed" : qPrintable(error));
        return 2;
    }
    options.security = parser.isSet(QStringLiteral("tls")) ? ClientOptions::Security::ImplicitTls
        : parser.isSet(QStringLiteral("starttls"))         ? ClientOptions::Security::StartTls
        : parser.isSet(QStringLiteral("no-starttls"))      ? ClientOptions::Security::None
                                                           : ClientOptions::Security::StartTlsIfOffered;
    options.acceptBadCertificates = parser.isSet(QStringLiteral("insecure"));
    options.lmtp = parser.isSet(QStringLiteral("lmtp"));
    options.heloName = parser.value(QStringLiteral("helo"));
    options.usePipelining = !parser.isSet(QStringLiteral("no-pipelining"));
    options.useChunking = parser.isSet(QStringLiteral("chunking"));
    if (parser.isSet(QStringLiteral("auth-user"))) {
        const QString credentials = parser.value(QStringLiteral("auth-user"));
        options.user = credentials.section(u':', 0, 0);
        options.password = credentials.section(u':', 1);
    }
    if (parser.isSet(QStringLiteral("auth-method"))) {
        options.mechanism = saslMechanismFromName(parser.value(QStringLiteral("auth-method")).toLatin1());
        if (!options.mechanism) {
            std::fprintf(stderr, "mailscoped send: unknown --auth-method\n");
            return 2;
        }
    }

    OutgoingMessage message { parser.value(QStringLiteral("from")), to, {} };
    if (parser.isSet(QStringLiteral("eml"))) {
        QFile file(parser.value(QStringLiteral("eml")));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "mailscoped send: cannot read %s\n", qPrintable(file.fileName()));
            return 2;
        }
        message.content = file.readAll();
    } else if (!composeMessage(parser, message.from, to, &message.content, &error)) {
        std::fprintf(stderr, "mailscoped send: %s\n", qPrintable(error));
        return 2;
    }

    SmtpClient client;
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    QObject::connect(&client, &SmtpClient::transcriptLine, [quiet](const TranscriptLine &line) {
        if (!quiet)
            std::fprintf(stderr, "%c: %s\n", TranscriptLine::directionCode(line.direction), line.text.constData());
    });
    int status = 1;
    QObject::connect(&client, &SmtpClient::finished, [&status](const QList<DeliveryResult> &results) {
        const DeliveryResult &result = results.constFirst();
        for (const DeliveryResult::RecipientResult &r : result.recipients)
            std::printf("%s <%s>: %d %s\n", r.accepted ? "accepted" : "refused", qPrintable(r.address), r.reply.code,
                        r.reply.text().constData());
        if (!result.ok())
            std::printf("failed at %s: %s\n", qPrintable(deliveryStepName(result.failedStep)), qPrintable(result.error));
        else if (result.dataReply.code)
            std::printf("sent: %d %s\n", result.dataReply.code, result.dataReply.text().constData());
        status = result.allAccepted() ? 0 : 1;
        QCoreApplication::quit();
    });
    client.send(options, { message });
    QCoreApplication::exec();
    return status;
}

} // namespace Mailscope
