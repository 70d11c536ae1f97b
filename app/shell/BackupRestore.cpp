#include "shell/BackupRestore.h"

#include "core/common/LocaleFormat.h"
#include "core/journal/JournalRecovery.h"

#include <QFileInfo>

namespace carrywell::ui {

BackupRestore::Outcome BackupRestore::restore(const QString& journalPath,
                                              const core::BackupInfo& backup,
                                              const core::Clock& clock)
{
    const core::Result<QString> kept =
        core::JournalRecovery::restoreBackup(journalPath, backup, clock);
    if (!kept)
        return {false,
                tr("The backup was not restored: %1 Your journal is as it was.").arg(kept.error())};
    const QString when = core::LocaleFormat::dateTime(backup.madeAt.toLocalTime());
    if (kept->isEmpty())
        return {true, tr("Your journal was restored from the backup of %1.").arg(when)};
    return {true, tr("Your journal was restored from the backup of %1. The journal you had is kept "
                     "in the data folder as “%2”.")
                      .arg(when, QFileInfo(kept.value()).fileName())};
}

} // namespace carrywell::ui
