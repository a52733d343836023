#include "apiresponse.h"

#include "http/apijson.h"
#include "http/apirequest.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace Mailscope::ApiResponse {

QHttpServerResponse json(const QJsonObject& object, Status status)
{
    return QHttpServerResponse(
        QByteArrayLiteral("application/json"), QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse json(const QJsonArray& array, Status status)
{
    return QHttpServerResponse(
        QByteArrayLiteral("application/json"), QJsonDocument(array).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse ok()
{
    return text(QByteArrayLiteral("text/plain"), QByteArrayLiteral("ok"));
}

QHttpServerResponse text(const QByteArray& mimeType, const QByteArray& body)
{
    return QHttpServerResponse(mimeType, body, Status::Ok);
}

QHttpServerResponse error(int status, const QString& message)
{
    return json(ApiJson::error(message), Status(status));
}

std::optional<QString> queryValue(const QHttpServerRequest& request, QStringView name)
{
    return ApiRequest::formValue(request.url().query(QUrl::FullyEncoded).toUtf8(), name);
}

QByteArray header(const QHttpServerRequest& request, const QByteArray& name)
{
    for (const auto& [key, value] : request.headers())
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

bool jsonBody(const QHttpServerRequest& request, QJsonObject* object, QString* error)
{
    const QByteArray body = request.body().trimmed();
    if (body.isEmpty()) {
        *object = {};
        return true;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
            ? QStringLiteral("the body is not JSON: %1").arg(parseError.errorString())
            : QStringLiteral("the body must be a JSON object");
        return false;
    }
    *object = document.object();
    return true;
}

bool jsonBodyWithIds(
    const QHttpServerRequest& request, QJsonObject* object, QList<qint64>* ids, QString* error)
{
    return jsonBody(request, object, error)
        && ApiRequest::readIds(object->value(QLatin1String("IDs")), ids, error);
}

bool page(const QHttpServerRequest& request, int defaultLimit, int* start, int* limit, QString* error)
{
    *start = 0;
    *limit = defaultLimit;
    for (const auto& [name, target] : { std::pair { u"start", start }, std::pair { u"limit", limit } }) {
        const std::optional<QString> value = queryValue(request, name);
        if (!value || value->isEmpty())
            continue;
        const std::optional<int> n = ApiRequest::parseCount(*value, 0);
        if (!n) {
            *error = QStringLiteral("%1 must be a whole number of at least 0, not \"%2\"")
                         .arg(QStringView(name).toString(), *value);
            return false;
        }
        *target = *n;
    }
    if (*limit == 0)
        *limit = defaultLimit;
    return true;
}

} // namespace Mailscope::ApiResponse
