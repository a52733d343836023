// "Send test message" and "Release" as a user meets them: fields filled, Send clicked, and what
// arrives at Mailscope itself or at a second server whose handler refuses one recipient.
#include "uitestsupport.h"

#include "deliveryreport.h"
#include "destinationwidget.h"
#include "htmlpreview.h"
#include "mainwindow.h"
#include "messagelistmodel.h"
#include "messageparts.h"
#include "messagespage.h"
#include "messageviewer.h"
#include "releasedialog.h"
#include "senddialog.h"
#include "transcriptview.h"

#include "smtp/smtpserver.h"
#include "store/messagestore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Mailscope;

namespace {

// The second server's policy: one mailbox does not exist.
class RejectingHandler : public SessionHandler {
public:
    void checkRcptTo(const SessionInfo&, const Envelope&, const Recipient& recipient, VerdictCallback done) override
    {
        if (recipient.address.startsWith(QLatin1String("nobody@")))
            done(Verdict::withReply(Reply(550, "5.1.1", "No such user here")));
        else
            done(Verdict::accept());
    }
};

// Typed key by key; QTest::keyClicks() knows ASCII only.
void typeText(QWidget* field, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(field, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void replaceText(QLineEdit* field, const QString& text)
{
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    typeText(field, text);
}

} // namespace

class SendDialogTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sendsComposedMessageToMailscope();
    void showsRejectedRecipientWithReply();
    void refusesInvalidAddressesBeforeSending();
    void sendsEmlFileAsItIs();
    void remembersLastValues();
    void releasesCapturedMessageByteForByte();

private:
    SendDialog* openSendDialog();
    void chooseSecondServer(DestinationWidget* destination);
    DeliveryResult clickSendAndWait(DeliveryDialog* dialog);

    QTemporaryDir m_dir;
    std::unique_ptr<MessageStore> m_store;
    std::unique_ptr<SmtpServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    RejectingHandler m_handler;
    std::unique_ptr<MessageStore> m_secondStore;
    std::unique_ptr<SmtpServer> m_second;
};

void SendDialogTest::init()
{
    QSettings().clear();
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

    m_secondStore = std::make_unique<MessageStore>();
    QVERIFY(m_secondStore->open(QStringLiteral(":memory:")));
    m_second = std::make_unique<SmtpServer>(m_secondStore.get());
    m_second->setHandler(&m_handler);
    QVERIFY(m_second->setSettings(settings));
    QVERIFY(m_second->start());
}

void SendDialogTest::cleanup()
{
    m_window.reset();
    m_server.reset();
    m_store.reset();
    m_second.reset();
    m_secondStore.reset();
}

SendDialog* SendDialogTest::openSendDialog()
{
    // Shortcuts go to the active window.
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return nullptr;
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = m_window->findChild<SendDialog*>();
    if (dialog)
        (void)QTest::qWaitForWindowExposed(dialog);
    return dialog;
}

void SendDialogTest::chooseSecondServer(DestinationWidget* destination)
{
    QComboBox* target = destination->target();
    target->setCurrentIndex(target->findText(QStringLiteral("Another server")));
    replaceText(destination->findChild<QLineEdit*>(QStringLiteral("destinationHost")), QStringLiteral("127.0.0.1"));
    auto* port = destination->findChild<QSpinBox*>(QStringLiteral("destinationPort"));
    port->selectAll();
    QTest::keyClicks(port, QString::number(firstPort(*m_second)));
    auto* security = destination->findChild<QComboBox*>(QStringLiteral("destinationSecurity"));
    security->setCurrentIndex(security->findText(QStringLiteral("None")));
}

DeliveryResult SendDialogTest::clickSendAndWait(DeliveryDialog* dialog)
{
    QSignalSpy finished(dialog->report(), &DeliveryReport::finished);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    if (!finished.wait(20000))
        return {};
    return finished.first().first().value<DeliveryResult>();
}

void SendDialogTest::sendsComposedMessageToMailscope()
{
    SendDialog* dialog = openSendDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->destination()->isMailscope());
    QVERIFY(dialog->destination()->target()->currentText().contains(QString::number(firstPort(*m_server))));

