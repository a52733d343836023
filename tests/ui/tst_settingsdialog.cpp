// The settings dialog drives the real server: a switch changed and applied shows in a real
// client's EHLO, and lands in the settings file mailscoped --config reads.
#include "uitestsupport.h"

#include "htmlpreview.h"
#include "mainwindow.h"
#include "ruleeditdialog.h"
#include "rulespage.h"
#include "settingsdialog.h"

#include "client/messagerelay.h"

#include "smtp/smtpserver.h"
#include "store/messagestore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Mailscope;

class SettingsDialogTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void authPlainOffLeavesEhlo();
    void hiddenExtensionWorksButIsNotAdvertised();
    void badListenerIsRefusedAndShown();
    void portMovedBecauseTakenIsNotSaved();
    void ruleAddedInTheEditorAnswersARealRecipient();
    void badRuleIsRefusedInTheEditor();
    void presetsAreAddedAndReordered();
    void sniCertificateWithoutHostNameIsRefused();
    void relayRuleSendsMatchingMessagesOn();
    void relayToItselfIsRefused();

private:
    [[nodiscard]] QStringList ehlo();
    void clickApply();

    QTemporaryDir m_dir;
    QString m_settingsPath;
    std::unique_ptr<MessageStore> m_store;
    std::unique_ptr<SmtpServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    SettingsDialog* m_dialog = nullptr;
};

void SettingsDialogTest::init()
{
    m_settingsPath = m_dir.filePath(QStringLiteral("config/settings.json"));
    QFile::remove(m_settingsPath); // each test starts without one
    m_store = std::make_unique<MessageStore>();
    QVERIFY(m_store->open(QStringLiteral(":memory:")));
    m_server = std::make_unique<SmtpServer>(m_store.get());
    ServerSettings settings;
    settings.listeners.first().port = 0;
    settings.reverseDns = false;
    QVERIFY(m_server->setSettings(settings));
    m_window = std::make_unique<MainWindow>(m_server.get(), m_store.get(), m_settingsPath);
    m_window->show();
    QVERIFY(m_window->startServer());
    m_dialog = m_window->openSettings();
    QVERIFY(m_dialog->isVisible());
}

void SettingsDialogTest::cleanup()
{
    m_window.reset();
    m_server.reset();
    m_store.reset();
}

QStringList SettingsDialogTest::ehlo()
{
    QString error;
    const QStringList lines = runSmtpClient(QStringLiteral("ehlo"), firstPort(*m_server), &error);
    if (!error.isEmpty())
        qWarning() << error;
    return lines;
}

void SettingsDialogTest::clickApply()
{
    auto* buttons = m_dialog->findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Apply), Qt::LeftButton);
}

void SettingsDialogTest::authPlainOffLeavesEhlo()
{
    QVERIFY(ehlo().contains(QStringLiteral("AUTH PLAIN LOGIN CRAM-MD5 XOAUTH2")));

    auto* plain = m_dialog->findChild<QCheckBox*>(QStringLiteral("mechanism_PLAIN"));
    QVERIFY(plain);
    QVERIFY(plain->isChecked());
    plain->click();
    clickApply();

    QCOMPARE(
        ehlo().filter(QStringLiteral("AUTH")), QStringList { QStringLiteral("AUTH LOGIN CRAM-MD5 XOAUTH2") });
    ServerSettings saved;
    QString error;
    QVERIFY2(ServerSettings::load(m_settingsPath, &saved, &error), qPrintable(error));
    QVERIFY(!saved.auth.mechanisms.contains(SaslMechanism::Plain));
    QVERIFY(saved.auth.mechanisms.contains(SaslMechanism::Login));
}

void SettingsDialogTest::hiddenExtensionWorksButIsNotAdvertised()
{
    QVERIFY(ehlo().contains(QStringLiteral("PIPELINING")));
    auto* pipelining = m_dialog->findChild<QComboBox*>(QStringLiteral("extension_pipelining"));
    QVERIFY(pipelining);
    pipelining->setCurrentIndex(pipelining->findData(int(ExtensionMode::Hidden)));
    clickApply();
    QVERIFY(!ehlo().contains(QStringLiteral("PIPELINING")));
    QCOMPARE(m_server->settings().mode(Extension::Pipelining), ExtensionMode::Hidden);
}

void SettingsDialogTest::badListenerIsRefusedAndShown()
{
    const quint16 port = firstPort(*m_server);
    auto* listeners = m_dialog->findChild<QListWidget*>(QStringLiteral("listeners"));
    QVERIFY(listeners);
    listeners->item(0)->setText(QStringLiteral("gopher://127.0.0.1:70"));
    clickApply();
    QVERIFY(m_dialog->isVisible());
    bool shown = false;
    for (QLabel* label : m_dialog->findChildren<QLabel*>())
        shown |= label->isVisible() && label->text().contains(QStringLiteral("gopher"), Qt::CaseInsensitive);
    QVERIFY(shown);
    QCOMPARE(firstPort(*m_server), port); // still serving as before
    QVERIFY(!QFile::exists(m_settingsPath));
}

