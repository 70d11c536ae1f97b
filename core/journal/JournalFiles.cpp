#include "core/journal/JournalFiles.h"

#include "core/common/AtomicFile.h"
#include "core/common/PathDisplay.h"
#include "core/common/Translate.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

CARRYWELL_TR_CONTEXT(carrywell::core::JournalFiles);

namespace carrywell::core {
Result<Done> JournalFiles::save(const QString& path, const QByteArray& bytes)
{
    return AtomicFile::write(
        path, bytes,
        tr("Carrywell could not write “%1” (%2). Nothing was written there; your "
           "journal is unchanged. Check that the folder is writable and the disk "
           "has free space, or choose another place."));
}

Result<QByteArray> JournalFiles::load(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("Carrywell could not open “%1” (%2). Nothing was imported.")
                         .arg(shownPath(path), file.errorString())};
    }
    if (file.size() > maxBytes) {
        return Error{tr("“%1” is larger than any journal export (%2 MB), so Carrywell did not "
                        "read it. Nothing was imported.")
                         .arg(shownPath(path))
                         .arg(file.size() / (1024 * 1024))};
    }
    return file.readAll();
}

bool JournalFiles::flushToDisk(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    return file.flush();
#endif
}

QStringList JournalFiles::absentCompanions(const QString& database)
{
    QStringList absent;
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!QFileInfo::exists(database + suffix))
            absent.append(suffix);
    }
    return absent;
}

void JournalFiles::removeEmptyCompanions(const QString& database, const QStringList& companions)
{
    const QFileInfo wal(database + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return;
    for (const QString& suffix : companions)
        QFile::remove(database + suffix);
}

} // namespace carrywell::core
