#pragma once

class QCoreApplication;
class QLocale;

namespace Mailscope {

// Installs Qt's own translations (when installed) and Mailscope's for `locale`'s languages.
// Without a Mailscope translation for them, the English one gives plurals their right form.
void installTranslators(QCoreApplication* application, const QLocale& locale);

} // namespace Mailscope
