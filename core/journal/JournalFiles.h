#pragma once

#include "core/common/Done.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace carrywell::core {

/// File chores of the journal: safe saves for exports, reads for imports,
/// and making sure copies reach the disk.
class JournalFiles
{
public:
    /// Writes `bytes` with AtomicFile: the file is either the old one or the
    /// complete new one, never half written.
    static Result<Done> save(const QString& path, const QByteArray& bytes);
    /// Reads a file the user chose to import (at most `maxBytes`).
    static Result<QByteArray> load(const QString& path, qint64 maxBytes = 256 * 1024 * 1024);
    /// Forces a written file's bytes to the disk (fsync).
    static bool flushToDisk(const QString& path);

    /// SQLite's -wal and -shm files that do not exist yet beside `database`.
    static QStringList absentCompanions(const QString& database);
    /// Removes those of `companions` that a read-only look at `database` left
    /// behind, as long as the WAL holds nothing: a WAL with frames is never touched.
    static void removeEmptyCompanions(const QString& database, const QStringList& companions);
};

} // namespace carrywell::core
