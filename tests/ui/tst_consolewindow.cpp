// The console page as a user meets it: Ctrl+3, the own listener already filled in, Connect,
// commands typed into the input line, the message helper, STARTTLS and the AUTH helper.
#include "uitestsupport.h"

#include "consoledialogs.h"
#include "htmlpreview.h"
#include "consolepage.h"
#include "historylineedit.h"
#include "mainwindow.h"
#include "transcriptview.h"

#include "client/consoleconnection.h"
#include "smtp/smtpserver.h"
#include "store/messagestore.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Mailscope;

class ConsoleWindowTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void shortcutOpensConsoleWithOwnListener();
    void conversationStoresAMessage();
    void historyRecallsEarlierLines();
    void startTlsButtonUpgrades();
    void authHelperAuthenticates();
    void copyTakesTheTranscript();
    void ownTlsListenerFromTheMenu();

private:
    void openWindow(const std::function<void(ServerSettings&)>& change = {});
    ConsolePage* openConsole();
    void connectConsole(ConsolePage* page);
    void type(ConsolePage* page, const QString& line, const QString& expectedReply);
    [[nodiscard]] QString transcript(ConsolePage* page) const { return page->transcript()->transcriptText(); }
    template <typename T> T* child(const QString& name) const
    {
        return m_window->findChild<T*>(name);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MessageStore> m_store;
    std::unique_ptr<SmtpServer> m_server;
    std::unique_ptr<MainWindow> m_window;
};

void ConsoleWindowTest::openWindow(const std::function<void(ServerSettings&)>& change)
{
    m_store = std::make_unique<MessageStore>();
    QVERIFY(m_store->open(QStringLiteral(":memory:")));
    m_server = std::make_unique<SmtpServer>(m_store.get());
    m_server->setSelfSignedFolder(m_dir.filePath(QStringLiteral("tls")));
    ServerSettings settings;
    settings.listeners.first().port = 0;
    settings.reverseDns = false;
    settings.hostName = QStringLiteral("mx.test");
    if (change)
        change(settings);
    QVERIFY(m_server->setSettings(settings));
    m_window = std::make_unique<MainWindow>(
        m_server.get(), m_store.get(), m_dir.filePath(QStringLiteral("settings.json")));
    m_window->show();
    QVERIFY(m_window->startServer());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void ConsoleWindowTest::cleanup()
{
    m_window.reset();
    m_server.reset();
    m_store.reset();
}

ConsolePage* ConsoleWindowTest::openConsole()
{
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    ConsolePage* page = m_window->consolePage();
    if (!page->isVisible())
        return nullptr;
    return page;
}

void ConsoleWindowTest::connectConsole(ConsolePage* page)
{
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("consoleConnect")), Qt::LeftButton);
    QTRY_VERIFY(transcript(page).contains(QStringLiteral("\u25C0S  220 mx.test")));
    QTRY_VERIFY(page->input()->isEnabled());
    QTRY_VERIFY(page->input()->hasFocus());
}

void ConsoleWindowTest::type(ConsolePage* page, const QString& line, const QString& expectedReply)
{
    const qsizetype before = transcript(page).size();
    QTest::keyClicks(page->input(), line);
    QTest::keyClick(page->input(), Qt::Key_Return);
    QVERIFY(page->input()->text().isEmpty());
    QTRY_VERIFY2(transcript(page).mid(before).contains(expectedReply), qPrintable(transcript(page).mid(before)));
}

void ConsoleWindowTest::shortcutOpensConsoleWithOwnListener()
{
    openWindow();
    ConsolePage* page = openConsole();
    QVERIFY(page);
    bool navigated = false;
    for (QListWidget* list : m_window->findChildren<QListWidget*>())
        navigated = navigated || (list->currentItem() && list->currentItem()->text() == QStringLiteral("Console"));
    QVERIFY(navigated);
    QCOMPARE(page->findChild<QLineEdit*>(QStringLiteral("consoleHost"))->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(page->findChild<QSpinBox*>(QStringLiteral("consolePort"))->value(), int(firstPort(*m_server)));
    QVERIFY(page->findChild<QCheckBox*>(QStringLiteral("consoleAcceptAny"))->isChecked());
    QVERIFY(!page->input()->isEnabled()); // nothing to type into before connecting
    QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("consoleStartTls"))->isEnabled());
}

