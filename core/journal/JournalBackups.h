#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace carrywell::core {

/// One automatic copy of the journal.
struct BackupInfo
{
    QString path;
    QDateTime madeAt; ///< UTC, read from the file name.
    QString reason;   ///< "daily", "before-v3", "before-import", ...

    friend bool operator==(const BackupInfo&, const BackupInfo&) = default;
};

/// The automatic backups of one journal: copies made with VACUUM INTO in a
/// "backups" folder beside it, named journal-20260105T090000123Z-daily.sqlite.
/// Only the newest few are kept.
class JournalBackups
{
public:
    static constexpr int defaultKeep = 7;

    explicit JournalBackups(QString journalPath, int keep = defaultKeep);

    QString folder() const;
    /// Newest first. Unfinished copies (from a crash while copying) are not listed.
    QList<BackupInfo> list() const;
    /// The newest backup that passes every check of JournalInspector.
    std::optional<BackupInfo> latestUsable() const;
    /// True when no backup was made on `now`'s local day.
    bool isDailyDue(const QDateTime& now) const;

    /// Copies the database behind `db` with VACUUM INTO (a consistent
    /// snapshot, even mid-use), flushes it to disk, then drops the oldest
    /// copies beyond the number to keep.
    Result<BackupInfo> create(const QSqlDatabase& db, const QDateTime& now,
                              const QString& reason) const;

private:
    QString fileName(const QDateTime& madeAtUtc, const QString& reason) const;
    void prune() const;

    QString m_journalPath;
    int m_keep;
};

} // namespace carrywell::core
