#pragma once

#include <QString>
#include <future>

namespace carrywell::core {

/// What a look at a journal file found.
struct JournalInspection
{
    enum class Verdict
    {
        Missing,      ///< No file yet: a new journal can be created.
        Empty,        ///< A zero-length file or a database with nothing in it.
        Healthy,      ///< A Carrywell journal this version can open (maybe after migrating).
        NotADatabase, ///< Not an SQLite database at all.
        Damaged,      ///< An SQLite database that fails its checks.
        NotAJournal,  ///< A sound SQLite database that Carrywell did not write.
        NewerVersion, ///< A journal from a newer Carrywell.
        Unreadable,   ///< The file could not be read (permissions, disk error).
    };

    Verdict verdict = Verdict::Missing;
    int version = 0; ///< PRAGMA user_version, when it could be read.
    QString details; ///< What SQLite or the disk said, in its own words.
};

/// Looks at a journal file without ever writing to it.
class JournalInspector
{
public:
    /// Checks the SQLite header, runs PRAGMA quick_check, reads the sentinel
    /// row and the schema version, all through a read-only connection.
    static JournalInspection inspect(const QString& path);
    /// inspect() on a thread of its own (its own connection, made and closed
    /// there), for Journal::open to take the result of.
    static std::future<JournalInspection> start(const QString& path);
};

} // namespace carrywell::core
