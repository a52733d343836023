#pragma once

#include "settings.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace Mailscope {

class RelayPage;
class RulesPage;
class SmtpServer;
class SniCertificatesEditor;
class WindowSettingsPage;

// Every switch of the server in groups, and the window's own. Apply hands them to the running server at once
// (a listener restarts only when its address changes) and writes the settings file.
class SettingsDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `configuredListeners`: what the settings file asked for, saved again while the user leaves the
    // listeners alone, so a port moved because it was taken this time is not written down.
    SettingsDialog(SmtpServer* server, const QString& settingsPath,
        const QList<ListenerConfig>& configuredListeners, QWidget* parent = nullptr);

    // The settings as the dialog shows them; false with a message when one cannot be read.
    [[nodiscard]] bool readSettings(ServerSettings* settings, QString* error) const;
    // Applies live and saves; false (and the reason shown in the dialog) when refused.
    bool apply();
    [[nodiscard]] const QList<ListenerConfig>& configuredListeners() const { return m_configuredListeners; }

Q_SIGNALS:
    void applied();

private:
    void accept() override;
    void load(const ServerSettings& settings);
    QWidget* createListenersPage();
    QWidget* createExtensionsPage();
    QWidget* createTlsPage();
    QWidget* createAuthPage();
    QWidget* createLimitsPage();
    QSpinBox* spinBox(int maximum, const QString& suffix, const QString& specialZero = {});

    SmtpServer* m_server;
    QString m_settingsPath;
    QList<ListenerConfig> m_configuredListeners;
    QTabWidget* m_tabs;
    QLabel* m_error;
    WindowSettingsPage* m_windowPage;
    // Listeners and server
    QListWidget* m_listeners = nullptr;
    QLineEdit* m_hostName = nullptr;
    QLineEdit* m_banner = nullptr;
    QCheckBox* m_reverseDns = nullptr;
    QCheckBox* m_xclient = nullptr;
    QCheckBox* m_xforward = nullptr;
    // Extensions
    QMap<Extension, QComboBox*> m_extensions;
    QLineEdit* m_disabledCommands = nullptr;
    // Rules
    RulesPage* m_rules = nullptr;
    RelayPage* m_relay = nullptr;
    // TLS
    QComboBox* m_startTls = nullptr;
    QLineEdit* m_certificate = nullptr;
    QLineEdit* m_key = nullptr;
    QComboBox* m_tlsMinimum = nullptr;
    QCheckBox* m_requestClientCertificate = nullptr;
    QSpinBox* m_handshakeTimeout = nullptr;
    SniCertificatesEditor* m_sniCertificates = nullptr;
    // Authentication
    QComboBox* m_authMode = nullptr;
    QMap<SaslMechanism, QCheckBox*> m_mechanisms;
    QPlainTextEdit* m_users = nullptr;
    QCheckBox* m_allowInsecure = nullptr;
    QCheckBox* m_revealPasswords = nullptr;
    QSpinBox* m_maxAuthFailures = nullptr;
    // Limits
    QSpinBox* m_maxMessageSize = nullptr; // KiB
    QSpinBox* m_maxRecipients = nullptr;
    QSpinBox* m_maxClients = nullptr;
    QSpinBox* m_maxBadCommands = nullptr;
    QSpinBox* m_idleTimeout = nullptr;
    QSpinBox* m_stopGrace = nullptr;
    QCheckBox* m_strictLineEndings = nullptr;
};

} // namespace Mailscope
