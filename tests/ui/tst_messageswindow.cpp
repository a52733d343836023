// The window as a user meets it: listening at once, a hint while empty, mail sent by smtplib
// appearing as a row that opens in the viewer, search, and the session's transcript.
#include "uitestsupport.h"

#include "htmlpreview.h"
#include "mainwindow.h"
#include "messagelisthint.h"
#include "messagelistmodel.h"
#include "messageparts.h"
#include "messagespage.h"
#include "messageviewer.h"
#include "serverstartup.h"
#include "sessionlistmodel.h"
#include "sessionspage.h"
#include "transcriptview.h"

#include "smtp/smtpserver.h"
#include "store/messagestore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeWidget>

#include <memory>

using namespace Mailscope;

class MessagesWindowTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listensAndTellsHowToConnect();
    void sentMessageAppearsAndOpensInViewer();
    void previewBlocksRemoteContentUntilAsked();
    void searchNarrowsTheList();
    void sessionShowsItsTranscript();
    void deleteRemovesTheRow();
    void movesToNextPortWhenTaken();
    void stopAndStartAgain();
    void droppedFilesAreImported();
    void transcriptShowsRelativeTimes();

private:
    void sendOneMessage();
    void clickRow(QTableView* table, int row, int column);

    QTemporaryDir m_dir;
    std::unique_ptr<MessageStore> m_store;
    std::unique_ptr<SmtpServer> m_server;
    std::unique_ptr<MainWindow> m_window;
};

void MessagesWindowTest::init()
{
    m_store = std::make_unique<MessageStore>();
    QVERIFY(m_store->open(QStringLiteral(":memory:")));
    m_server = std::make_unique<SmtpServer>(m_store.get());
    ServerSettings settings;
    settings.listeners.first().port = 0;
    settings.reverseDns = false;
    QVERIFY(m_server->setSettings(settings));
    m_window = std::make_unique<MainWindow>(
        m_server.get(), m_store.get(), m_dir.filePath(QStringLiteral("settings.json")));
    m_window->show();
    QVERIFY(m_window->startServer());
    QVERIFY(firstPort(*m_server) != 0);
}

void MessagesWindowTest::cleanup()
{
    m_window.reset();
    m_server.reset();
    m_store.reset();
}

void MessagesWindowTest::sendOneMessage()
{
    QString error;
    (void)runSmtpClient(QStringLiteral("send"), firstPort(*m_server), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void MessagesWindowTest::clickRow(QTableView* table, int row, int column)
{
    const QRect rect = table->visualRect(table->model()->index(row, column));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

void MessagesWindowTest::listensAndTellsHowToConnect()
{
    QVERIFY(m_server->isListening());
    auto* hint = m_window->findChild<MessageListHint*>();
    QVERIFY(hint);
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QStringLiteral("swaks --server 127.0.0.1:%1").arg(firstPort(*m_server))),
        qPrintable(hint->text()));
}

void MessagesWindowTest::sentMessageAppearsAndOpensInViewer()
{
    MessagesPage* page = m_window->messagesPage();
    sendOneMessage();
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QTRY_VERIFY(page->table()->isVisible());
    const QModelIndex subject = page->model()->index(0, MessageListModel::Subject);
    QCOMPARE(subject.data().toString(), QStringLiteral("Order #1042 confirmed"));
    QCOMPARE(page->model()->index(0, MessageListModel::From).data().toString(), QStringLiteral("Shop"));
    QCOMPARE(page->model()->index(0, MessageListModel::Attachments).data().toString(), QStringLiteral("1"));
    QVERIFY(!subject.data(MessageListModel::ReadRole).toBool());

    clickRow(page->table(), 0, MessageListModel::Subject);
    MessageViewer* viewer = page->viewer();
    const qint64 id = page->model()->messageId(0);
    QCOMPARE(viewer->messageId(), id);
    QTRY_VERIFY(page->model()->index(0, 0).data(MessageListModel::ReadRole).toBool());
    QVERIFY(m_store->message(id)->isRead);

    auto* textView = qobject_cast<QPlainTextEdit*>(viewer->tabs()->widget(1));
    QVERIFY(textView);
    QVERIFY(textView->toPlainText().contains(QStringLiteral("Your order 1042 is confirmed.")));
    auto* headers = qobject_cast<QTableWidget*>(viewer->tabs()->widget(2));
    QVERIFY(headers);
    bool subjectRow = false;
    for (int row = 0; row < headers->rowCount(); ++row)
        subjectRow |= headers->item(row, 0)->text() == QLatin1String("Subject")
            && headers->item(row, 1)->text() == QLatin1String("Order #1042 confirmed");
    QVERIFY(subjectRow);
    auto* source = qobject_cast<QPlainTextEdit*>(viewer->tabs()->widget(3));
    QVERIFY(source->toPlainText().contains(QStringLiteral("Subject: Order #1042 confirmed")));

    auto* parts = qobject_cast<MessageParts*>(viewer->tabs()->widget(4));
    QVERIFY(parts);
    const QList<QTreeWidgetItem*> csv
        = parts->tree()->findItems(QStringLiteral("order.csv"), Qt::MatchExactly | Qt::MatchRecursive, 1);
    QCOMPARE(csv.size(), 1);
    const QString saved = m_dir.filePath(QStringLiteral("order.csv"));
    QString error;
    QVERIFY2(
        parts->savePart(csv.first()->data(0, Qt::UserRole + 1).toInt(), saved, &error), qPrintable(error));
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("id,total\n1042,48.00\n"));

    QVERIFY(viewer->tabs()
                ->widget(5)
                ->property("plainText")
                .toString()
                .contains(QStringLiteral("bounce@shop.example")));
}

