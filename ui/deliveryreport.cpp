#include "deliveryreport.h"

#include "transcriptview.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Mailscope {

namespace {

using Step = DeliveryResult::Step;

// The step a command line starts, for the progress bar and the words under it.
Step stepOf(const QByteArray& line)
{
    const QByteArray verb = line.left(line.indexOf(' ')).toUpper();
    if (verb == "EHLO" || verb == "HELO" || verb == "LHLO")
        return Step::Hello;
    if (verb == "STARTTLS")
        return Step::StartTls;
    if (verb == "AUTH")
        return Step::Auth;
    if (verb == "MAIL")
        return Step::MailFrom;
    if (verb == "RCPT")
        return Step::RcptTo;
    if (verb == "DATA" || verb == "BDAT")
        return Step::Data;
    if (verb == "QUIT")
        return Step::Done;
    return Step::None;
}

QString replyText(const ClientReply& reply)
{
    return reply.code ? QStringLiteral("%1 %2").arg(reply.code).arg(QString::fromUtf8(reply.text())) : QString();
}

// The step that failed, in the words of the window (the engine's names are for logs).
QString stepName(Step step)
{
    switch (step) {
    case Step::Connect:
        return DeliveryReport::tr("connecting");
    case Step::Greeting:
        return DeliveryReport::tr("the greeting");
    case Step::Hello:
        return DeliveryReport::tr("EHLO");
    case Step::StartTls:
        return DeliveryReport::tr("STARTTLS");
    case Step::Auth:
        return DeliveryReport::tr("AUTH");
    case Step::MailFrom:
        return DeliveryReport::tr("MAIL FROM");
    case Step::RcptTo:
        return DeliveryReport::tr("RCPT TO");
    case Step::Data:
        return DeliveryReport::tr("DATA");
    default:
        return deliveryStepName(step);
    }
}

} // namespace

DeliveryReport::DeliveryReport(QWidget* parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_results(new QTableWidget(0, 3, this))
    , m_transcript(new TranscriptView(this))
{
    m_status->setObjectName(QStringLiteral("deliveryStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(tr("Nothing sent yet."));
    m_progress->setRange(0, int(Step::Done));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->hide();

    m_results->setObjectName(QStringLiteral("deliveryResults"));
    m_results->setHorizontalHeaderLabels({ tr("Recipient"), tr("Result"), tr("Server's reply") });
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setShowGrid(false);
    m_results->setWordWrap(false);
    m_results->setAlternatingRowColors(true);
    m_results->verticalHeader()->hide();
    m_results->verticalHeader()->setDefaultSectionSize(m_results->fontMetrics().height() + 8);
    m_results->horizontalHeader()->setSectionResizeMode(RecipientColumn, QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(ResultColumn, QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->horizontalHeader()->setHighlightSections(false);
    m_transcript->setObjectName(QStringLiteral("deliveryTranscript"));
    m_transcript->setPlaceholderText(tr("The conversation with the server appears here."));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_results);
    splitter->addWidget(m_transcript);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(splitter, 1);
}

QString DeliveryReport::statusText() const
{
    return m_status->text();
}

void DeliveryReport::send(const ClientOptions& options, const OutgoingMessage& message, const QString& destination)
{
    delete m_client; // a delivery still under way is dropped with its connection
    m_client = new SmtpClient(this);
    m_recipients = message.recipients;
    m_destination = destination;
    m_results->setRowCount(0);
    m_transcript->setLines({});
    m_progress->setValue(int(Step::Connect));
    m_progress->show();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Connecting to %1…").arg(destination));
    connect(m_client, &SmtpClient::transcriptLine, this, &DeliveryReport::showLine);
    connect(m_client, &SmtpClient::finished, this, [this, client = m_client](const QList<DeliveryResult>& results) {
        client->deleteLater();
        m_client.clear();
        m_progress->hide();
        const DeliveryResult result = results.value(0);
        showResult(result);
        Q_EMIT finished(result);
    });
    m_client->send(options, { message });
}

void DeliveryReport::showLine(const TranscriptLine& line)
{
    m_transcript->appendLine(line);
    if (line.direction != TranscriptLine::Direction::Client)
        return;
    const Step step = stepOf(line.text);
    if (step == Step::None)
        return;
    m_progress->setValue(qMax(m_progress->value(), int(step)));
    switch (step) {
    case Step::Hello:
        m_status->setText(tr("Greeting %1…").arg(m_destination));
        break;
    case Step::StartTls:
        m_status->setText(tr("Starting TLS…"));
        break;
    case Step::Auth:
        m_status->setText(tr("Authenticating…"));
        break;
    case Step::MailFrom:
    case Step::RcptTo:
        m_status->setText(tr("Giving the sender and the recipients…"));
        break;
    case Step::Data:
        m_status->setText(tr("Sending the message…"));
        break;
    default:
        m_status->setText(tr("Closing the connection…"));
        break;
    }
}

void DeliveryReport::showResult(const DeliveryResult& result)
{
    int accepted = 0;
    for (qsizetype i = 0; i < m_recipients.size(); ++i) {
        const QString& address = m_recipients.at(i);
        // The client keeps the recipients in the order given.
        const DeliveryResult::RecipientResult* it
            = i < result.recipients.size() ? &result.recipients.at(i) : nullptr;
        if (!it || it->reply.code == 0) {
            addRow(address, tr("Not tried"), result.error, false);
        } else if (!it->accepted) {
            addRow(address, tr("\u2717 Rejected"), replyText(it->reply), false);
        } else if (!result.ok() && result.failedStep >= Step::Data) {
            // Accepted at RCPT, but the message itself was refused afterwards.
            addRow(address, tr("\u2717 Message refused"), replyText(result.failedReply), false);
        } else {
            ++accepted;
            addRow(address, tr("\u2713 Accepted"), replyText(it->reply), true);
        }
    }
    const bool good = result.ok() && accepted == m_recipients.size();
    m_status->setStyleSheet(good ? QStringLiteral("color: #1a7f37") : QStringLiteral("color: #c62828"));
    const QString finalReply = result.dataReply.code
        ? QLatin1Char('\n') + tr("The server: %1").arg(replyText(result.dataReply))
        : QString();
    if (!result.ok() && accepted == 0)
        m_status->setText(tr("Not sent to %1 — %2 failed: %3")
                              .arg(m_destination, stepName(result.failedStep), result.error));
    else if (good)
        m_status->setText(tr("Sent to %1: every recipient accepted.").arg(m_destination) + finalReply);
    else
        m_status->setText(tr("Sent to %1 for %2 of %n recipient(s); the others were not accepted.", nullptr,
                              int(m_recipients.size()))
                              .arg(m_destination)
                              .arg(accepted)
            + finalReply);
}

void DeliveryReport::addRow(const QString& address, const QString& outcome, const QString& reply, bool accepted)
{
    const int row = m_results->rowCount();
    m_results->insertRow(row);
    m_results->setItem(row, RecipientColumn, new QTableWidgetItem(address));
    auto* result = new QTableWidgetItem(outcome);
    result->setForeground(accepted ? QColor(0x1a, 0x7f, 0x37) : QColor(0xc6, 0x28, 0x28));
    result->setData(Qt::UserRole, accepted);
    m_results->setItem(row, ResultColumn, result);
    auto* replyItem = new QTableWidgetItem(reply);
    replyItem->setToolTip(reply);
    m_results->setItem(row, ReplyColumn, replyItem);
}

} // namespace Mailscope
