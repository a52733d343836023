// SaslServer: the server side of PLAIN (RFC 4616), LOGIN, CRAM-MD5 (RFC 2195) and XOAUTH2.
#include "auth/sasl.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTest>

namespace Mailscope {

using Kind = SaslServer::Step::Kind;

class TestSasl : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void namesMechanismsInAnyCase()
    {
        for (SaslMechanism m : AllSaslMechanisms)
            QCOMPARE(saslMechanismFromName(saslMechanismName(m).toLower()), m);
        QCOMPARE(saslMechanismFromName("cram-md5"), SaslMechanism::CramMd5);
        QVERIFY(!saslMechanismFromName("NTLM"));
        QVERIFY(!saslMechanismFromName(""));
    }

    void plainWithInitialResponse()
    {
        SaslServer server(SaslMechanism::Plain, "mx.test");
        const auto step = server.start(QByteArray("admin\0alice\0s3cret", 18));
        QCOMPARE(step.kind, Kind::Done);
        QCOMPARE(server.credentials().authorizationId, QStringLiteral("admin"));
        QCOMPARE(server.credentials().user, QStringLiteral("alice"));
        QVERIFY(server.credentials().matches(QStringLiteral("s3cret")));
        QVERIFY(!server.credentials().matches(QStringLiteral("s3cret ")));
    }

    void plainAsksWithAnEmptyChallenge()
    {
        SaslServer server(SaslMechanism::Plain, "mx.test");
        const auto first = server.start(std::nullopt);
        QCOMPARE(first.kind, Kind::Challenge);
        QVERIFY(first.challenge.isEmpty());
        QVERIFY(server.expectsSecret());
        QCOMPARE(server.respond(QByteArray("\0bob\0pw", 7)).kind, Kind::Done);
        QCOMPARE(server.credentials().user, QStringLiteral("bob"));
    }

    void plainRejectsMalformedResponses_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::newRow("no NUL") << QByteArray("alice");
        QTest::newRow("one NUL") << QByteArray("alice\0pw", 8);
        QTest::newRow("empty user") << QByteArray("\0\0pw", 4);
        QTest::newRow("three NULs") << QByteArray("\0a\0b\0c", 6);
        QTest::newRow("empty") << QByteArray("");
    }

    void plainRejectsMalformedResponses()
    {
        QFETCH(QByteArray, response);
        SaslServer server(SaslMechanism::Plain, "mx.test");
        const auto step = server.start(response);
        QCOMPARE(step.kind, Kind::Malformed);
        QVERIFY(!step.error.isEmpty());
    }

    void loginAsksForUserThenPassword()
    {
        SaslServer server(SaslMechanism::Login, "mx.test");
        const auto first = server.start(std::nullopt);
        QCOMPARE(first.challenge, QByteArray("Username:"));
        QVERIFY(!server.expectsSecret());
        QCOMPARE(server.respond("carol").challenge, QByteArray("Password:"));
        QVERIFY(server.expectsSecret());
        QCOMPARE(server.respond("").kind, Kind::Done); // an empty password is still an answer
        QCOMPARE(server.credentials().user, QStringLiteral("carol"));
        QVERIFY(server.credentials().matches(QString()));
    }

    void loginTakesTheUserAsInitialResponse()
    {
        SaslServer server(SaslMechanism::Login, "mx.test");
        QCOMPARE(server.start(QByteArray("dave")).challenge, QByteArray("Password:"));
        QCOMPARE(server.respond("pw").kind, Kind::Done);
        QCOMPARE(server.credentials().user, QStringLiteral("dave"));
    }

    void cramMd5VerifiesTheDigest()
    {
        SaslServer server(SaslMechanism::CramMd5, "mx.test");
        const auto first = server.start(std::nullopt);
        QCOMPARE(first.kind, Kind::Challenge);
        QVERIFY(first.challenge.startsWith('<') && first.challenge.endsWith("@mx.test>"));
        const QByteArray digest
            = QMessageAuthenticationCode::hash(first.challenge, "tanstaaftanstaaf", QCryptographicHash::Md5).toHex();
        QCOMPARE(server.respond("tim " + digest).kind, Kind::Done);
        QCOMPARE(server.credentials().user, QStringLiteral("tim"));
        QVERIFY(server.credentials().matches(QStringLiteral("tanstaaftanstaaf")));
        QVERIFY(!server.credentials().matches(QStringLiteral("other")));
        QVERIFY(!server.expectsSecret());

        SaslServer second(SaslMechanism::CramMd5, "mx.test");
        QVERIFY(second.start(std::nullopt).challenge != first.challenge); // unique per exchange
        QCOMPARE(second.respond("nodigest").kind, Kind::Malformed);
        SaslServer third(SaslMechanism::CramMd5, "mx.test");
        QCOMPARE(third.start(QByteArray("x")).kind, Kind::Malformed);
    }

    void xoauth2ReadsUserAndToken()
    {
        SaslServer server(SaslMechanism::XOAuth2, "mx.test");
        QCOMPARE(server.start(QByteArray("user=someone@example.com\x01" "auth=Bearer ya29.token\x01\x01")).kind,
            Kind::Done);
        QCOMPARE(server.credentials().user, QStringLiteral("someone@example.com"));
        QCOMPARE(server.credentials().token, QStringLiteral("ya29.token"));
        QVERIFY(server.credentials().matches(QStringLiteral("ya29.token")));

        SaslServer noToken(SaslMechanism::XOAuth2, "mx.test");
        QCOMPARE(noToken.start(QByteArray("user=a\x01\x01")).kind, Kind::Malformed);
        SaslServer basic(SaslMechanism::XOAuth2, "mx.test");
        QCOMPARE(basic.start(QByteArray("user=a\x01" "auth=Basic abc\x01\x01")).kind, Kind::Malformed);
    }

    void describeMasksSecretsUnlessRevealed()
    {
        SaslServer server(SaslMechanism::Plain, "mx.test");
        (void)server.start(QByteArray("\0alice\0hunter2", 14));
        const QByteArray masked = server.credentials().describe(false);
        QVERIFY2(!masked.contains("hunter2"), masked.constData());
        QVERIFY(masked.contains("alice"));
        QVERIFY(server.credentials().describe(true).contains("\"hunter2\""));
    }
};

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::TestSasl)
#include "tst_sasl.moc"
