#pragma once

#include <QLockFile>
#include <QString>

namespace carrywell::core {

/// Keeps a second Carrywell (or a second window) away from a journal that is
/// in use: SQLite would cope, but two windows writing one journal would each
/// show the other's changes late and make backups race.
class JournalLock
{
public:
    enum class Outcome
    {
        Locked,
        HeldElsewhere, ///< Another running Carrywell holds it.
        NotWritable,   ///< The folder refuses new files (read-only disk, permissions).
        Failed,
    };

    explicit JournalLock(const QString& journalPath);

    /// Takes the lock without waiting. A lock left by a crashed Carrywell is
    /// recognised (its process is gone) and taken over.
    Outcome acquire();

    static QString lockFilePath(const QString& journalPath);

private:
    QLockFile m_file;
};

} // namespace carrywell::core