void MessagesWindowTest::previewBlocksRemoteContentUntilAsked()
{
    MessagesPage* page = m_window->messagesPage();
    sendOneMessage();
    QTRY_COMPARE(page->model()->rowCount(), 1);
    clickRow(page->table(), 0, MessageListModel::Subject);
    auto* preview = page->viewer()->findChild<HtmlPreview*>();
    QVERIFY(preview);
    // The HTML asks for https://tracker.example/pixel.gif: never fetched, counted, offered.
    QTRY_VERIFY_WITH_TIMEOUT(preview->blockedCount() >= 1, 20000);
    auto* load = preview->findChild<QPushButton*>();
    QVERIFY(load && load->isVisible());
}

void MessagesWindowTest::searchNarrowsTheList()
{
    MessagesPage* page = m_window->messagesPage();
    sendOneMessage();
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QTest::keyClicks(page->searchBox(), QStringLiteral("subject:nothing-like-this"));
    QTest::keyClick(page->searchBox(), Qt::Key_Return);
    QCOMPARE(page->model()->rowCount(), 0);
    auto* hint = m_window->findChild<MessageListHint*>();
    QTRY_VERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("No message matches")));
    page->searchBox()->clear();
    QTest::keyClicks(page->searchBox(), QStringLiteral("from:shop@example.com"));
    QTest::keyClick(page->searchBox(), Qt::Key_Return);
    QCOMPARE(page->model()->rowCount(), 1);
}

void MessagesWindowTest::sessionShowsItsTranscript()
{
    sendOneMessage();
    SessionsPage* sessions = m_window->sessionsPage();
    QTRY_COMPARE(sessions->model()->rowCount(), 1);
    QTRY_COMPARE(
        sessions->model()->index(0, SessionListModel::State).data().toString(), QStringLiteral("closed"));
    QCOMPARE(sessions->model()->index(0, SessionListModel::Messages).data().toInt(), 1);
    QCOMPARE(sessions->model()->index(0, SessionListModel::Helo).data().toString().isEmpty(), false);

    // The session link in the envelope tab leads to the same transcript.
    MessagesPage* page = m_window->messagesPage();
    QTRY_COMPARE(page->model()->rowCount(), 1);
    Q_EMIT page->sessionLinkActivated(m_store->message(page->model()->messageId(0))->sessionId);
    QVERIFY(sessions->isVisible());
    const QString text = sessions->transcript()->transcriptText();
    QVERIFY2(text.contains(QStringLiteral("C\u25B6  mail FROM:<bounce@shop.example>"), Qt::CaseInsensitive),
        qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("\u25C0S  250")));
    sessions->copyTranscript();
    QCOMPARE(QApplication::clipboard()->text(), text);

    // Find in the transcript selects the match.
    auto* find = sessions->findChild<QLineEdit*>();
    QVERIFY(find);
    QTest::keyClicks(find, QStringLiteral("354"));
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(sessions->transcript()->textCursor().selectedText(), QStringLiteral("354"));

    // And back: the "[message stored as ID]" note opens the message.
    TranscriptView* view = sessions->transcript();
    const QTextCursor note = view->document()->find(QStringLiteral("stored as"));
    QVERIFY(!note.isNull());
    QTextCursor inside(note);
    inside.setPosition(note.selectionStart() + 2);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->cursorRect(inside).center());
    QTRY_VERIFY(page->isVisible());
    QCOMPARE(page->viewer()->messageId(), page->model()->messageId(0));
}

