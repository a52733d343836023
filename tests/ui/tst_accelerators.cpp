// Keyboard accelerators (the & in a label) stay unique among what a dialog or page shows at once,
// in every translated language: two labels on the same Alt+letter make one of them unreachable.
#include "consoledialogs.h"
#include "consolepage.h"
#include "ruleeditdialog.h"
#include "senddialog.h"
#include "settingsdialog.h"
#include "translations.h"

#include "smtp/smtpserver.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Mailscope;

namespace {

// The letter after a single & ("&&" is a literal ampersand), lower-cased; empty when there is none.
QString mnemonic(const QString& text)
{
    static const QRegularExpression accelerator(QStringLiteral("(?<!&)&([^&\\s])"));
    const QRegularExpressionMatch match = accelerator.match(text);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

// Every accelerator that `top` shows as it is now: labels with a buddy, buttons, group boxes, tabs.
QMultiMap<QString, QString> accelerators(QWidget* top)
{
    QMultiMap<QString, QString> found;
    auto add = [&found](const QString& text) {
        if (const QString letter = mnemonic(text); !letter.isEmpty())
            found.insert(letter, text);
    };
    const auto shown = [top](QWidget* widget) { return widget->isVisibleTo(top) && widget->isEnabled(); };
    for (QLabel* label : top->findChildren<QLabel*>())
        if (label->buddy() && shown(label))
            add(label->text());
    for (QAbstractButton* button : top->findChildren<QAbstractButton*>())
        if (shown(button))
            add(button->text());
    for (QGroupBox* box : top->findChildren<QGroupBox*>())
        if (shown(box))
            add(box->title());
    for (QTabWidget* tabs : top->findChildren<QTabWidget*>())
        if (shown(tabs))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
    return found;
}

QStringList clashes(QWidget* top)
{
    const QMultiMap<QString, QString> found = accelerators(top);
    QStringList result;
    for (const QString& letter : found.uniqueKeys())
        if (found.count(letter) > 1)
            result << QStringLiteral("Alt+%1: %2").arg(letter, QStringList(found.values(letter)).join(QStringLiteral(" / ")));
    return result;
}

} // namespace

class AcceleratorsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void uniqueInEachDialog_data();
    void uniqueInEachDialog();

private:
    void expectNoClashes(QWidget* top, const QString& what);
};

void AcceleratorsTest::init()
{
    QFETCH(QString, language);
    installTranslators(QCoreApplication::instance(), QLocale(language));
}

void AcceleratorsTest::cleanup()
{
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void AcceleratorsTest::expectNoClashes(QWidget* top, const QString& what)
{
    const QStringList found = clashes(top);
    if (!found.isEmpty())
        QFAIL(qPrintable(QStringLiteral("%1: %2").arg(what, found.join(QStringLiteral("; ")))));
}

void AcceleratorsTest::uniqueInEachDialog_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de_DE");
    QTest::newRow("French") << QStringLiteral("fr_FR");
}

void AcceleratorsTest::uniqueInEachDialog()
{
    // Guard: the translation is really loaded, or the test would check the English source.
    QVERIFY(QCoreApplication::translate("Mailscope::RuleEditDialog", "&When:") != QStringLiteral("&When:"));

    RuleEditDialog rule(Rule {});
    expectNoClashes(&rule, QStringLiteral("rule"));

    SendDialog send({});
    expectNoClashes(&send, QStringLiteral("send, compose"));
    send.findChild<QRadioButton*>(QStringLiteral("sendEmlMode"))->setChecked(true);
    expectNoClashes(&send, QStringLiteral("send, .eml file"));

    ConsoleAuthDialog auth({ QByteArrayLiteral("PLAIN") });
    expectNoClashes(&auth, QStringLiteral("console AUTH"));

    SmtpServer server(nullptr);
    ConsolePage console(&server);
    expectNoClashes(&console, QStringLiteral("console page"));

    QTemporaryDir folder;
    SettingsDialog settings(&server, folder.filePath(QStringLiteral("settings.toml")), {});
    auto* tabs = settings.findChild<QTabWidget*>();
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        expectNoClashes(&settings, QStringLiteral("settings, %1").arg(tabs->tabText(i)));
    }
}

QTEST_MAIN(AcceleratorsTest)
#include "tst_accelerators.moc"
