#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/journal/JournalBackups.h"

#include <QString>

namespace carrywell::core {

/// What the app offers when Journal::open reports a file it will not touch:
/// the file is never changed, only moved aside under a new name beside it
/// (journal-kept-<time>.sqlite, with its -wal and -shm) so that a backup or a
/// new journal can take its place. Both refuse while the journal is open.
class JournalRecovery
{
public:
    /// Puts the journal at `path` aside so a new one can start. Returns the
    /// name it was kept under (empty when there was no file).
    static Result<QString> setAside(const QString& path, const Clock& clock);
    /// Puts the journal at `path` aside (if there is one) and copies `backup`
    /// in its place. Returns where the old file was kept (empty if none).
    static Result<QString> restoreBackup(const QString& path, const BackupInfo& backup,
                                         const Clock& clock);
};

} // namespace carrywell::core
