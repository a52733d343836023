#pragma once

#include <QLineEdit>
#include <QStringList>

namespace Mailscope {

// A line edit that remembers what was entered: Up and Down walk back and forth through it,
// like a shell; the line being typed is kept while walking.
class HistoryLineEdit : public QLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryLineEdit)

public:
    explicit HistoryLineEdit(QWidget* parent = nullptr);

    // Adds `line` (not twice in a row, not empty) and returns to the end of the history.
    void remember(const QString& line);
    [[nodiscard]] const QStringList& history() const { return m_history; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QStringList m_history;
    qsizetype m_position = 0; // m_history.size(): the line being typed
    QString m_typing;
};

} // namespace Mailscope
