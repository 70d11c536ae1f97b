#pragma once

#include "core/journal/JournalBackups.h"

#include <QCoreApplication>
#include <QString>

namespace carrywell::core {
class Clock;
}

namespace carrywell::ui {

/// Puts a backup in the journal's place: the one way Carrywell restores,
/// whether the user chose the backup in Settings or when the journal could
/// not be opened at start. The journal must be closed; the one replaced is
/// kept beside it, never deleted.
class BackupRestore
{
    Q_DECLARE_TR_FUNCTIONS(carrywell::ui::BackupRestore)

public:
    struct Outcome
    {
        bool restored = false;
        /// What happened, for the user: when the backup was made and where
        /// the replaced journal is kept, or why nothing changed.
        QString message;
    };

    static Outcome restore(const QString& journalPath, const core::BackupInfo& backup,
                           const core::Clock& clock);
};

} // namespace carrywell::ui
