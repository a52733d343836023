#include "messageviewer.h"

#include "htmlpreview.h"
#include "messageparts.h"
#include "sourcehighlighter.h"

#include "mime/mimeparser.h"
#include "store/messagestore.h"

#include <QFile>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Mailscope {

namespace {

constexpr qint64 SourceLimit = 4 * 1024 * 1024; // more than this is saved, not shown

QString parametersText(const MailParameters& parameters)
{
    QStringList list;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        list << (it.value().isNull() ? QString::fromUtf8(it.key())
                                     : QString::fromUtf8(it.key() + '=' + it.value()));
    return list.join(QLatin1Char(' '));
}

QString row(const QString& name, const QString& value)
{
    return QStringLiteral(
        "<tr><th align=\"left\" valign=\"top\" style=\"padding-right: 12px\">%1</th><td>%2</td></tr>")
        .arg(name.toHtmlEscaped(), value);
}

QPlainTextEdit* monospaceView(QWidget* parent)
{
    auto* view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

} // namespace

MessageViewer::MessageViewer(MessageStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Select a message to read it."), this))
    , m_content(new QWidget(this))
    , m_subject(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_preview(new HtmlPreview(this))
    , m_text(monospaceView(this))
    , m_headers(new QTableWidget(this))
    , m_source(monospaceView(this))
    , m_parts(new MessageParts(this))
    , m_envelope(new QTextBrowser(this))
{
    QFont subjectFont = m_subject->font();
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.25);
    subjectFont.setBold(true);
    m_subject->setFont(subjectFont);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subject->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);

    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    new SourceHighlighter(m_source);
    m_headers->setColumnCount(2);
    m_headers->setHorizontalHeaderLabels({ tr("Name"), tr("Value") });
    m_headers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setWordWrap(true);
    m_envelope->setOpenLinks(false);
    connect(m_envelope, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("session"))
            Q_EMIT sessionLinkActivated(url.path());
    });

    m_tabs->addTab(m_preview, tr("&Preview"));
    m_tabs->addTab(m_text, tr("&Text"));
    m_tabs->addTab(m_headers, tr("&Headers"));
    m_tabs->addTab(m_source, tr("&Source"));
    m_tabs->addTab(m_parts, tr("P&arts"));
    m_tabs->addTab(m_envelope, tr("&Envelope and session"));

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 4, 0, 0);
    contentLayout->addWidget(m_subject);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(m_tabs, 1);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

void MessageViewer::clear()
{
    m_id = 0;
    m_summary->clear();
    m_preview->clear();
    m_text->clear();
    m_headers->setRowCount(0);
    m_source->clear();
    m_parts->clear();
    m_envelope->clear();
    m_stack->setCurrentWidget(m_placeholder);
}

void MessageViewer::showMessage(qint64 id)
{
    const auto stored = m_store->message(id);
    if (!stored) {
        clear();
        return;
    }
    m_id = id;
    m_stack->setCurrentWidget(m_content);
    const QString path = m_store->rawFilePath(id);
    const ParsedMessage message = MimeParser::parseFile(path);

    m_subject->setText(message.subject.isEmpty() ? tr("(no subject)") : message.subject);
    QStringList from, to;
    for (const MailAddress& a : message.from)
        from << a.toString();
    for (const MailAddress& a : message.to)
        to << a.toString();
    m_summary->setText(tr("From %1 to %2 · %3 · %4")
                           .arg(from.isEmpty() ? stored->envelope.mailFrom : from.join(QStringLiteral(", ")),
                               to.isEmpty() ? stored->envelope.recipientAddresses().join(QStringLiteral(", "))
                                            : to.join(QStringLiteral(", ")),
                               QLocale().toString(stored->received.toLocalTime(), QLocale::LongFormat),
                               QLocale().formattedDataSize(stored->size)));

    m_preview->showMessage(message, path);
    m_text->setPlainText(
        message.textBody.isEmpty() ? tr("(This message has no text part.)") : message.textBody);

    m_headers->setRowCount(int(message.headers.size()));
    for (int i = 0; i < message.headers.size(); ++i) {
        m_headers->setItem(i, 0, new QTableWidgetItem(message.headers.at(i).name));
        m_headers->setItem(i, 1, new QTableWidgetItem(message.headers.at(i).value));
    }
    m_headers->resizeRowsToContents();

    QFile raw(path);
    if (raw.open(QIODevice::ReadOnly)) {
        QString source = QString::fromUtf8(raw.read(SourceLimit));
        if (raw.size() > SourceLimit)
            source += QLatin1Char('\n')
                + tr("[… %1 more; save the message to see all of it]")
                      .arg(QLocale().formattedDataSize(raw.size() - SourceLimit));
        m_source->setPlainText(source);
    } else {
        m_source->setPlainText(tr("Cannot read %1: %2").arg(path, raw.errorString()));
    }
    m_parts->showMessage(message, path);
    showEnvelope(id);
}

void MessageViewer::showEnvelope(qint64 id)
{
    const auto m = m_store->message(id);
    QString html = QStringLiteral("<table cellspacing=\"4\">");
    const QString from = m->envelope.isNullSender() ? tr("<> (null sender)") : m->envelope.mailFrom;
    html += row(tr("MAIL FROM"),
        QStringLiteral("<tt>%1</tt> %2")
            .arg(from.toHtmlEscaped(), parametersText(m->envelope.mailParameters).toHtmlEscaped()));
    for (const Recipient& r : m->envelope.recipients)
        html += row(tr("RCPT TO"),
            QStringLiteral("<tt>%1</tt> %2")
                .arg(r.address.toHtmlEscaped(), parametersText(r.parameters).toHtmlEscaped()));
    html += row(
        tr("Session"), QStringLiteral("<a href=\"session:%1\">%1</a>").arg(m->sessionId.toHtmlEscaped()));
    html += row(tr("Client"),
        QStringLiteral("%1 (HELO %2)").arg(m->remoteAddress.toHtmlEscaped(), m->heloName.toHtmlEscaped()));
    html += row(tr("Transmission"), m->transmissionType.toHtmlEscaped());
    if (!m->authUser.isEmpty())
        html += row(tr("AUTH user"), m->authUser.toHtmlEscaped());
    html += row(
        tr("Received"), QLocale().toString(m->received.toLocalTime(), QLocale::LongFormat).toHtmlEscaped());
    html += row(tr("Size"), QLocale().formattedDataSize(m->size).toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_envelope->setHtml(html);
}

} // namespace Mailscope
