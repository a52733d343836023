// An SMTP server in a Qt program: recipients outside example.com are refused after
// an asynchronous check (a timer standing in for a database look-up).
#include "smtp/smtpserver.h"
#include "store/messagestore.h"

#include <QCoreApplication>
#include <QTimer>
#include <cstdio>

using namespace Mailscope;

class RecipientCheck : public SessionHandler {
public:
    void checkRcptTo(const SessionInfo &, const Envelope &, const Recipient &recipient, VerdictCallback done) override
    {
        const bool known = recipient.address.endsWith(QLatin1String("@example.com"), Qt::CaseInsensitive);
        QTimer::singleShot(20, [known, done] {
            done(known ? Verdict::accept() : Verdict::withReply(Reply(550, "5.1.1", "No such user here")));
        });
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    MessageStore store; // ":memory:" unless opened on a folder
    if (!store.open(QStringLiteral(":memory:")))
        return 1;
    ServerSettings settings;
    const quint16 port = argc > 1 ? quint16(QByteArray(argv[1]).toUShort()) : 2525; // 0: any free port
    settings.listeners = { ListenerConfig { Protocol::Smtp, QStringLiteral("127.0.0.1"), port } };
    SmtpServer server(&store);
    RecipientCheck check;
    server.setHandler(&check);
    QString error;
    if (!server.setSettings(settings) || !server.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    std::printf("listening on port %d\n", server.listeners().constFirst().config.port);
    std::fflush(stdout);
    QObject::connect(&store, &MessageStore::messageAdded, [](qint64 id) {
        std::printf("stored message %lld\n", static_cast<long long>(id));
        std::fflush(stdout);
    });
    return app.exec();
}