    replaceText(dialog->fromField(), QStringLiteral("Shop <shop@example.com>"));
    replaceText(dialog->toField(), QStringLiteral("ann@example.com, Bob <bob@example.org>"));
    replaceText(dialog->subjectField(), QStringLiteral("Invoice 7 für März"));
    dialog->textField()->clear();
    QTest::keyClicks(dialog->textField(), QStringLiteral("Your invoice is attached."));
    QTest::keyClicks(dialog->htmlField(), QStringLiteral("<p>Your <b>invoice</b> is attached.</p>"));
    const QString attachment = m_dir.filePath(QStringLiteral("invoice.csv"));
    QFile file(attachment);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,total\n7,12.50\n");
    file.close();
    QVERIFY(dialog->addAttachment(attachment));

    const DeliveryResult result = clickSendAndWait(dialog);
    QVERIFY2(result.ok() && result.allAccepted(), qPrintable(result.error));
    QTableWidget* rows = dialog->report()->results();
    QCOMPARE(rows->rowCount(), 2);
    QCOMPARE(rows->item(1, DeliveryReport::RecipientColumn)->text(), QStringLiteral("bob@example.org"));
    QVERIFY(rows->item(1, DeliveryReport::ResultColumn)->text().contains(QStringLiteral("Accepted")));
    QVERIFY(rows->item(1, DeliveryReport::ReplyColumn)->text().startsWith(QStringLiteral("250")));
    const QString transcript = dialog->report()->transcript()->transcriptText();
    QVERIFY2(transcript.contains(QStringLiteral("C\u25B6  MAIL FROM:<shop@example.com>")), qPrintable(transcript));
    QVERIFY(transcript.contains(QStringLiteral("\u25C0S  221")));

    MessagesPage* page = m_window->messagesPage();
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->index(0, MessageListModel::Subject).data().toString(), QStringLiteral("Invoice 7 für März"));
    QCOMPARE(page->model()->index(0, MessageListModel::Attachments).data().toString(), QStringLiteral("1"));
    dialog->close();
    QTRY_VERIFY(page->table()->isVisible());
    const QRect rect = page->table()->visualRect(page->model()->index(0, MessageListModel::Subject));
    QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {}, rect.center());
    MessageViewer* viewer = page->viewer();
    QCOMPARE(viewer->messageId(), page->model()->messageId(0));
    auto* text = qobject_cast<QPlainTextEdit*>(viewer->tabs()->widget(1));
    QVERIFY(text->toPlainText().contains(QStringLiteral("Your invoice is attached.")));
    auto* parts = qobject_cast<MessageParts*>(viewer->tabs()->widget(4));
    QCOMPARE(parts->tree()->findItems(QStringLiteral("invoice.csv"), Qt::MatchExactly | Qt::MatchRecursive, 1).size(), 1);
}

void SendDialogTest::showsRejectedRecipientWithReply()
{
    SendDialog* dialog = openSendDialog();
    QVERIFY(dialog);
    chooseSecondServer(dialog->destination());
    QVERIFY(!dialog->destination()->isMailscope());
    replaceText(dialog->toField(), QStringLiteral("ann@example.com, nobody@example.com"));

    const DeliveryResult result = clickSendAndWait(dialog);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QTableWidget* rows = dialog->report()->results();
    QCOMPARE(rows->rowCount(), 2);
    QVERIFY(rows->item(0, DeliveryReport::ResultColumn)->text().contains(QStringLiteral("Accepted")));
    QCOMPARE(rows->item(1, DeliveryReport::RecipientColumn)->text(), QStringLiteral("nobody@example.com"));
    QVERIFY(rows->item(1, DeliveryReport::ResultColumn)->text().contains(QStringLiteral("Rejected")));
    QCOMPARE(rows->item(1, DeliveryReport::ReplyColumn)->text(), QStringLiteral("550 5.1.1 No such user here"));
    QVERIFY2(dialog->report()->statusText().contains(QStringLiteral("1 of 2")), qPrintable(dialog->report()->statusText()));
    QCOMPARE(m_secondStore->messageCount(), 1);
    QCOMPARE(m_store->messageCount(), 0);
}

void SendDialogTest::refusesInvalidAddressesBeforeSending()
{
    SendDialog* dialog = openSendDialog();
    QVERIFY(dialog);
    replaceText(dialog->toField(), QStringLiteral("ann, bob@example.org"));
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("not an address: ann")), qPrintable(dialog->errorText()));
    QVERIFY(!dialog->report()->isSending());
    QCOMPARE(dialog->report()->results()->rowCount(), 0);
    QVERIFY(dialog->toField()->hasFocus());
}

