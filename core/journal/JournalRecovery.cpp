#include "core/journal/JournalRecovery.h"

#include "core/common/PathDisplay.h"
#include "core/common/Translate.h"
#include "core/journal/JournalFiles.h"
#include "core/journal/JournalInspector.h"
#include "core/journal/JournalLock.h"
#include "core/journal/JournalProblem.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

CARRYWELL_TR_CONTEXT(carrywell::core::Journal);

namespace carrywell::core {
namespace {

QStringList companionSuffixes()
{
    // SQLite's WAL and shared-memory files belong with the database: the WAL
    // may hold committed entries not yet copied into the main file.
    return {QStringLiteral("-wal"), QStringLiteral("-shm")};
}

// Renames a database together with its companions; all or nothing.
bool renameWithCompanions(const QString& from, const QString& to)
{
    if (!QFile::rename(from, to))
        return false;
    QStringList moved;
    for (const QString& companion : companionSuffixes()) {
        if (!QFileInfo::exists(from + companion))
            continue;
        if (!QFile::rename(from + companion, to + companion)) {
            for (const QString& back : moved)
                QFile::rename(to + back, from + back);
            QFile::rename(to, from);
            return false;
        }
        moved.append(companion);
    }
    return true;
}

// Moves the journal and its companions to journal-kept-<time>.sqlite.
Result<QString> moveAside(const QString& path, const QDateTime& now)
{
    const QFileInfo info(path);
    const QString stem = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    QString kept;
    QDateTime stamp = now.toUTC();
    do {
        kept = info.absolutePath() + QLatin1Char('/') + stem + QStringLiteral("-kept-") +
               stamp.toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz")) + QStringLiteral("Z") +
               suffix;
        stamp = stamp.addMSecs(1);
    } while (QFileInfo::exists(kept));

    if (!renameWithCompanions(path, kept)) {
        return Error{tr("Carrywell could not put your journal “%1” aside (the folder may be "
                        "read-only). Nothing was changed.")
                         .arg(shownPath(path))};
    }
    return kept;
}

Result<Done> lockForFileChange(JournalLock& lock, const QString& path)
{
    switch (lock.acquire()) {
    case JournalLock::Outcome::Locked:
        return Done{};
    case JournalLock::Outcome::HeldElsewhere:
        return Error{JournalProblem::alreadyOpen(path).message};
    case JournalLock::Outcome::NotWritable:
        return Error{JournalProblem::readOnly(path).message};
    case JournalLock::Outcome::Failed:
        break;
    }
    return Error{tr("Carrywell could not lock your journal “%1” to change it. Nothing was "
                    "changed.")
                     .arg(shownPath(path))};
}

} // namespace

Result<QString> JournalRecovery::setAside(const QString& requestedPath, const Clock& clock)
{
    const QString path = QFileInfo(requestedPath).absoluteFilePath();
    JournalLock lock(path);
    if (Result<Done> locked = lockForFileChange(lock, path); !locked)
        return Error{locked.error()};
    if (!QFileInfo::exists(path))
        return QString();
    return moveAside(path, clock.now());
}

Result<QString> JournalRecovery::restoreBackup(const QString& requestedPath,
                                               const BackupInfo& backup, const Clock& clock)
{
    const QString path = QFileInfo(requestedPath).absoluteFilePath();
    JournalLock lock(path);
    if (Result<Done> locked = lockForFileChange(lock, path); !locked)
        return Error{locked.error()};
    if (JournalInspector::inspect(backup.path).verdict != JournalInspection::Verdict::Healthy) {
        return Error{tr("The backup “%1” cannot be used: it is damaged or was made by a newer "
                        "Carrywell. Nothing was changed; try an older backup.")
                         .arg(shownPath(backup.path))};
    }
    const QString incoming = path + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backup.path, incoming) || !JournalFiles::flushToDisk(incoming)) {
        QFile::remove(incoming);
        return Error{tr("Carrywell could not copy the backup “%1” next to your journal. Nothing "
                        "was changed. Check that the disk has free space and is writable.")
                         .arg(shownPath(backup.path))};
    }
    QString kept;
    if (QFileInfo::exists(path)) {
        Result<QString> moved = moveAside(path, clock.now());
        if (!moved) {
            QFile::remove(incoming);
            return moved;
        }
        kept = moved.value();
    }
    if (!QFile::rename(incoming, path)) {
        QFile::remove(incoming);
        if (!kept.isEmpty())
            renameWithCompanions(kept, path);
        return Error{tr("Carrywell could not put the backup in place of your journal. Nothing "
                        "was changed.")};
    }
    return kept;
}

} // namespace carrywell::core
