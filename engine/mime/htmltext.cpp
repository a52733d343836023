#include "mime/htmltext.h"

#include <QHash>

namespace Mailscope {

namespace {

constexpr qsizetype LongestEntity = 12;

QString entityText(QStringView name)
{
    static const QHash<QString, QString> named {
        { QStringLiteral("amp"), QStringLiteral("&") },
        { QStringLiteral("lt"), QStringLiteral("<") },
        { QStringLiteral("gt"), QStringLiteral(">") },
        { QStringLiteral("quot"), QStringLiteral("\"") },
        { QStringLiteral("apos"), QStringLiteral("'") },
        { QStringLiteral("nbsp"), QStringLiteral(" ") },
        { QStringLiteral("copy"), QStringLiteral("©") },
        { QStringLiteral("reg"), QStringLiteral("®") },
        { QStringLiteral("hellip"), QStringLiteral("…") },
        { QStringLiteral("mdash"), QStringLiteral("—") },
        { QStringLiteral("ndash"), QStringLiteral("–") },
        { QStringLiteral("euro"), QStringLiteral("€") },
        { QStringLiteral("laquo"), QStringLiteral("«") },
        { QStringLiteral("raquo"), QStringLiteral("»") },
    };
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name[1] == QLatin1Char('x') || name[1] == QLatin1Char('X'));
        const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return {};
        const char32_t codePoint = code;
        return QString::fromUcs4(&codePoint, 1);
    }
    return named.value(name.toString().toLower());
}

bool isBlockTag(QStringView name)
{
    static const QStringList blocks { QStringLiteral("br"), QStringLiteral("p"), QStringLiteral("div"),
        QStringLiteral("tr"), QStringLiteral("li"), QStringLiteral("table"), QStringLiteral("h1"),
        QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
        QStringLiteral("h6"), QStringLiteral("blockquote"), QStringLiteral("pre"), QStringLiteral("hr") };
    return blocks.contains(name.toString());
}

QString tagName(QStringView tag)
{
    qsizetype end = 0;
    while (end < tag.size() && (tag[end].isLetterOrNumber() || tag[end] == QLatin1Char('-')))
        ++end;
    return tag.first(end).toString().toLower();
}

// Where the text after an element whose content is not text (script, style, head) resumes.
qsizetype skipElement(QStringView html, qsizetype from, const QString &name, bool untilEndIfUnclosed)
{
    const qsizetype close = html.indexOf(QString(QStringLiteral("</") + name), from, Qt::CaseInsensitive);
    if (close < 0)
        return untilEndIfUnclosed ? html.size() : from;
    const qsizetype end = html.indexOf(QLatin1Char('>'), close);
    return end < 0 ? html.size() : end + 1;
}

} // namespace

QString htmlToPlainText(QStringView html)
{
    QString text;
    text.reserve(html.size() / 2);
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html[i];
        if (c == QLatin1Char('<')) {
            if (html.mid(i, 4) == QLatin1String("<!--")) {
                const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
                i = end < 0 ? html.size() : end + 3;
                continue;
            }
            const qsizetype end = html.indexOf(QLatin1Char('>'), i + 1);
            if (end < 0)
                break; // an unterminated tag: what follows is inside it
            const QStringView tag = html.sliced(i + 1, end - i - 1);
            const bool closing = tag.startsWith(QLatin1Char('/'));
            const QString name = tagName(closing ? tag.sliced(1) : tag);
            i = end + 1;
            if (!closing && (name == QLatin1String("script") || name == QLatin1String("style")))
                i = skipElement(html, i, name, true);
            else if (!closing && name == QLatin1String("head"))
                i = skipElement(html, i, name, false);
            text += isBlockTag(name) ? QLatin1Char('\n') : QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('&')) {
            const qsizetype semicolon = html.indexOf(QLatin1Char(';'), i + 1);
            if (semicolon > i + 1 && semicolon - i <= LongestEntity) {
                const QString decoded = entityText(html.sliced(i + 1, semicolon - i - 1));
                if (!decoded.isEmpty()) {
                    text += decoded;
                    i = semicolon + 1;
                    continue;
                }
            }
        }
        text += c;
        ++i;
    }
    return text;
}

QString condensedText(QStringView text, qsizetype maxChars)
{
    QString condensed;
    condensed.reserve(qMin(text.size(), maxChars));
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (condensed.size() >= maxChars)
            break;
        if (c.isSpace()) {
            pendingSpace = !condensed.isEmpty();
            continue;
        }
        if (pendingSpace) {
            condensed += QLatin1Char(' ');
            pendingSpace = false;
            if (condensed.size() >= maxChars)
                break;
        }
        condensed += c;
    }
    return condensed;
}

} // namespace Mailscope
