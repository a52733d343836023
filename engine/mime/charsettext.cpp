// GMime's headers come first: GLib names a struct member `signals` (Qt keywords are off too).
#include <gmime/gmime.h>

#include "mime/charsettext.h"

#include <QStringDecoder>
#include <memory>
#include <optional>

namespace Mailscope {

namespace {

struct GFree {
    void operator()(void *memory) const { g_free(memory); }
};

std::optional<QString> convertWithIconv(const QByteArray &bytes, const char *charset)
{
    iconv_t converter = g_mime_iconv_open("UTF-8", charset);
    if (converter == iconv_t(-1))
        return std::nullopt;
    const std::unique_ptr<char, GFree> utf8(
        g_mime_iconv_strndup(converter, bytes.constData(), size_t(bytes.size())));
    g_mime_iconv_close(converter);
    return utf8 ? std::optional<QString>(QString::fromUtf8(utf8.get())) : std::nullopt;
}

} // namespace

QString textFromCharset(const QByteArray &bytes, const QString &charset, QStringList &warnings)
{
    const bool unlabelled = charset.isEmpty() || charset == QLatin1String("us-ascii")
        || charset == QLatin1String("utf-8") || charset == QLatin1String("utf8");
    if (!unlabelled) {
        if (const std::optional<QString> converted = convertWithIconv(bytes, charset.toLatin1().constData()))
            return *converted;
        warnings.append(QStringLiteral("unknown charset %1").arg(charset.left(100)));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8(bytes);
    if (!utf8.hasError())
        return decoded;
    // Unlabelled 8-bit text that is not UTF-8 is most often Windows' Latin-1.
    if (const std::optional<QString> converted = convertWithIconv(bytes, "windows-1252"))
        return *converted;
    return QString::fromLatin1(bytes);
}

} // namespace Mailscope