void ConsoleWindowTest::conversationStoresAMessage()
{
    openWindow();
    ConsolePage* page = openConsole();
    QVERIFY(page);
    connectConsole(page);
    type(page, QStringLiteral("EHLO console.test"), QStringLiteral("\u25C0S  250 "));
    QVERIFY(transcript(page).contains(QStringLiteral("C\u25B6  EHLO console.test")));
    QVERIFY(transcript(page).contains(QStringLiteral("\u25C0S  250-mx.test")));
    QVERIFY(transcript(page).contains(QStringLiteral("\u25C0S  250-PIPELINING")));
    type(page, QStringLiteral("MAIL FROM:<ann@example.com>"), QStringLiteral("250 2.1.0"));
    type(page, QStringLiteral("RCPT TO:<bob@example.com>"), QStringLiteral("250 2.1.5"));
    type(page, QStringLiteral("DATA"), QStringLiteral("354 "));

    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("consoleMessage")), Qt::LeftButton);
    auto* dialog = page->findChild<ConsoleMessageDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->content().contains(QStringLiteral("From: ann@example.com\nTo: bob@example.com\n")));
    auto* editor = dialog->findChild<QPlainTextEdit*>();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral(".a line with a dot"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(transcript(page).contains(QStringLiteral("\u25C0S  250 2.0.0")));
    QVERIFY(transcript(page).contains(QStringLiteral("C\u25B6  ..a line with a dot")));
    QVERIFY(transcript(page).contains(QStringLiteral("C\u25B6  .\n")));

    m_store->flush();
    QTRY_COMPARE(m_store->messageCount(), 1);
    const StoredMessage stored = m_store->messages().first();
    QCOMPARE(stored.envelope.mailFrom, QStringLiteral("ann@example.com"));
    QCOMPARE(stored.subject, QStringLiteral("Typed in the Mailscope console"));
    QVERIFY(m_store->raw(stored.id).contains("\r\nHello.\r\n.a line with a dot\r\n"));

    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("consoleConnect")), Qt::LeftButton);
    QTRY_VERIFY(!page->input()->isEnabled());
    QVERIFY(transcript(page).contains(QStringLiteral("\u2014  Disconnected")));
}

void ConsoleWindowTest::historyRecallsEarlierLines()
{
    openWindow();
    ConsolePage* page = openConsole();
    QVERIFY(page);
    connectConsole(page);
    type(page, QStringLiteral("NOOP"), QStringLiteral("250 "));
    type(page, QStringLiteral("HELP"), QStringLiteral("\u25C0S  2"));
    QTest::keyClicks(page->input(), QStringLiteral("EH"));
    QTest::keyClick(page->input(), Qt::Key_Up);
    QCOMPARE(page->input()->text(), QStringLiteral("HELP"));
    QTest::keyClick(page->input(), Qt::Key_Up);
    QCOMPARE(page->input()->text(), QStringLiteral("NOOP"));
    QTest::keyClick(page->input(), Qt::Key_Up);
    QCOMPARE(page->input()->text(), QStringLiteral("NOOP"));
    QTest::keyClick(page->input(), Qt::Key_Down);
    QTest::keyClick(page->input(), Qt::Key_Down);
    QCOMPARE(page->input()->text(), QStringLiteral("EH")); // what was being typed comes back
}

