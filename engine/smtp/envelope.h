#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace Mailscope {

// ESMTP parameters of MAIL or RCPT: upper-case keyword -> value as sent
// (a keyword given without "=value" maps to a null QByteArray).
using MailParameters = QMap<QByteArray, QByteArray>;

struct Recipient {
    QString address; // local@domain as sent (UTF-8 decoded), source route dropped
    MailParameters parameters;
};

// What the client said around the message, kept apart from its headers.
struct Envelope {
    QString mailFrom; // empty for the null reverse-path <>
    MailParameters mailParameters;
    QList<Recipient> recipients;

    [[nodiscard]] bool isNullSender() const { return mailFrom.isEmpty(); }
    [[nodiscard]] QStringList recipientAddresses() const
    {
        QStringList list;
        for (const auto &r : recipients)
            list << r.address;
        return list;
    }
};

} // namespace Mailscope