void SendDialogTest::sendsEmlFileAsItIs()
{
    const QString path = m_dir.filePath(QStringLiteral("saved.eml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("From: a@example.org\nSubject: Saved earlier\nX-Custom: kept\n\n.leading dot\nbody\n");
    file.close();

    SendDialog* dialog = openSendDialog();
    QVERIFY(dialog);
    auto* emlMode = dialog->findChild<QRadioButton*>(QStringLiteral("sendEmlMode"));
    QTest::mouseClick(emlMode, Qt::LeftButton);
    QVERIFY(emlMode->isChecked());
    QVERIFY(!dialog->subjectField()->isVisible());
    auto* pathField = dialog->findChild<QLineEdit*>(QStringLiteral("sendEmlPath"));
    QVERIFY(pathField->isVisible());
    replaceText(pathField, path);
    replaceText(dialog->fromField(), QString()); // the null sender <>
    replaceText(dialog->toField(), QStringLiteral("ann@example.com"));
    chooseSecondServer(dialog->destination());

    const DeliveryResult result = clickSendAndWait(dialog);
    QVERIFY2(result.ok() && result.allAccepted(), qPrintable(result.error));
    QCOMPARE(m_secondStore->messageCount(), 1);
    const StoredMessage stored = m_secondStore->messages().first();
    QVERIFY(stored.envelope.isNullSender());
    QCOMPARE(m_secondStore->raw(stored.id),
        QByteArray("From: a@example.org\r\nSubject: Saved earlier\r\nX-Custom: kept\r\n\r\n.leading dot\r\nbody\r\n"));
}

void SendDialogTest::remembersLastValues()
{
    SendDialog* dialog = openSendDialog();
    QVERIFY(dialog);
    chooseSecondServer(dialog->destination());
    replaceText(dialog->subjectField(), QStringLiteral("Remember me"));
    replaceText(dialog->ccField(), QStringLiteral("audit@example.net"));
    QVERIFY(clickSendAndWait(dialog).ok());
    dialog->close();
    QTRY_VERIFY(!m_window->findChild<SendDialog*>());

    dialog = openSendDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->subjectField()->text(), QStringLiteral("Remember me"));
    QCOMPARE(dialog->ccField()->text(), QStringLiteral("audit@example.net"));
    QVERIFY(!dialog->destination()->isMailscope());
    QCOMPARE(dialog->destination()->findChild<QSpinBox*>(QStringLiteral("destinationPort"))->value(),
        int(firstPort(*m_second)));
}

void SendDialogTest::releasesCapturedMessageByteForByte()
{
    QString error;
    (void)runSmtpClient(QStringLiteral("send"), firstPort(*m_server), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    MessagesPage* page = m_window->messagesPage();
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QTRY_VERIFY(page->table()->isVisible());
    const QRect rect = page->table()->visualRect(page->model()->index(0, MessageListModel::Subject));
    QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::keyClick(page->table(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = page->findChild<ReleaseDialog*>();
    QVERIFY(dialog);
    const qint64 id = page->model()->messageId(0);
    QCOMPARE(dialog->messageId(), id);
    QCOMPARE(dialog->recipientsField()->text(), QStringLiteral("ann@example.com"));
    QCOMPARE(dialog->senderField()->text(), QStringLiteral("bounce@shop.example"));
    // A first release goes to another server, whose fields do not hold Mailscope's own address.
    QVERIFY(!dialog->destination()->isMailscope());
    QVERIFY(dialog->destination()->findChild<QLineEdit*>(QStringLiteral("destinationHost"))->text().isEmpty());
    replaceText(dialog->recipientsField(), QStringLiteral("ann@example.com, carl@example.com"));
    chooseSecondServer(dialog->destination());

    const DeliveryResult result = clickSendAndWait(dialog);
    QVERIFY2(result.ok() && result.allAccepted(), qPrintable(result.error));
    QCOMPARE(dialog->report()->results()->rowCount(), 2);
    QCOMPARE(m_secondStore->messageCount(), 1);
    const StoredMessage released = m_secondStore->messages().first();
    QCOMPARE(released.envelope.mailFrom, QStringLiteral("bounce@shop.example"));
    QCOMPARE(released.envelope.recipientAddresses(), QStringList({ "ann@example.com", "carl@example.com" }));
    const QByteArray original = m_store->raw(id);
    QVERIFY(original.contains("Subject: Order #1042 confirmed"));
    QCOMPARE(m_secondStore->raw(released.id), original);
}

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("MailscopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_senddialog")); // its settings kept apart
    HtmlPreview::prepareApplication();
    QApplication app(argc, argv);
    SendDialogTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_senddialog.moc"
