#pragma once

#include "settings.h"

#include <QWidget>

class QTableWidget;

namespace Mailscope {

// The TLS page's table of certificates picked by the name a client asks for (SNI):
// host name (or *.domain), certificate file, key file.
class SniCertificatesEditor : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SniCertificatesEditor)

public:
    explicit SniCertificatesEditor(QWidget* parent = nullptr);

    void setCertificates(const QList<SniCertificate>& certificates);
    // false with the reason when a row lacks a host name or a certificate.
    [[nodiscard]] bool readCertificates(QList<SniCertificate>* certificates, QString* error) const;

private:
    void addRow(const SniCertificate& certificate);

    QTableWidget* m_table;
};

} // namespace Mailscope
