#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

class QJsonValue;

namespace Mailscope {

struct ApiSettings;

// Pure helpers for reading what an API request says: no sockets, testable with a string.
namespace ApiRequest {

// The value of `name` in an application/x-www-form-urlencoded query ('+' is a space,
// %XX is a byte of UTF-8); nullopt when the name is absent.
[[nodiscard]] std::optional<QString> formValue(const QByteArray& encodedQuery, QStringView name);

// A whole number >= minimum from a query value; nullopt when it is not one.
[[nodiscard]] std::optional<int> parseCount(const QString& text, int minimum);

// A message ID as the API shows it ("42"); nullopt for anything else.
[[nodiscard]] std::optional<qint64> parseMessageId(const QString& text);

// Mailpit's "IDs" array: strings (or numbers) naming messages. False with a message
// when it is not an array or an item is not an ID; absent or null gives an empty list.
[[nodiscard]] bool readIds(const QJsonValue& value, QList<qint64>* ids, QString* error);

// Mailpit's tag names: letters, digits, '-', '.', '_' and spaces; anything else is dropped.
[[nodiscard]] QString cleanTagName(const QString& tag);

// Whether an Authorization header satisfies the settings: Basic USER:PASSWORD or Bearer TOKEN.
[[nodiscard]] bool isAuthorized(const QByteArray& authorization, const ApiSettings& settings);

} // namespace ApiRequest

} // namespace Mailscope
