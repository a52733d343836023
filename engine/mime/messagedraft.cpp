#include "mime/messagedraft.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace Mailscope {

std::optional<DraftAttachment> DraftAttachment::fromFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    DraftAttachment attachment;
    attachment.fileName = QFileInfo(path).fileName();
    attachment.content = file.readAll();
    attachment.contentType = QMimeDatabase().mimeTypeForFileNameAndData(path, attachment.content).name();
    return attachment;
}

} // namespace Mailscope
