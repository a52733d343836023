#pragma once

#include <QTemporaryDir>
#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace Mailscope {

struct MimePart;
struct ParsedMessage;

// The MIME tree of a message; a leaf part can be saved to a file.
class MessageParts : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageParts)

public:
    explicit MessageParts(QWidget* parent = nullptr);

    void showMessage(const ParsedMessage& message, const QString& rawFilePath);
    void clear();
    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }
    // Writes the decoded content of part `index` to `fileName`.
    [[nodiscard]] bool savePart(int index, const QString& fileName, QString* error) const;

private:
    void saveSelectedPart();
    void openSelectedPart();
    void updateButtons();

    QTreeWidget* m_tree;
    QPushButton* m_save;
    QPushButton* m_open;
    QTemporaryDir m_opened; // parts handed to other programs, removed when the window closes
    QString m_rawFilePath;
};

} // namespace Mailscope
