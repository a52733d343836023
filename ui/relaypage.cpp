#include "relaypage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>

namespace Mailscope {

RelayPage::RelayPage(QWidget* parent)
    : QWidget(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_acceptBadCertificates(new QCheckBox(tr("Accept a certificate that does not verify"), this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_mechanism(new QComboBox(this))
    , m_onRequest(new QRadioButton(tr("Only when I release a message"), this))
    , m_all(new QRadioButton(tr("Every captured message, to its recipients"), this))
    , m_matching(new QRadioButton(tr("Captured messages that one of these searches finds:"), this))
    , m_queries(new QPlainTextEdit(this))
{
    m_host->setObjectName(QStringLiteral("relayHost"));
    m_host->setPlaceholderText(tr("none: no relay"));
    m_port->setObjectName(QStringLiteral("relayPort"));
    m_port->setRange(1, 65535);
    m_port->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_security->addItem(tr("None"), int(RelaySecurity::None));
    m_security->addItem(tr("STARTTLS"), int(RelaySecurity::StartTls));
    m_security->addItem(tr("TLS from the first byte"), int(RelaySecurity::Tls));
    m_security->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_user->setPlaceholderText(tr("none: no AUTH"));
    m_password->setEchoMode(QLineEdit::Password);
    m_mechanism->addItem(tr("The best the server offers"), QString());
    for (SaslMechanism mechanism : AllSaslMechanisms) {
        const QString name = QString::fromLatin1(saslMechanismName(mechanism));
        m_mechanism->addItem(name, name);
    }
    m_mechanism->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_onRequest->setObjectName(QStringLiteral("relayOnRequest"));
    m_all->setObjectName(QStringLiteral("relayAll"));
    m_matching->setObjectName(QStringLiteral("relayMatching"));
    auto* rules = new QButtonGroup(this);
    for (QRadioButton* button : { m_onRequest, m_all, m_matching })
        rules->addButton(button);
    m_queries->setObjectName(QStringLiteral("relayQueries"));
    m_queries->setPlaceholderText(tr("One search a line, e.g.\nto:@example.com\nsubject:\"password reset\""));
    m_queries->setTabChangesFocus(true);
    connect(m_host, &QLineEdit::textChanged, this, &RelayPage::updateEnabled);
    connect(m_matching, &QRadioButton::toggled, this, &RelayPage::updateEnabled);

    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(tr("Release sends a captured message to this server; relay rules send "
                               "messages on by themselves. The captured copy is always kept."),
        this));
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Se&curity:"), m_security);
    form->addRow(QString(), m_acceptBadCertificates);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Mechanism:"), m_mechanism);
    form->addRow(tr("Send on:"), m_onRequest);
    form->addRow(QString(), m_all);
    form->addRow(QString(), m_matching);
    form->addRow(QString(), m_queries);
    setRelay({});
}

void RelayPage::setRelay(const RelaySettings& relay)
{
    m_host->setText(relay.host);
    m_port->setValue(relay.port);
    m_security->setCurrentIndex(qMax(0, m_security->findData(int(relay.security))));
    m_acceptBadCertificates->setChecked(relay.acceptBadCertificates);
    m_user->setText(relay.user);
    m_password->setText(relay.password);
    m_mechanism->setCurrentIndex(
        relay.mechanism ? qMax(0, m_mechanism->findData(QString::fromLatin1(saslMechanismName(*relay.mechanism)))) : 0);
    (relay.relayAll ? m_all : relay.matching.isEmpty() ? m_onRequest : m_matching)->setChecked(true);
    m_queries->setPlainText(relay.matching.join(QLatin1Char('\n')));
    updateEnabled();
}

bool RelayPage::readRelay(RelaySettings* relay, QString* error) const
{
    RelaySettings r;
    r.host = m_host->text().trimmed();
    r.port = quint16(m_port->value());
    r.security = static_cast<RelaySecurity>(m_security->currentData().toInt());
    r.acceptBadCertificates = m_acceptBadCertificates->isChecked();
    r.user = m_user->text().trimmed();
    r.password = m_password->text();
    const QString mechanism = m_mechanism->currentData().toString();
    if (!mechanism.isEmpty())
        r.mechanism = saslMechanismFromName(mechanism.toLatin1());
    r.relayAll = m_all->isChecked();
    if (m_matching->isChecked()) {
        for (const QString& line : m_queries->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (!line.trimmed().isEmpty())
                r.matching << line.trimmed();
        if (r.matching.isEmpty()) {
            *error = tr("Give at least one search for the messages to relay.");
            return false;
        }
    }
    if (r.host.isEmpty() && (r.relayAll || !r.matching.isEmpty())) {
        *error = tr("Relay rules need a relay server.");
        return false;
    }
    *relay = r;
    return true;
}

void RelayPage::updateEnabled()
{
    const bool configured = !m_host->text().trimmed().isEmpty();
    for (QWidget* field : std::initializer_list<QWidget*> { m_port, m_security, m_acceptBadCertificates, m_user,
             m_password, m_mechanism, m_onRequest, m_all, m_matching })
        field->setEnabled(configured);
    m_queries->setEnabled(configured && m_matching->isChecked());
}

} // namespace Mailscope
