#include "core/journal/JournalProblem.h"

#include "core/common/LocaleFormat.h"
#include "core/common/PathDisplay.h"
#include "core/common/Translate.h"
#include "core/journal/JournalSchema.h"

#include <QCoreApplication>

CARRYWELL_TR_CONTEXT(carrywell::core::Journal);

namespace carrywell::core {
namespace {

QString when(const QDateTime& moment)
{
    return LocaleFormat::dateTime(moment.toLocalTime());
}

QString whatToDo(const std::optional<BackupInfo>& backup, bool newer)
{
    if (backup) {
        if (newer) {
            return tr("Or restore the latest backup this version can read, from %1: the newer "
                      "journal will be kept beside it under another name, unchanged.")
                .arg(when(backup->madeAt));
        }
        return tr("The latest automatic backup is from %1. Carrywell can restore it; the file "
                  "you have now will be kept beside it under another name, unchanged.")
            .arg(when(backup->madeAt));
    }
    if (newer)
        return {};
    return tr("There is no automatic backup to restore. Carrywell can put the file aside, "
              "unchanged, and start a new journal; keep the file, as someone with SQLite tools "
              "may be able to rescue entries from it.");
}

JournalProblem make(JournalProblem::Kind kind, const QString& path, QString message,
                    QString details = {})
{
    JournalProblem problem;
    problem.kind = kind;
    problem.journalPath = path;
    problem.message = std::move(message);
    problem.details = std::move(details);
    return problem;
}

} // namespace

bool JournalProblem::offersRestore() const
{
    switch (kind) {
    case Kind::NotADatabase:
    case Kind::Damaged:
    case Kind::NotAJournal:
    case Kind::NewerVersion:
        return true;
    default:
        return false;
    }
}

JournalProblem JournalProblem::alreadyOpen(const QString& path)
{
    return make(Kind::AlreadyOpen, path,
                tr("Your journal is open in another Carrywell window. Carrywell opens it in one "
                   "window at a time so that nothing you record is lost. Switch to that window, "
                   "or close it and start Carrywell again."));
}

JournalProblem JournalProblem::readOnly(const QString& path, const QString& details)
{
    return make(Kind::ReadOnly, path,
                tr("Carrywell cannot write to your journal “%1”: the file or its folder is "
                   "read-only, or the disk is write-protected. Nothing was changed. Make the "
                   "folder writable, or choose another data folder with --data-dir, then start "
                   "Carrywell again.")
                    .arg(shownPath(path)),
                details);
}

JournalProblem JournalProblem::cannotOpen(const QString& path, const QString& message,
                                          const QString& details)
{
    return make(Kind::CannotOpen, path, message, details);
}

JournalProblem JournalProblem::updateFailed(const QString& path, const QString& message)
{
    return make(Kind::UpdateFailed, path, message);
}

JournalProblem JournalProblem::fromInspection(const QString& path,
                                              const JournalInspection& inspection,
                                              std::optional<BackupInfo> latestBackup)
{
    using Verdict = JournalInspection::Verdict;
    JournalProblem problem;
    const QString file = shownPath(path);
    switch (inspection.verdict) {
    case Verdict::NotADatabase:
        problem = make(Kind::NotADatabase, path,
                       tr("The journal file “%1” is not a database: it may have been "
                          "overwritten or damaged outside Carrywell. Carrywell has not changed "
                          "it.")
                           .arg(file));
        break;
    case Verdict::Damaged:
        problem = make(Kind::Damaged, path,
                       tr("Carrywell found damage inside your journal file “%1”. Carrywell has "
                          "not changed it, so nothing more can be lost.")
                           .arg(file));
        break;
    case Verdict::NotAJournal:
        problem = make(Kind::NotAJournal, path,
                       tr("The file “%1” is a database, but not a Carrywell journal. Carrywell "
                          "has not changed it.")
                           .arg(file));
        break;
    case Verdict::NewerVersion:
        problem = make(Kind::NewerVersion, path,
                       tr("Your journal “%1” was written by a newer version of Carrywell "
                          "(journal format %2; this version reads formats up to %3). Carrywell "
                          "has not changed it. Install the newer Carrywell again to keep using "
                          "it.")
                           .arg(file)
                           .arg(inspection.version)
                           .arg(JournalSchema::currentVersion));
        break;
    case Verdict::Unreadable:
        return make(Kind::CannotOpen, path,
                    tr("Carrywell could not read your journal “%1”. Nothing was changed. Check "
                       "that the disk is connected and that you may read the file, then start "
                       "Carrywell again.")
                        .arg(file),
                    inspection.details);
    case Verdict::Missing:
    case Verdict::Empty:
    case Verdict::Healthy:
        return make(Kind::CannotOpen, path,
                    tr("Carrywell could not open your journal “%1”.").arg(file));
    }
    problem.details = inspection.details;
    problem.latestBackup = std::move(latestBackup);
    const QString advice =
        whatToDo(problem.latestBackup, inspection.verdict == Verdict::NewerVersion);
    if (!advice.isEmpty())
        problem.message += QLatin1Char(' ') + advice;
    return problem;
}

} // namespace carrywell::core
