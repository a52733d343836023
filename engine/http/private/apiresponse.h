#pragma once

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace Mailscope::ApiResponse {

using Status = QHttpServerResponse::StatusCode;

[[nodiscard]] QHttpServerResponse json(const QJsonObject& object, Status status = Status::Ok);
[[nodiscard]] QHttpServerResponse json(const QJsonArray& array, Status status = Status::Ok);
// Mailpit answers changes with a plain "ok".
[[nodiscard]] QHttpServerResponse ok();
[[nodiscard]] QHttpServerResponse text(const QByteArray& mimeType, const QByteArray& body);
// {"Error": message} with a 4xx/5xx status.
[[nodiscard]] QHttpServerResponse error(int status, const QString& message);

// A query parameter, form-decoded; nullopt when absent.
[[nodiscard]] std::optional<QString> queryValue(const QHttpServerRequest& request, QStringView name);
// A header, by case-insensitive name; empty when absent.
[[nodiscard]] QByteArray header(const QHttpServerRequest& request, const QByteArray& name);
// The body as a JSON object; an empty body is {}. False with a message for anything else.
[[nodiscard]] bool jsonBody(const QHttpServerRequest& request, QJsonObject* object, QString* error);
// The body as a JSON object with Mailpit's "IDs" read into `ids` (empty when absent).
[[nodiscard]] bool jsonBodyWithIds(
    const QHttpServerRequest& request, QJsonObject* object, QList<qint64>* ids, QString* error);
// ?start= (default 0) and ?limit= (default and 0: `defaultLimit`); false with a message for a value that is
// not a count.
[[nodiscard]] bool page(
    const QHttpServerRequest& request, int defaultLimit, int* start, int* limit, QString* error);

} // namespace Mailscope::ApiResponse
