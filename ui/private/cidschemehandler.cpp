#include "cidschemehandler.h"

#include "mime/mimeparser.h"

#include <QBuffer>
#include <QUrl>
#include <QWebEngineUrlRequestJob>

namespace Mailscope {

const QByteArray CidSchemeHandler::CidScheme = QByteArrayLiteral("cid");
const QByteArray CidSchemeHandler::BodyScheme = QByteArrayLiteral("mailscope-message");

CidSchemeHandler::CidSchemeHandler(QObject* parent)
    : QWebEngineUrlSchemeHandler(parent)
{
}

void CidSchemeHandler::setMessage(const QString& rawFilePath, const QString& html,
    const QHash<QString, QString>& contentTypes, const QHash<QString, int>& parts)
{
    m_rawFilePath = rawFilePath;
    m_html = html.toUtf8();
    m_contentTypes = contentTypes;
    m_parts = parts;
}

void CidSchemeHandler::requestStarted(QWebEngineUrlRequestJob* job)
{
    const QUrl url = job->requestUrl();
    QByteArray content;
    QByteArray contentType;
    if (url.scheme().toLatin1() == BodyScheme) {
        content = m_html;
        contentType = QByteArrayLiteral("text/html;charset=utf-8");
    } else {
        const QString contentId = QUrl::fromPercentEncoding(url.path().toUtf8());
        const auto part = m_parts.constFind(contentId);
        if (part == m_parts.cend()) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        content = MimeParser::partContent(m_rawFilePath, *part);
        contentType = m_contentTypes.value(contentId, QStringLiteral("application/octet-stream")).toLatin1();
    }
    auto* buffer = new QBuffer(job);
    buffer->setData(content);
    buffer->open(QIODevice::ReadOnly);
    job->reply(contentType, buffer);
}

} // namespace Mailscope
