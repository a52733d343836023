// SaslClientExchange: the client side of PLAIN, LOGIN, CRAM-MD5 and XOAUTH2, checked against
// RFC examples and against our own SaslServer.
#include "auth/sasl.h"
#include "auth/saslclient.h"

#include <QTest>

namespace Mailscope {

using Kind = SaslServer::Step::Kind;

class TestSaslClient : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void plainIsNulSeparatedBase64()
    {
        QCOMPARE(saslPlainResponse(QStringLiteral("ann"), QStringLiteral("secret")), QByteArray("AGFubgBzZWNyZXQ="));
        const SaslClientExchange exchange(SaslMechanism::Plain, QStringLiteral("ann"), QStringLiteral("secret"));
        QCOMPARE(exchange.command(), QByteArray("AUTH PLAIN AGFubgBzZWNyZXQ="));
        QVERIFY(exchange.commandHasSecret());
    }

    void cramMd5AnswersTheRfc2195Example()
    {
        // RFC 2195 section 2: tim / tanstaaftanstaaf.
        const QByteArray challenge = QByteArray("<1896.697170952@postoffice.reston.mci.net>").toBase64();
        const QByteArray answer = saslCramMd5Response(challenge, QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"));
        QCOMPARE(QByteArray::fromBase64(answer), QByteArray("tim b913a602c7eda7a495b4e6e7334d3890"));
    }

    void loginAnswersUserThenPassword()
    {
        SaslClientExchange exchange(SaslMechanism::Login, QStringLiteral("ann"), QStringLiteral("pw"));
        QCOMPARE(exchange.command(), QByteArray("AUTH LOGIN"));
        QVERIFY(!exchange.commandHasSecret());
        QCOMPARE(exchange.respond("VXNlcm5hbWU6"), QByteArray("YW5u"));
        QVERIFY(!exchange.lastResponseHasSecret());
        QCOMPARE(exchange.respond("UGFzc3dvcmQ6"), QByteArray("cHc="));
        QVERIFY(exchange.lastResponseHasSecret());
        QCOMPARE(exchange.respond("UGFzc3dvcmQ6"), QByteArray("*")); // a third question cancels
    }

    void xoauth2ErrorChallengeGetsAnEmptyLine()
    {
        SaslClientExchange exchange(SaslMechanism::XOAuth2, QStringLiteral("ann"), QStringLiteral("tok"));
        QCOMPARE(exchange.respond(QByteArray("{\"status\":\"401\"}").toBase64()), QByteArray());
    }

    void eachMechanismIsAcceptedByOurServer_data()
    {
        QTest::addColumn<int>("mechanism");
        for (SaslMechanism m : AllSaslMechanisms)
            QTest::newRow(saslMechanismName(m).constData()) << int(m);
    }

    void eachMechanismIsAcceptedByOurServer()
    {
        QFETCH(int, mechanism);
        const auto m = SaslMechanism(mechanism);
        SaslClientExchange client(m, QStringLiteral("ann"), QStringLiteral("p\u00e4ss"));
        SaslServer server(m, "mx.test");
        const QByteArray command = client.command();
        const qsizetype space = command.indexOf(' ', 5);
        SaslServer::Step step = server.start(space < 0 ? std::nullopt
                                                       : std::optional(QByteArray::fromBase64(command.mid(space + 1))));
        for (int rounds = 0; step.kind == Kind::Challenge && rounds < 3; ++rounds)
            step = server.respond(QByteArray::fromBase64(client.respond(step.challenge.toBase64())));
        QCOMPARE(step.kind, Kind::Done);
        QCOMPARE(server.credentials().user, QStringLiteral("ann"));
        QVERIFY(server.credentials().matches(QStringLiteral("p\u00e4ss")));
        QVERIFY(!server.credentials().matches(QStringLiteral("pass")));
    }
};

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestSaslClient)
#include "tst_saslclient.moc"
