#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Mailscope {

void installTranslators(QCoreApplication* application, const QLocale& locale)
{
    auto* qt = new QTranslator(application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // qt_add_translations puts the .qm files under :/i18n (translations/ in the source tree).
    auto* own = new QTranslator(application);
    if (own->load(locale, QStringLiteral("mailscope"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("mailscope_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace Mailscope
