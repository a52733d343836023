#pragma once

#include <QHash>
#include <QString>
#include <QWebEngineUrlSchemeHandler>

namespace Mailscope {

// Serves the message being previewed: its HTML body at mailscope-message:body, and the parts
// it refers to as cid:CONTENT-ID (RFC 2392), read from the raw message file on request.
class CidSchemeHandler : public QWebEngineUrlSchemeHandler {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CidSchemeHandler)

public:
    static const QByteArray CidScheme;
    static const QByteArray BodyScheme;

    explicit CidSchemeHandler(QObject* parent = nullptr);

    // `parts` maps a Content-ID (without angle brackets) to its MimePart index.
    void setMessage(const QString& rawFilePath, const QString& html,
        const QHash<QString, QString>& contentTypes, const QHash<QString, int>& parts);
    void requestStarted(QWebEngineUrlRequestJob* job) override;

private:
    QString m_rawFilePath;
    QByteArray m_html;
    QHash<QString, int> m_parts;
    QHash<QString, QString> m_contentTypes;
};

} // namespace Mailscope
