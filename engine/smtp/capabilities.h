#pragma once

#include <QByteArray>
#include <QList>

namespace Mailscope {

struct ServerSettings;

// The EHLO/LHLO keyword lines for the extensions advertised now (mode "on";
// "hidden" ones work but are left out). STARTTLS and AUTH join this list.
[[nodiscard]] QList<QByteArray> ehloKeywords(const ServerSettings &settings);

} // namespace Mailscope
