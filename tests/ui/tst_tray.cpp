// The tray icon's logic: tooltip, badge and notification text from counts (TrayPresenter), new
// mail gathered into one notification (NotificationBatcher), its settings in the settings dialog,
// and the icon over a real store and server. Offscreen there is no system tray, which is also
// what a desktop without one looks like.
#include "appicon.h"
#include "mainwindow.h"
#include "notificationbatcher.h"
#include "settingsdialog.h"
#include "translations.h"
#include "trayicon.h"
#include "traypresenter.h"
#include "windowsettings.h"

#include "smtp/smtpserver.h"
#include "store/messagespool.h"
#include "store/messagestore.h"

#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Mailscope;

namespace {

// Pixels of the badge's red in the icon's top right quarter.
int redPixels(const QIcon& icon, int side)
{
    const QImage image = icon.pixmap(side, side).toImage().convertToFormat(QImage::Format_ARGB32);
    int red = 0;
    for (int y = 0; y < side / 2; ++y)
        for (int x = side / 2; x < side; ++x) {
            const QColor c = image.pixelColor(x, y);
            red += c.red() > 180 && c.green() < 90 && c.blue() < 90 && c.alpha() > 200;
        }
    return red;
}

StoredMessage message(const QString& from, const QString& subject)
{
    StoredMessage m;
    m.id = 7;
    m.from.address = from;
    m.subject = subject;
    return m;
}

} // namespace

class TrayTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void toolTipSaysStateAndUnreadCount();
    void badgeText_data();
    void badgeText();
    void badgeIsDrawnOnlyForUnreadMail();
    void oneMessageIsNotifiedBySenderAndSubject();
    void manyMessagesAreCountedWithTheNewestSubjects();
    void floodMakesOneNotification();
    void steadyMailStillNotifiesAfterTheLongestWait();
    void settingsDialogShowsAndSavesTrayChoices();
    void trayFollowsTheStore();
    void withoutATrayClosingTheWindowCloses();

private:
    qint64 add(const QString& subject);

    QTemporaryDir m_dir;
    std::unique_ptr<MessageStore> m_store;
    std::unique_ptr<SmtpServer> m_server;
    std::unique_ptr<MainWindow> m_window;
};

void TrayTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings away from the user's own
    // English plural forms ("1 new message") come from the English translation.
    installTranslators(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
}

void TrayTest::init()
{
    QSettings().clear();
    m_store = std::make_unique<MessageStore>();
    QVERIFY(m_store->open(QStringLiteral(":memory:")));
    m_server = std::make_unique<SmtpServer>(m_store.get());
    ServerSettings settings;
    settings.listeners.first().port = 0;
    settings.reverseDns = false;
    QVERIFY(m_server->setSettings(settings));
    m_window = std::make_unique<MainWindow>(m_server.get(), m_store.get(), m_dir.filePath(QStringLiteral("s.json")));
}

void TrayTest::cleanup()
{
    m_window.reset();
    m_server.reset();
    m_store.reset();
}

qint64 TrayTest::add(const QString& subject)
{
    std::unique_ptr<MessageSpool> spool = m_store->createSpool();
    spool->append(QByteArrayLiteral("From: Ann <ann@example.com>\r\nTo: b@example.com\r\nSubject: ")
        + subject.toUtf8() + QByteArrayLiteral("\r\n\r\nbody\r\n"));
    Envelope envelope;
    envelope.mailFrom = QStringLiteral("ann@example.com");
    envelope.recipients << Recipient { QStringLiteral("b@example.com"), {} };
    SessionInfo session;
    session.id = QStringLiteral("s1");
    return m_store->addMessage(*spool, envelope, session).id;
}

void TrayTest::toolTipSaysStateAndUnreadCount()
{
    QCOMPARE(TrayPresenter::toolTip(0, true), QStringLiteral("Mailscope\nListening"));
    QCOMPARE(TrayPresenter::toolTip(1, true), QStringLiteral("Mailscope\nListening\n1 unread message"));
    QCOMPARE(TrayPresenter::toolTip(37, false),
        QStringLiteral("Mailscope\nThe server is stopped\n37 unread messages"));
}

