// The window: the same engine as mailscoped, with its messages, sessions and switches on screen.
#include "appicon.h"
#include "htmlpreview.h"
#include "mainwindow.h"
#include "settingsfile.h"
#include "themecolours.h"
#include "translations.h"
#include "trayicon.h"

#include "client/messagerelay.h"
#include "smtp/smtpserver.h"
#include "store/messagestore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>

using namespace Mailscope;

int main(int argc, char* argv[])
{
    HtmlPreview::prepareApplication();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mailscope"));
    QApplication::setApplicationDisplayName(QStringLiteral("Mailscope"));
    QApplication::setApplicationVersion(QStringLiteral(MAILSCOPE_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Mailscope"));
    QApplication::setDesktopFileName(QStringLiteral(MAILSCOPE_APP_ID));
    QApplication::setWindowIcon(applicationIcon());
    const QPalette palette = QApplication::palette();
    if (ThemeColours::withReadablePlaceholder(palette) != palette)
        QApplication::setPalette(ThemeColours::withReadablePlaceholder(palette));
    installTranslators(&app, QLocale::system());

    // --help and --version answer on the terminal and exit; an unknown option is refused the same way.
    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr(
        "Mailscope: an SMTP and LMTP test server that shows every session and every message it "
        "captures. Its settings are the file that mailscoped --config reads; mailscoped is the same "
        "server without a window."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    const QString settingsPath = defaultSettingsPath();
    ServerSettings settings;
    QString error;
    if (!loadSettingsFile(settingsPath, &settings, &error)) {
        QMessageBox::warning(nullptr, QObject::tr("Mailscope"),
            QObject::tr("The settings in %1 cannot be read (%2); the defaults are used.")
                .arg(settingsPath, error));
        settings = ServerSettings {};
    }

    MessageStore store;
    store.setRetentionLimit(settings.retentionLimit);
    if (!store.open(settings.store, &error)) {
        QMessageBox::critical(nullptr, QObject::tr("Mailscope"),
            QObject::tr("Cannot open the message store %1: %2").arg(settings.store, error));
        return 2;
    }
    SmtpServer server(&store);
    (void)server.setSettings(settings);

    MessageRelay relay(&store, &server); // the settings file's relay rules, as in mailscoped

    MainWindow window(&server, &store, settingsPath);
    TrayIcon tray(&window, &server, &store);
    window.showRelayOutcomes(&relay);
    window.show();
    window.startServer();
    const int status = app.exec();
    store.flush();
    return status;
}
