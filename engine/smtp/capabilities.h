#pragma once

#include <QByteArray>
#include <QList>

namespace Mailscope {

struct ServerSettings;

// What of the session changes the EHLO reply.
struct SessionSecurity {
    bool tlsActive = false;
    bool tlsAvailable = true; // a certificate is loaded
    bool authenticated = false;
};

// The EHLO/LHLO keyword lines for the extensions advertised now (mode "on";
// "hidden" ones work but are left out).
[[nodiscard]] QList<QByteArray> ehloKeywords(const ServerSettings &settings, const SessionSecurity &security = {});

} // namespace Mailscope