void ConsoleWindowTest::startTlsButtonUpgrades()
{
    openWindow([](ServerSettings& s) { s.tls.startTls = StartTlsMode::Offer; });
    ConsolePage* page = openConsole();
    QVERIFY(page);
    connectConsole(page);
    type(page, QStringLiteral("EHLO console.test"), QStringLiteral("250-STARTTLS"));
    auto* startTls = page->findChild<QPushButton*>(QStringLiteral("consoleStartTls"));
    QVERIFY(startTls->isEnabled());
    QTest::mouseClick(startTls, Qt::LeftButton);
    QTRY_VERIFY(transcript(page).contains(QStringLiteral("TLS established: TLSv1.")));
    QVERIFY(transcript(page).contains(QStringLiteral("\u25C0S  220 ")));
    QVERIFY(transcript(page).contains(QStringLiteral("Certificate: The certificate is self-signed")));
    QTRY_VERIFY(!startTls->isEnabled());
    type(page, QStringLiteral("EHLO console.test"), QStringLiteral("\u25C0S  250 "));
}

void ConsoleWindowTest::authHelperAuthenticates()
{
    openWindow([](ServerSettings& s) {
        s.auth.users = { { QStringLiteral("ann"), QStringLiteral("s3cret") } };
        s.auth.mechanisms = { SaslMechanism::Plain, SaslMechanism::Login };
    });
    ConsolePage* page = openConsole();
    QVERIFY(page);
    connectConsole(page);
    type(page, QStringLiteral("EHLO console.test"), QStringLiteral("AUTH PLAIN LOGIN"));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("consoleAuth")), Qt::LeftButton);
    auto* dialog = page->findChild<ConsoleAuthDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->mechanism(), SaslMechanism::Plain); // the first one the server offered
    const QList<QLineEdit*> fields = dialog->findChildren<QLineEdit*>();
    QCOMPARE(fields.size(), 2);
    QTest::keyClicks(fields.at(0), QStringLiteral("ann"));
    QTest::keyClicks(fields.at(1), QStringLiteral("s3cret"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(transcript(page).contains(QStringLiteral("\u25C0S  235 ")));
    QVERIFY(transcript(page).contains(QStringLiteral("C\u25B6  AUTH PLAIN AGFubgBzM2NyZXQ=")));
    type(page, QStringLiteral("MAIL FROM:<ann@example.com>"), QStringLiteral("250 2.1.0"));
}

void ConsoleWindowTest::copyTakesTheTranscript()
{
    openWindow();
    ConsolePage* page = openConsole();
    QVERIFY(page);
    connectConsole(page);
    type(page, QStringLiteral("NOOP"), QStringLiteral("250 "));
    page->copyTranscript();
    QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("C\u25B6  NOOP")));
}

void ConsoleWindowTest::ownTlsListenerFromTheMenu()
{
    openWindow([](ServerSettings& s) {
        ListenerConfig tls;
        tls.port = 0;
        tls.implicitTls = true;
        s.listeners << tls;
    });
    ConsolePage* page = openConsole();
    QVERIFY(page);
    const quint16 tlsPort = m_server->listeners().at(1).config.port;
    auto* acceptAny = page->findChild<QCheckBox*>(QStringLiteral("consoleAcceptAny"));
    acceptAny->setChecked(false);
    QMenu* menu = page->findChild<QToolButton*>()->menu();
    QVERIFY(QMetaObject::invokeMethod(menu, "aboutToShow"));
    QAction* own = nullptr;
    for (QAction* action : menu->actions())
        if (action->text().startsWith(QStringLiteral("smtps://")))
            own = action;
    QVERIFY(own);
    own->trigger();
    QCOMPARE(page->findChild<QSpinBox*>(QStringLiteral("consolePort"))->value(), int(tlsPort));
    QCOMPARE(page->findChild<QComboBox*>(QStringLiteral("consoleSecurity"))->currentText(),
        QStringLiteral("TLS from the first byte"));
    QVERIFY(acceptAny->isChecked()); // its own certificate is self-signed: shown as accepted
    connectConsole(page);
    QVERIFY(transcript(page).contains(QStringLiteral("TLS established: TLSv1.")));
    QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("consoleStartTls"))->isEnabled());
}

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("MailscopeTests")); // window geometry kept apart
    HtmlPreview::prepareApplication();
    QApplication app(argc, argv);
    ConsoleWindowTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_consolewindow.moc"
