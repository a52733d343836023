#include "messagebody.h"

#include "reporthtml.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace Mailscope::Report {

namespace {

// Goes first in the part's <head>, before anything of the message. The policy keeps even the page opened
// on its own (outside the sandboxed frame) from running scripts or fetching anything remote; file: and
// data: let the saved cid: images and inline images show.
constexpr auto Prologue = QLatin1String(
    "<meta charset=\"utf-8\">\n"
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src 'self' file: data:; "
    "style-src 'unsafe-inline'; font-src 'self' file: data:; media-src 'self' file: data:; base-uri 'none'; "
    "form-action 'none'\">\n"
    "<meta name=\"referrer\" content=\"no-referrer\">\n"
    "<meta http-equiv=\"x-dns-prefetch-control\" content=\"off\">\n"
    "<base target=\"_blank\">\n");

QString rewriteContentIds(QString html, const QString& partsFolder, QList<SavedPart> parts)
{
    // Longest first, and only whole ids: "cid:logo" must not take the start of "cid:logo2".
    std::sort(parts.begin(), parts.end(), [](const SavedPart& a, const SavedPart& b) {
        return a.attachment.contentId.size() > b.attachment.contentId.size();
    });
    for (const SavedPart& part : parts) {
        const QString& contentId = part.attachment.contentId;
        if (contentId.isEmpty())
            continue;
        const QString target = href(partsFolder + u'/' + part.fileName);
        // RFC 2392: a cid: URL is the Content-ID percent-encoded; senders write it either way.
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(contentId, "@!$&'()*+,;=:~"));
        QString alternatives = QRegularExpression::escape(contentId);
        if (encoded != contentId)
            alternatives += u'|' + QRegularExpression::escape(encoded);
        const QRegularExpression reference(QStringLiteral("cid:(?:%1)(?=[\"'\\s>)]|$)").arg(alternatives),
            QRegularExpression::CaseInsensitiveOption);
        html.replace(reference, target);
    }
    return html;
}

// A meta refresh is not a script, so the policy lets it through; it would take the page elsewhere.
QString withoutRefresh(QString html)
{
    static const QRegularExpression refresh(
        QStringLiteral("http-equiv\\s*=\\s*([\"']?)\\s*refresh"), QRegularExpression::CaseInsensitiveOption);
    return html.replace(refresh, QStringLiteral("data-removed-by-mailscope=\\1refresh"));
}

} // namespace

QString safeHtmlDocument(const QString& html, const QString& partsFolder, const QList<SavedPart>& parts)
{
    QString body = withoutRefresh(rewriteContentIds(html, partsFolder, parts));
    // A doctype must stay first (or the part is drawn in quirks mode); everything else follows the prologue.
    static const QRegularExpression doctype(
        QStringLiteral("^\\s*(<!doctype[^>]*>)"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = doctype.match(body);
    QString head = match.hasMatch() ? match.captured(1) + u'\n' : QString();
    if (match.hasMatch())
        body.remove(0, match.capturedEnd(0));
    return head + Prologue + body;
}

bool writeHtmlBody(const QString& path, const QString& html, const QString& partsFolder,
    const QList<SavedPart>& parts, QString* error)
{
    PageFile file(path);
    if (!file.open(error))
        return false;
    file.out() << safeHtmlDocument(html, partsFolder, parts);
    return file.commit(error);
}

} // namespace Mailscope::Report
