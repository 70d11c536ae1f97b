#include "core/storage/DataDirectory.h"

#include "core/common/Translate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

CARRYWELL_TR_CONTEXT(carrywell::core::DataDirectory);

namespace carrywell::core {
QString DataDirectory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<DataDirectory> DataDirectory::open(const QString& path)
{
    const QString chosen = path.isEmpty() ? defaultPath() : path;
    const QString absolute = QFileInfo(chosen).absoluteFilePath();
    const QFileInfo info(absolute);
    if (info.exists() && !info.isDir()) {
        return Error{tr("Carrywell cannot keep its data in “%1” because that is a file, not a "
                        "folder. Choose a folder with --data-dir.")
                         .arg(QDir::toNativeSeparators(absolute))};
    }
    if (!QDir().mkpath(absolute)) {
        return Error{tr("Carrywell could not create its data folder “%1”. Check that the disk "
                        "is writable, or choose another folder with --data-dir.")
                         .arg(QDir::toNativeSeparators(absolute))};
    }
    // isWritable() ignores ACLs and read-only mounts; creating a file does not.
    QTemporaryFile probe(absolute + QStringLiteral("/.carrywell-write-check-XXXXXX"));
    if (!probe.open()) {
        return Error{tr("Carrywell cannot write to its data folder “%1”, so nothing you record "
                        "could be saved. Check its permissions, or choose another folder with "
                        "--data-dir.")
                         .arg(QDir::toNativeSeparators(absolute))};
    }
    return DataDirectory(QDir::cleanPath(absolute));
}

QString DataDirectory::settingsFile() const
{
    return m_path + QStringLiteral("/settings.ini");
}

QString DataDirectory::journalFile() const
{
    return m_path + QStringLiteral("/journal.sqlite");
}

} // namespace carrywell::core
