#include "htmlpreview.h"

#include "private/cidschemehandler.h"
#include "private/previewpage.h"
#include "private/remotecontentblocker.h"

#include "mime/parsedmessage.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlScheme>
#include <QWebEngineView>

namespace Mailscope {

namespace {

void registerScheme(const QByteArray& name)
{
    QWebEngineUrlScheme scheme(name);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    scheme.setFlags(QWebEngineUrlScheme::LocalScheme | QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

QString htmlOf(const ParsedMessage& message)
{
    if (!message.htmlBody.isEmpty())
        return message.htmlBody;
    // A text-only message is still previewed, as a mail client shows it.
    return QStringLiteral(
        "<html><body><pre style=\"white-space: pre-wrap; font-family: sans-serif\">%1</pre></body></html>")
        .arg(message.textBody.toHtmlEscaped());
}

void collectContentIds(const MimePart& part, QHash<QString, int>* ids, QHash<QString, QString>* types)
{
    if (!part.contentId.isEmpty() && !part.isMultipart()) {
        ids->insert(part.contentId, part.index);
        types->insert(part.contentId, part.contentType);
    }
    for (const MimePart& child : part.children)
        collectContentIds(child, ids, types);
}

} // namespace

void HtmlPreview::prepareApplication()
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    registerScheme(CidSchemeHandler::CidScheme);
    registerScheme(CidSchemeHandler::BodyScheme);
}

HtmlPreview::HtmlPreview(QWidget* parent)
    : QWidget(parent)
    , m_profile(new QWebEngineProfile(this)) // off the record: nothing of a message stays on disk
    , m_schemeHandler(new CidSchemeHandler(this))
    , m_blocker(new RemoteContentBlocker(this))
    , m_view(new QWebEngineView(this))
    , m_width(new QComboBox(this))
    , m_blockedBar(new QWidget(this))
    , m_blockedLabel(new QLabel(m_blockedBar))
{
    m_profile->installUrlSchemeHandler(CidSchemeHandler::CidScheme, m_schemeHandler);
    m_profile->installUrlSchemeHandler(CidSchemeHandler::BodyScheme, m_schemeHandler);
    m_profile->setUrlRequestInterceptor(m_blocker);
    // A file dropped here is mail to import (the messages page takes it), not a page to open.
    m_view->setAcceptDrops(false);
    auto* page = new PreviewPage(m_profile, m_view);
    QWebEngineSettings* settings = page->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, true); // the blocker decides
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadImages, true);
    m_view->setPage(page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);

    m_width->addItem(tr("Desktop"), QWIDGETSIZE_MAX);
    m_width->addItem(tr("Tablet (768 px)"), 768);
    m_width->addItem(tr("Phone (375 px)"), 375);
    m_width->setToolTip(tr("Width of the preview"));
    connect(m_width, &QComboBox::currentIndexChanged, this, &HtmlPreview::applyWidth);

    auto* load = new QPushButton(tr("Load remote content"), m_blockedBar);
    connect(load, &QPushButton::clicked, this, &HtmlPreview::loadRemoteContent);
    auto* barLayout = new QHBoxLayout(m_blockedBar);
    barLayout->setContentsMargins(0, 0, 0, 0);
    barLayout->addWidget(m_blockedLabel);
    barLayout->addWidget(load);
    m_blockedBar->hide();
    connect(m_blocker, &RemoteContentBlocker::blocked, this, [this] {
        ++m_blocked;
        updateBlockedBar();
    });

    auto* top = new QHBoxLayout;
    top->addWidget(m_width);
    top->addWidget(m_blockedBar);
    top->addStretch();
    auto* viewRow = new QHBoxLayout;
    viewRow->addStretch();
    viewRow->addWidget(m_view, 100);
    viewRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addLayout(viewRow, 1);
}

HtmlPreview::~HtmlPreview()
{
    // The page must go before its profile.
    delete m_view;
}

void HtmlPreview::showMessage(const ParsedMessage& message, const QString& rawFilePath)
{
    QHash<QString, int> ids;
    QHash<QString, QString> types;
    collectContentIds(message.root, &ids, &types);
    m_schemeHandler->setMessage(rawFilePath, htmlOf(message), types, ids);
    m_blocker->setRemoteAllowed(false);
    m_blocked = 0;
    updateBlockedBar();
    // A new address each time, so the engine never answers from what it showed before.
    ++m_loads;
    m_view->load(
        QUrl(QString::fromLatin1(CidSchemeHandler::BodyScheme) + QStringLiteral(":body/%1").arg(m_loads)));
}

void HtmlPreview::clear()
{
    m_schemeHandler->setMessage({}, {}, {}, {});
    m_blocked = 0;
    updateBlockedBar();
    m_view->setHtml(QString());
}

void HtmlPreview::loadRemoteContent()
{
    m_blocker->setRemoteAllowed(true);
    m_blocked = 0;
    updateBlockedBar();
    m_view->reload();
}

void HtmlPreview::updateBlockedBar()
{
    m_blockedLabel->setText(tr("Remote content blocked"));
    m_blockedLabel->setToolTip(tr("Requests blocked: %1").arg(m_blocked));
    m_blockedBar->setVisible(m_blocked > 0);
}

void HtmlPreview::applyWidth()
{
    m_view->setMaximumWidth(m_width->currentData().toInt());
}

} // namespace Mailscope
