#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>

namespace Mailscope {

// A JSON object written straight into UTF-8 bytes, member by member in the order given. For lines
// written for every message or session, where building a QJsonObject costs more than the work
// being logged.
class JsonLine {
public:
    JsonLine &addString(QLatin1StringView key, QStringView value);
    JsonLine &addNumber(QLatin1StringView key, qint64 value);
    JsonLine &addBool(QLatin1StringView key, bool value);
    JsonLine &addNull(QLatin1StringView key);
    JsonLine &addObject(QLatin1StringView key, const JsonLine &object);
    // `json` is a complete JSON value already (an array, an object written elsewhere).
    JsonLine &addJson(QLatin1StringView key, const QByteArray &json);

    [[nodiscard]] bool isEmpty() const { return m_members.isEmpty(); }
    [[nodiscard]] const QByteArray &members() const { return m_members; } // without the braces
    [[nodiscard]] QByteArray toJson() const { return '{' + m_members + '}'; }

    // Appends `text` as a JSON string (quoted and escaped, RFC 8259 section 7).
    static void appendString(QByteArray &out, QStringView text);

private:
    void appendKey(QLatin1StringView key);

    QByteArray m_members;
};

} // namespace Mailscope
