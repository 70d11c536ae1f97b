#pragma once

#include "core/journal/JournalBackups.h"
#include "core/journal/JournalInspector.h"

#include <QString>
#include <optional>

namespace carrywell::core {

/// Why the journal could not be opened, told for the person using the app.
struct JournalProblem
{
    enum class Kind
    {
        AlreadyOpen,  ///< Open in another Carrywell window.
        ReadOnly,     ///< The file or its folder cannot be written.
        CannotOpen,   ///< The disk or SQLite refused for another reason.
        NotADatabase, ///< The file is not a database: left untouched.
        Damaged,      ///< The database fails its checks: left untouched.
        NotAJournal,  ///< Another program's database: left untouched.
        NewerVersion, ///< Written by a newer Carrywell: left untouched.
        UpdateFailed, ///< Bringing an older journal up to date failed.
    };

    Kind kind = Kind::CannotOpen;
    QString message; ///< What happened, what was kept, what to do.
    QString journalPath;
    QString details; ///< SQLite's or the disk's own words, for support.
    /// The newest backup this version can open, offered when the file itself
    /// cannot be used (see offersRestore).
    std::optional<BackupInfo> latestBackup;

    /// True when the file was left untouched and the app should offer to put
    /// it aside with JournalRecovery (restoring latestBackup, if there is one).
    bool offersRestore() const;

    static JournalProblem alreadyOpen(const QString& path);
    static JournalProblem readOnly(const QString& path, const QString& details = {});
    static JournalProblem cannotOpen(const QString& path, const QString& message,
                                     const QString& details = {});
    static JournalProblem updateFailed(const QString& path, const QString& message);
    /// For the verdicts that leave a file untouched: NotADatabase, Damaged,
    /// NotAJournal, NewerVersion and Unreadable.
    static JournalProblem fromInspection(const QString& path, const JournalInspection& inspection,
                                         std::optional<BackupInfo> latestBackup);
};

} // namespace carrywell::core
