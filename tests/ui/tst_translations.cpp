// The translations built into the program: the one for the locale is loaded, Qt's own too, and
// plurals take the language's forms. (tests/translations/check_ts.py checks that nothing is left
// untranslated.)
#include "traypresenter.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace Mailscope;

class TranslationsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void germanIsLoadedForAGermanLocale();
    void frenchPluralsKeepOneSingular();
    void otherLanguagesGetEnglishPlurals();
    void qtsOwnStringsAreTranslatedWhenInstalled();

private:
    static QString translate(const char* context, const char* source, int n = -1)
    {
        return QCoreApplication::translate(context, source, nullptr, n);
    }
};

void TranslationsTest::cleanup()
{
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TranslationsTest::germanIsLoadedForAGermanLocale()
{
    installTranslators(QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(translate("Mailscope::MainWindow", "Messages"), QStringLiteral("Nachrichten"));
    QCOMPARE(translate("Mailscope::MainWindow", "Settings…"), QStringLiteral("Einstellungen…"));
    QCOMPARE(translate("Mailscope::SettingsDialog", "&Window"), QStringLiteral("&Fenster"));
    QCOMPARE(translate("Mailscope::MessageListModel", "Subject"), QStringLiteral("Betreff"));
    QCOMPARE(TrayPresenter::notification(37, {}).title, QStringLiteral("37 neue Nachrichten"));
    QCOMPARE(TrayPresenter::toolTip(1, false),
        QStringLiteral("Mailscope\nDer Server ist angehalten\n1 ungelesene Nachricht"));
    // Austrian German falls back to German.
    cleanup();
    installTranslators(QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Austria));
    QCOMPARE(translate("Mailscope::MainWindow", "Sessions"), QStringLiteral("Sitzungen"));
}

void TranslationsTest::frenchPluralsKeepOneSingular()
{
    installTranslators(QCoreApplication::instance(), QLocale(QLocale::French, QLocale::France));
    QCOMPARE(translate("Mailscope::MainWindow", "Sessions"), QStringLiteral("Sessions"));
    QCOMPARE(translate("Mailscope::MessageListModel", "Subject"), QStringLiteral("Objet"));
    QCOMPARE(TrayPresenter::notification(1, {}).title, QStringLiteral("1 nouveau message"));
    QCOMPARE(TrayPresenter::notification(37, {}).title, QStringLiteral("37 nouveaux messages"));
}

void TranslationsTest::otherLanguagesGetEnglishPlurals()
{
    installTranslators(QCoreApplication::instance(), QLocale(QLocale::Spanish, QLocale::Spain));
    QCOMPARE(translate("Mailscope::MainWindow", "Messages"), QStringLiteral("Messages"));
    QCOMPARE(TrayPresenter::notification(1, {}).title, QStringLiteral("1 new message"));
    QCOMPARE(TrayPresenter::notification(37, {}).title, QStringLiteral("37 new messages"));
}

void TranslationsTest::qtsOwnStringsAreTranslatedWhenInstalled()
{
    const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QDir(folder).exists(QStringLiteral("qtbase_de.qm")))
        QSKIP("Qt's German translation is not installed (qt6-translations-l10n)");
    installTranslators(QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