void SettingsDialogTest::portMovedBecauseTakenIsNotSaved()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    MessageStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    SmtpServer server(&store);
    ServerSettings settings;
    settings.listeners.first().port = squatter.serverPort();
    QVERIFY(server.setSettings(settings));
    const QString path = m_dir.filePath(QStringLiteral("moved/settings.json"));
    MainWindow window(&server, &store, path);
    QVERIFY(window.startServer());
    QVERIFY(firstPort(server) != squatter.serverPort());

    SettingsDialog* dialog = window.openSettings();
    auto* plain = dialog->findChild<QCheckBox*>(QStringLiteral("mechanism_PLAIN"));
    plain->click();
    QVERIFY(dialog->apply());
    ServerSettings saved;
    QString error;
    QVERIFY2(ServerSettings::load(path, &saved, &error), qPrintable(error));
    QCOMPARE(saved.listeners.first().port, squatter.serverPort()); // next time, 1025 again if free
    QVERIFY(!saved.auth.mechanisms.contains(SaslMechanism::Plain));
}

void SettingsDialogTest::ruleAddedInTheEditorAnswersARealRecipient()
{
    QString error;
    QVERIFY(runSmtpClient(QStringLiteral("rcpt"), firstPort(*m_server), &error)
                .contains(QStringLiteral("bob@bad.test 250 2.1.5 Recipient <bob@bad.test> OK")));

    auto* rules = m_dialog->findChild<RulesPage*>();
    QVERIFY(rules);
    QTest::mouseClick(rules->findChild<QPushButton*>(QStringLiteral("addRule")), Qt::LeftButton);
    auto* editor = rules->findChild<RuleEditDialog*>();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    auto* name = editor->findChild<QLineEdit*>(QStringLiteral("ruleName"));
    QTest::keyClicks(name, QStringLiteral("No bad.test"));
    auto* pattern = editor->findChild<QLineEdit*>(QStringLiteral("rulePattern"));
    pattern->selectAll();
    QTest::keyClicks(pattern, QStringLiteral("*@BAD.test"));
    auto* code = editor->findChild<QSpinBox*>(QStringLiteral("ruleCode"));
    code->setValue(553);
    auto* enhanced = editor->findChild<QLineEdit*>(QStringLiteral("ruleEnhancedCode"));
    enhanced->setText(QStringLiteral("5.1.3"));
    auto* text = editor->findChild<QLineEdit*>(QStringLiteral("ruleText"));
    text->setText(QStringLiteral("Nobody at bad.test"));
    QTest::mouseClick(editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!rules->findChild<RuleEditDialog*>());
    QCOMPARE(rules->rules().size(), 1);
    QCOMPARE(rules->findChild<QTableView*>(QStringLiteral("rules"))->model()->rowCount(), 1);
    clickApply();

    const QStringList replies = runSmtpClient(QStringLiteral("rcpt"), firstPort(*m_server), &error);
    QCOMPARE(replies,
        (QStringList { QStringLiteral("ann@example.com 250 2.1.5 Recipient <ann@example.com> OK"),
            QStringLiteral("bob@bad.test 553 5.1.3 Nobody at bad.test") }));
    ServerSettings saved;
    QVERIFY2(ServerSettings::load(m_settingsPath, &saved, &error), qPrintable(error));
    QCOMPARE(saved.rules.size(), 1);
    QCOMPARE(saved.rules.first().name, QStringLiteral("No bad.test"));

    // Switched off in the table: the recipient is accepted again.
    auto* model = rules->findChild<QTableView*>(QStringLiteral("rules"))->model();
    QVERIFY(model->setData(model->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    clickApply();
    QVERIFY(runSmtpClient(QStringLiteral("rcpt"), firstPort(*m_server), &error)
                .contains(QStringLiteral("bob@bad.test 250 2.1.5 Recipient <bob@bad.test> OK")));
}

void SettingsDialogTest::badRuleIsRefusedInTheEditor()
{
    auto* rules = m_dialog->findChild<RulesPage*>();
    rules->addRule();
    auto* editor = rules->findChild<RuleEditDialog*>();
    QVERIFY(editor);
    auto* enhanced = editor->findChild<QLineEdit*>(QStringLiteral("ruleEnhancedCode"));
    enhanced->setText(QStringLiteral("4.1.1")); // a 4xx code with a 550 reply
    QTest::mouseClick(editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(editor->isVisible());
    bool shown = false;
    for (QLabel* label : editor->findChildren<QLabel*>())
        shown |= label->isVisible() && label->text().contains(QStringLiteral("4.1.1"));
    QVERIFY(shown);
    QVERIFY(rules->rules().isEmpty());
    editor->reject();
}

void SettingsDialogTest::presetsAreAddedAndReordered()
{
    auto* rules = m_dialog->findChild<RulesPage*>();
    rules->addPreset(RulePresets::greylist());
    rules->addPreset(RulePresets::slowServer(500)); // five rules, one per stage
    QCOMPARE(rules->rules().size(), 6);
    auto* up = rules->findChild<QPushButton*>(QStringLiteral("moveRuleUp"));
    QVERIFY(up);
    auto* table = rules->findChild<QTableView*>(QStringLiteral("rules"));
    table->selectRow(1); // the first slow-server rule
    QVERIFY(up->isEnabled());
    QTest::mouseClick(up, Qt::LeftButton);
    QCOMPARE(rules->rules().at(0).action, Rule::Action::Delay);
    QCOMPARE(rules->rules().at(1).name, QStringLiteral("Greylist"));
    QCOMPARE(table->currentIndex().row(), 0);
    QVERIFY(!up->isEnabled()); // at the top now
    clickApply();
    QCOMPARE(m_server->settings().rules.size(), 6);
    QCOMPARE(m_server->settings().rules.at(1).name, QStringLiteral("Greylist"));
}

void SettingsDialogTest::sniCertificateWithoutHostNameIsRefused()
{
    auto* table = m_dialog->findChild<QTableWidget*>(QStringLiteral("sniCertificates"));
    QVERIFY(table);
    table->insertRow(0);
    table->setItem(0, 1, new QTableWidgetItem(QStringLiteral("/tmp/some.pem")));
    ServerSettings settings;
    QString error;
    QVERIFY(!m_dialog->readSettings(&settings, &error));
    QVERIFY2(error.contains(QStringLiteral("host name")), qPrintable(error));
}

void SettingsDialogTest::relayRuleSendsMatchingMessagesOn()
{
    MessageStore upstreamStore;
    QVERIFY(upstreamStore.open(QStringLiteral(":memory:")));
    SmtpServer upstream(&upstreamStore);
    ServerSettings upstreamSettings;
    upstreamSettings.listeners.first().port = 0;
    upstreamSettings.reverseDns = false;
    QVERIFY(upstream.setSettings(upstreamSettings));
    QVERIFY(upstream.start());
    MessageRelay relay(m_store.get(), m_server.get()); // as the program's main() sets it up

    auto* host = m_dialog->findChild<QLineEdit*>(QStringLiteral("relayHost"));
    QVERIFY(host);
    QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
    m_dialog->findChild<QSpinBox*>(QStringLiteral("relayPort"))->setValue(firstPort(upstream));
    m_dialog->findChild<QRadioButton*>(QStringLiteral("relayMatching"))->setChecked(true);
    auto* queries = m_dialog->findChild<QPlainTextEdit*>(QStringLiteral("relayQueries"));
    QVERIFY(queries->isEnabled());
    queries->setPlainText(QStringLiteral("subject:nothing-like-this\nsubject:1042"));
    clickApply();
    QVERIFY2(m_server->settings().relay.relaysAutomatically(), "relay not applied");

    QString error;
    (void)runSmtpClient(QStringLiteral("send"), firstPort(*m_server), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(upstreamStore.messageCount(), 1, 15000);
    QCOMPARE(upstreamStore.messages(0, 1).first().subject, QStringLiteral("Order #1042 confirmed"));
    QCOMPARE(m_store->messageCount(), 1); // the captured copy stays

    ServerSettings saved;
    QVERIFY2(ServerSettings::load(m_settingsPath, &saved, &error), qPrintable(error));
    QCOMPARE(saved.relay.matching, (QStringList { QStringLiteral("subject:nothing-like-this"), QStringLiteral("subject:1042") }));
}

void SettingsDialogTest::relayToItselfIsRefused()
{
    m_dialog->findChild<QLineEdit*>(QStringLiteral("relayHost"))->setText(QStringLiteral("localhost"));
    m_dialog->findChild<QSpinBox*>(QStringLiteral("relayPort"))->setValue(firstPort(*m_server));
    m_dialog->findChild<QRadioButton*>(QStringLiteral("relayAll"))->setChecked(true);
    ServerSettings settings;
    QString error;
    QVERIFY(!m_dialog->readSettings(&settings, &error));
    QVERIFY2(error.contains(QStringLiteral("own listeners")), qPrintable(error));
}

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("MailscopeTests")); // window geometry kept apart
    HtmlPreview::prepareApplication();
    QApplication app(argc, argv);
    SettingsDialogTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_settingsdialog.moc"
