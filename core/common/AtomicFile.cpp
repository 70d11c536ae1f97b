#include "core/common/AtomicFile.h"

#include "core/common/PathDisplay.h"

#include <QSaveFile>

namespace carrywell::core {

Result<Done> AtomicFile::write(const QString& path, const QByteArray& bytes, const QString& failure)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{failure.arg(shownPath(path), file.errorString())};
    return Done{};
}

Result<Done> AtomicFile::probe(const QString& path, const QString& failure)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{failure.arg(shownPath(path), file.errorString())};
    file.cancelWriting();
    return Done{};
}

} // namespace carrywell::core