void TrayTest::badgeText_data()
{
    QTest::addColumn<int>("unread");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << 0 << QString();
    QTest::newRow("one") << 1 << QStringLiteral("1");
    QTest::newRow("two digits") << 99 << QStringLiteral("99");
    QTest::newRow("past 99") << 100 << QStringLiteral("99+");
    QTest::newRow("many") << 12345 << QStringLiteral("99+");
}

void TrayTest::badgeText()
{
    QFETCH(int, unread);
    QFETCH(QString, text);
    QCOMPARE(TrayPresenter::badgeText(unread), text);
}

void TrayTest::badgeIsDrawnOnlyForUnreadMail()
{
    const QIcon base = applicationIcon();
    QVERIFY(!base.isNull());
    QCOMPARE(base.availableSizes().size(), 8);
    QCOMPARE(redPixels(base, 32), 0);
    QCOMPARE(redPixels(TrayPresenter::badgedIcon(base, 0), 32), 0);
    for (int side : { 16, 22, 32, 64 }) {
        QVERIFY2(redPixels(TrayPresenter::badgedIcon(base, 3), side) > side * side / 20, qPrintable(QString::number(side)));
        QVERIFY(redPixels(TrayPresenter::badgedIcon(base, 250), side) > side * side / 20);
    }
}

void TrayTest::oneMessageIsNotifiedBySenderAndSubject()
{
    const TrayPresenter::Notification n
        = TrayPresenter::notification(1, { message(QStringLiteral("shop@example.com"), QStringLiteral("Order #1042")) });
    QCOMPARE(n.title, QStringLiteral("New message from shop@example.com"));
    QCOMPARE(n.body, QStringLiteral("Order #1042"));
    StoredMessage named = message(QStringLiteral("shop@example.com"), QString());
    named.from.name = QStringLiteral("Shop");
    const TrayPresenter::Notification unnamed = TrayPresenter::notification(1, { named });
    QCOMPARE(unnamed.title, QStringLiteral("New message from Shop"));
    QCOMPARE(unnamed.body, QStringLiteral("(no subject)"));
}

void TrayTest::manyMessagesAreCountedWithTheNewestSubjects()
{
    const QList<StoredMessage> newest { message(QStringLiteral("a@x"), QStringLiteral("Third")),
        message(QStringLiteral("b@x"), QStringLiteral("Second")), message(QStringLiteral("c@x"), QStringLiteral("First")) };
    const TrayPresenter::Notification flood = TrayPresenter::notification(37, newest);
    QCOMPARE(flood.title, QStringLiteral("37 new messages"));
    QCOMPARE(flood.body, QStringLiteral("a@x: Third\nb@x: Second\nc@x: First\nand 34 more"));
    const TrayPresenter::Notification two = TrayPresenter::notification(2, newest.mid(0, 2));
    QCOMPARE(two.title, QStringLiteral("2 new messages"));
    QCOMPARE(two.body, QStringLiteral("a@x: Third\nb@x: Second"));
}

void TrayTest::floodMakesOneNotification()
{
    NotificationBatcher batcher;
    batcher.setDelays(100, 5000);
    QSignalSpy batches(&batcher, &NotificationBatcher::batchReady);
    for (qint64 id = 1; id <= 37; ++id)
        batcher.add(id);
    QTRY_COMPARE(batches.count(), 1);
    QTest::qWait(300);
    QCOMPARE(batches.count(), 1);
    QCOMPARE(batches.first().at(0).toInt(), 37);
    QCOMPARE(batches.first().at(1).value<QList<qint64>>(), (QList<qint64> { 37, 36, 35 }));
    batcher.add(38);
    QTRY_COMPARE(batches.count(), 2);
    QCOMPARE(batches.last().at(0).toInt(), 1);
}

