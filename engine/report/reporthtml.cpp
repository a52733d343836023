#include "reporthtml.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QStringList>
#include <QTextStream>
#include <QUrl>

namespace Mailscope::Report {

QString escape(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        case '\t':
        case '\n':
            out += c;
            break;
        default:
            if (c.unicode() < 0x20)
                out += QChar(0x2400 + c.unicode()); // U+2400 CONTROL PICTURES: NUL shows as "␀"
            else if (c.unicode() == 0x7f)
                out += QChar(0x2421);
            else
                out += c;
        }
    }
    return out;
}

QString href(const QString& path)
{
    QStringList segments = path.split(u'/');
    for (QString& segment : segments)
        segment = QString::fromLatin1(QUrl::toPercentEncoding(segment));
    return escape(segments.join(u'/'));
}

namespace {

bool isReservedOnWindows(const QString& name)
{
    static const QRegularExpression device(QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return device.match(name).hasMatch();
}

// Splits "name.ext" into "name" and ".ext" (a short suffix only; "archive.tar.gz" keeps ".gz").
std::pair<QString, QString> splitSuffix(const QString& name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0 || name.size() - dot > 12)
        return { name, QString() };
    return { name.left(dot), name.mid(dot) };
}

} // namespace

QString safeFileName(const QString& name, const QString& fallback)
{
    QString base = name.mid(qMax(name.lastIndexOf(u'/'), name.lastIndexOf(u'\\')) + 1);
    for (QChar& c : base) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || QStringView(u"<>:\"|?*").contains(c)
            || c.category() == QChar::Other_Format) // right-to-left overrides hide a real extension
            c = u'_';
    }
    // Leading dots would hide the file ("..", ".bashrc"); trailing dots and spaces vanish on Windows.
    qsizetype start = 0;
    while (start < base.size() && (base[start] == u'.' || base[start].isSpace()))
        ++start;
    qsizetype end = base.size();
    while (end > start && (base[end - 1] == u'.' || base[end - 1].isSpace()))
        --end;
    base = base.mid(start, end - start);
    if (base.isEmpty())
        return fallback;
    if (isReservedOnWindows(base))
        base.prepend(u'_');
    constexpr qsizetype MaxLength = 100;
    if (base.size() > MaxLength) {
        const auto [stem, suffix] = splitSuffix(base);
        base = stem.left(MaxLength - suffix.size()) + suffix;
    }
    return base;
}

QString uniqueFileName(const QString& name, QSet<QString>& taken)
{
    QString candidate = name;
    const auto [stem, suffix] = splitSuffix(name);
    for (int n = 2; taken.contains(candidate.toCaseFolded()); ++n)
        candidate = QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(suffix);
    taken.insert(candidate.toCaseFolded());
    return candidate;
}

QString sessionFileStem(const QString& sessionId)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$"));
    if (plain.match(sessionId).hasMatch())
        return sessionId;
    QString cleaned = sessionId.left(60);
    for (QChar& c : cleaned)
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != u'-' && c != u'_')
            c = u'_';
    const QByteArray hash
        = QCryptographicHash::hash(sessionId.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    return QStringLiteral("session_%1-%2").arg(cleaned, QString::fromLatin1(hash));
}

QString formatTime(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString formatSize(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    static const char* const units[] = { "KiB", "MiB", "GiB", "TiB" };
    double value = bytes / 1024.0;
    int unit = 0;
    while (value >= 1024 && unit < 3) {
        value /= 1024;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(value, 0, 'f', value < 10 ? 1 : 0).arg(QLatin1String(units[unit]));
}

void writePageStart(QTextStream& out, const QString& title, const QString& cssHref)
{
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self' "
           "file:; "
           "img-src 'self' file: data:; frame-src 'self' file:; base-uri 'none'; form-action 'none'\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<meta name=\"generator\" content=\"Mailscope\">\n"
        << "<title>" << escape(title) << " — Mailscope report</title>\n"
        << "<link rel=\"stylesheet\" href=\"" << href(cssHref) << "\">\n</head>\n<body>\n";
}

void writePageEnd(QTextStream& out)
{
    out << "</body>\n</html>\n";
}

PageFile::PageFile(const QString& path)
    : m_file(path)
{
}

bool PageFile::open(QString* error)
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_stream.setDevice(&m_file);
    return true;
}

bool PageFile::commit(QString* error)
{
    m_stream.flush();
    m_file.close();
    if (m_stream.status() != QTextStream::Ok || m_file.error() != QFileDevice::NoError) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

} // namespace Mailscope::Report