void MessagesWindowTest::deleteRemovesTheRow()
{
    MessagesPage* page = m_window->messagesPage();
    sendOneMessage();
    sendOneMessage();
    QTRY_COMPARE(page->model()->rowCount(), 2);
    clickRow(page->table(), 0, MessageListModel::Subject);
    QTest::keyClick(page->table(), Qt::Key_Delete);
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QCOMPARE(m_store->messageCount(), 1);
}

void MessagesWindowTest::movesToNextPortWhenTaken()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    SmtpServer server(m_store.get());
    ServerSettings settings;
    settings.listeners.first().port = squatter.serverPort();
    QVERIFY(server.setSettings(settings));
    const ServerStartup result = startOnFreePorts(server);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(firstPort(server) > squatter.serverPort());
    QCOMPARE(result.movedListeners.size(), 1);
}

void MessagesWindowTest::stopAndStartAgain()
{
    auto* startStop = m_window->findChild<QAction*>(QStringLiteral("startStop"));
    QVERIFY(startStop);
    startStop->trigger();
    QVERIFY(!m_server->isListening());
    auto* hint = m_window->findChild<MessageListHint*>();
    QVERIFY(hint->text().contains(QStringLiteral("stopped")));
    QCOMPARE(startStop->text(), QStringLiteral("Start"));
    startStop->trigger();
    QVERIFY(m_server->isListening());
    QCOMPARE(startStop->text(), QStringLiteral("Stop"));
    sendOneMessage();
    QTRY_COMPARE(m_window->messagesPage()->model()->rowCount(), 1);
}

void MessagesWindowTest::droppedFilesAreImported()
{
    const QString eml = m_dir.filePath(QStringLiteral("dropped.eml"));
    const QString mbox = m_dir.filePath(QStringLiteral("dropped.mbox"));
    for (const auto& [path, content] : { std::pair { eml, QByteArray("From: Ann <ann@example.com>\r\nTo: bob@example.com\r\n"
                                                                 "Subject: Dropped in\r\n\r\nHello\r\n") },
             std::pair { mbox, QByteArray("From x@example.com Mon Jan  1 10:00:00 2024\nSubject: First of two\n\none\n\n"
                                          "From y@example.com Mon Jan  1 10:01:00 2024\nSubject: Second of two\n\ntwo\n") } }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    MessagesPage* page = m_window->messagesPage();
    QSignalSpy imported(page, &MessagesPage::messagesImported);
    QMimeData data;
    data.setUrls({ QUrl::fromLocalFile(eml), QUrl::fromLocalFile(mbox) });
    const QPoint centre = page->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &drop);
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().at(0).toInt(), 3);
    QCOMPARE(m_store->messageCount(), 3);
    QTRY_COMPARE(page->model()->rowCount(), 3);
    QCOMPARE(page->viewer()->messageId(), m_store->messages(0, 1).first().id); // the last one opens

    // Something that is not a local file is not taken.
    QMimeData remote;
    remote.setUrls({ QUrl(QStringLiteral("https://example.com/a.eml")) });
    QDragEnterEvent refused(centre, Qt::CopyAction, &remote, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(page, &refused);
    QVERIFY(!refused.isAccepted());
}

void MessagesWindowTest::transcriptShowsRelativeTimes()
{
    sendOneMessage();
    SessionsPage* sessions = m_window->sessionsPage();
    QTRY_COMPARE(sessions->model()->rowCount(), 1);
    QTRY_COMPARE(
        sessions->model()->index(0, SessionListModel::State).data().toString(), QStringLiteral("closed"));
    sessions->showSession(sessions->model()->sessionId(0));
    const QString clock = sessions->transcript()->transcriptText();
    QVERIFY(!clock.startsWith(QLatin1Char('+')));
    auto* relative = sessions->findChild<QCheckBox*>(QStringLiteral("relativeTimes"));
    QVERIFY(relative);
    relative->setChecked(!relative->isChecked()); // from whatever an earlier run left
    relative->setChecked(true);
    const QStringList lines = sessions->transcript()->transcriptText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), clock.split(QLatin1Char('\n')).size());
    QVERIFY2(lines.first().startsWith(QStringLiteral("+      0.000  ")), qPrintable(lines.first()));
    for (const QString& line : lines)
        QVERIFY2(line.startsWith(QLatin1Char('+')), qPrintable(line));
    relative->setChecked(false);
    QCOMPARE(sessions->transcript()->transcriptText(), clock);
}

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("MailscopeTests")); // window geometry kept apart
    HtmlPreview::prepareApplication();
    QApplication app(argc, argv);
    MessagesWindowTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_messageswindow.moc"
