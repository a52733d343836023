#include "traypresenter.h"

#include "store/messagestore.h"

#include <QFont>
#include <QPainter>
#include <QPixmap>

namespace Mailscope {

namespace {

constexpr int SubjectsShown = 3;

QString sender(const StoredMessage& message)
{
    if (!message.from.name.isEmpty())
        return message.from.name;
    if (!message.from.address.isEmpty())
        return message.from.address;
    return message.envelope.mailFrom.isEmpty() ? TrayPresenter::tr("(null sender)")
                                               : message.envelope.mailFrom;
}

QString subject(const StoredMessage& message)
{
    return message.subject.isEmpty() ? TrayPresenter::tr("(no subject)") : message.subject;
}

QPixmap badged(const QPixmap& base, const QString& text)
{
    QPixmap pixmap = base;
    const qreal side = pixmap.width() / pixmap.devicePixelRatio();
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(qMax(7, qRound(side * (text.size() > 2 ? 0.36 : 0.46))));
    painter.setFont(font);
    const qreal height = qMax<qreal>(8, side * 0.58);
    const qreal width = qMin(side, qMax(height, painter.fontMetrics().horizontalAdvance(text) + height * 0.45));
    const QRectF badge(side - width, 0, width, height);
    painter.setPen(QPen(Qt::white, qMax<qreal>(1, side / 32)));
    painter.setBrush(QColor(0xd3, 0x2f, 0x2f));
    painter.drawRoundedRect(badge, height / 2, height / 2);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, text);
    return pixmap;
}

} // namespace

QString TrayPresenter::toolTip(int unread, bool listening)
{
    QStringList lines { QStringLiteral("Mailscope") };
    lines << (listening ? tr("Listening") : tr("The server is stopped"));
    if (unread > 0)
        lines << tr("%n unread message(s)", nullptr, unread);
    return lines.join(QLatin1Char('\n'));
}

QString TrayPresenter::badgeText(int unread)
{
    if (unread <= 0)
        return {};
    return unread > 99 ? QStringLiteral("99+") : QString::number(unread);
}

QIcon TrayPresenter::badgedIcon(const QIcon& base, int unread)
{
    const QString text = badgeText(unread);
    if (text.isEmpty())
        return base;
    QIcon icon;
    const QList<QSize> sizes = base.availableSizes();
    for (const QSize& size : sizes)
        icon.addPixmap(badged(base.pixmap(size), text));
    return icon;
}

TrayPresenter::Notification TrayPresenter::notification(int count, const QList<StoredMessage>& newest)
{
    if (count == 1 && !newest.isEmpty()) {
        const StoredMessage& message = newest.first();
        return { tr("New message from %1").arg(sender(message)), subject(message) };
    }
    QStringList subjects;
    for (const StoredMessage& message : newest.mid(0, SubjectsShown))
        subjects << QStringLiteral("%1: %2").arg(sender(message), subject(message));
    if (count > subjects.size() && !subjects.isEmpty())
        subjects << tr("and %n more", nullptr, count - int(subjects.size()));
    return { tr("%n new message(s)", nullptr, count), subjects.join(QLatin1Char('\n')) };
}

} // namespace Mailscope