void TrayTest::steadyMailStillNotifiesAfterTheLongestWait()
{
    NotificationBatcher batcher;
    batcher.setDelays(200, 400);
    QSignalSpy batches(&batcher, &NotificationBatcher::batchReady);
    QElapsedTimer clock;
    clock.start();
    // A message every 50 ms never leaves 200 ms of quiet.
    while (clock.elapsed() < 1000) {
        batcher.add(clock.elapsed() + 1);
        QTest::qWait(50);
    }
    QVERIFY2(batches.count() >= 2, qPrintable(QString::number(batches.count())));
    int total = 0;
    for (const QList<QVariant>& batch : batches)
        total += batch.at(0).toInt();
    QVERIFY(total > 4);
}

void TrayTest::settingsDialogShowsAndSavesTrayChoices()
{
    QCOMPARE(WindowSettings::load().notifyOnNewMail, true);
    QCOMPARE(WindowSettings::load().keepRunningInTray, false);
    SettingsDialog* dialog = m_window->openSettings();
    auto* notify = dialog->findChild<QCheckBox*>(QStringLiteral("notifyOnNewMail"));
    auto* keepRunning = dialog->findChild<QCheckBox*>(QStringLiteral("keepRunningInTray"));
    QVERIFY(notify && keepRunning);
    QVERIFY(notify->isChecked());
    QVERIFY(!keepRunning->isChecked());
    // Offscreen there is no tray: the choices are kept but cannot be made, and the page says why.
    QCOMPARE(keepRunning->isEnabled(), QSystemTrayIcon::isSystemTrayAvailable());
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("noTray")) != nullptr,
        !QSystemTrayIcon::isSystemTrayAvailable());
    notify->setChecked(false);
    keepRunning->setChecked(true);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Apply)->click();
    QCOMPARE(WindowSettings::load().notifyOnNewMail, false);
    QCOMPARE(WindowSettings::load().keepRunningInTray, true);
    dialog->close();
    SettingsDialog* again = m_window->openSettings();
    QTRY_VERIFY(again->findChild<QCheckBox*>(QStringLiteral("keepRunningInTray")));
    QVERIFY(again->findChild<QCheckBox*>(QStringLiteral("keepRunningInTray"))->isChecked());
    QVERIFY(!again->findChild<QCheckBox*>(QStringLiteral("notifyOnNewMail"))->isChecked());
}

void TrayTest::trayFollowsTheStore()
{
    TrayIcon tray(m_window.get(), m_server.get(), m_store.get());
    QSystemTrayIcon* icon = tray.systemTrayIcon();
    QCOMPARE(icon->toolTip(), QStringLiteral("Mailscope\nThe server is stopped"));
    QCOMPARE(redPixels(icon->icon(), 32), 0);
    QVERIFY(m_window->startServer());
    QTRY_COMPARE(icon->toolTip(), QStringLiteral("Mailscope\nListening"));
    const qint64 first = add(QStringLiteral("One"));
    add(QStringLiteral("Two"));
    QTRY_COMPARE(icon->toolTip(), QStringLiteral("Mailscope\nListening\n2 unread messages"));
    QVERIFY(redPixels(icon->icon(), 32) > 0);
    QVERIFY(m_store->setRead(first, true));
    QTRY_COMPARE(icon->toolTip(), QStringLiteral("Mailscope\nListening\n1 unread message"));
    m_store->removeAllMessages();
    QTRY_COMPARE(icon->toolTip(), QStringLiteral("Mailscope\nListening"));
    QCOMPARE(redPixels(icon->icon(), 32), 0);
}

void TrayTest::withoutATrayClosingTheWindowCloses()
{
    if (QSystemTrayIcon::isSystemTrayAvailable())
        QSKIP("this test is about a desktop without a system tray");
    WindowSettings settings;
    settings.keepRunningInTray = true;
    settings.save();
    TrayIcon tray(m_window.get(), m_server.get(), m_store.get());
    QVERIFY(!tray.isAvailable());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // As the window manager's close button sends it: a spontaneous close event.
    QCloseEvent close;
    QSpontaneKeyEvent::setSpontaneous(&close);
    QApplication::instance()->notify(m_window.get(), &close);
    QVERIFY(close.isAccepted()); // no tray to come back from: the window really closes
}

QTEST_MAIN(TrayTest)
#include "tst_tray.moc"
