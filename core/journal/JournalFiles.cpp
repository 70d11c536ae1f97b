#include "core/journal/JournalFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace carrywell::core {
namespace {

// A class context lupdate can see, so the .ts file and the lookup at run time agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(carrywell::core::JournalFiles)
};

} // namespace

Result<Done> JournalFiles::save(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error{Tr::tr("Carrywell could not write “%1” (%2). Nothing was written there; your "
                            "journal is unchanged. Check that the folder is writable and the disk "
                            "has free space, or choose another place.")
                             .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return Done{};
}

Result<QByteArray> JournalFiles::load(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{Tr::tr("Carrywell could not open “%1” (%2). Nothing was imported.")
                             .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    if (file.size() > maxBytes) {
        return Error{Tr::tr("“%1” is larger than any journal export (%2 MB), so Carrywell did not "
                            "read it. Nothing was imported.")
                             .arg(QDir::toNativeSeparators(path))
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
