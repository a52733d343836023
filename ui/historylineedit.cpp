#include "historylineedit.h"

#include <QKeyEvent>

namespace Mailscope {

namespace {

constexpr qsizetype MaxHistory = 500;

} // namespace

HistoryLineEdit::HistoryLineEdit(QWidget* parent)
    : QLineEdit(parent)
{
}

void HistoryLineEdit::remember(const QString& line)
{
    if (!line.isEmpty() && (m_history.isEmpty() || m_history.last() != line))
        m_history << line;
    if (m_history.size() > MaxHistory)
        m_history.removeFirst();
    m_position = m_history.size();
    m_typing.clear();
}

void HistoryLineEdit::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if ((key != Qt::Key_Up && key != Qt::Key_Down) || event->modifiers() != Qt::NoModifier) {
        QLineEdit::keyPressEvent(event);
        return;
    }
    if (m_position == m_history.size())
        m_typing = text();
    if (key == Qt::Key_Up && m_position > 0)
        --m_position;
    else if (key == Qt::Key_Down && m_position < m_history.size())
        ++m_position;
    setText(m_position < m_history.size() ? m_history.at(m_position) : m_typing);
    end(false);
}

} // namespace Mailscope
