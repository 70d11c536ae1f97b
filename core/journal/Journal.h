#pragma once

#include "core/common/Clock.h"
#include "core/common/Done.h"
#include "core/common/Result.h"
#include "core/journal/ActivityRating.h"
#include "core/journal/CheckIn.h"
#include "core/journal/ImportReport.h"
#include "core/journal/JournalBackups.h"
#include "core/journal/JournalInspector.h"
#include "core/journal/JournalProblem.h"
#include "core/journal/SavedPlan.h"
#include "core/journal/SessionRecord.h"

#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <future>
#include <memory>
#include <optional>

namespace carrywell::core {

class JournalLock;
class SqlConnection;

struct JournalOptions
{
    int backupsToKeep = JournalBackups::defaultKeep;
    /// Makes a backup when the journal is opened on a day that has none yet.
    bool dailyBackup = true;
    /// Caps the file at this many pages (0: no cap). SQLite then fails exactly
    /// as on a full disk, which is how tests fill the disk.
    qint64 maxPageCount = 0;
};

/// How the connection is set up, for an "about your journal" view and tests.
struct JournalDiagnostics
{
    QString journalMode;
    int synchronous = 0; ///< 2 is FULL.
    bool foreignKeys = false;
    int schemaVersion = 0;
    qint64 checkIns = 0;
    qint64 sessions = 0;
    qint64 plans = 0;
    qint64 activityRatings = 0;
};

class Journal;

/// What Journal::open gave: the journal, or the problem found instead.
class JournalOpenResult
{
public:
    JournalOpenResult(std::unique_ptr<Journal> journal);
    JournalOpenResult(JournalProblem problem) : m_problem(std::move(problem)) {}
    JournalOpenResult(JournalOpenResult&&) noexcept;
    JournalOpenResult& operator=(JournalOpenResult&&) noexcept;
    ~JournalOpenResult();

    bool ok() const { return m_journal != nullptr; }
    explicit operator bool() const { return ok(); }
    Journal* journal() const { return m_journal.get(); }
    Journal* operator->() const { return m_journal.get(); }
    std::unique_ptr<Journal> takeJournal() { return std::move(m_journal); }

    const JournalProblem& problem() const { return m_problem; }
    const QString& error() const { return m_problem.message; }

private:
    std::unique_ptr<Journal> m_journal;
    JournalProblem m_problem;
};

/// The user's pain-and-progress journal: one SQLite file, opened by one
/// Carrywell at a time, in WAL mode with synchronous=FULL and foreign keys on.
/// Every write is one transaction, so an entry is either saved whole or not
/// at all. Queries live in JournalHistory, PainTrends, Adherence,
/// WeekComparison and SessionEffects.
class Journal : public QObject
{
    Q_OBJECT

public:
    /// Opens (or creates) the journal at `path`. Checks the file first and
    /// leaves a damaged, foreign or newer file untouched (JournalRecovery then
    /// restores a backup or starts afresh); migrates an older one after
    /// backing it up; makes the daily backup.
    static JournalOpenResult open(const QString& path, const Clock& clock,
                                  const JournalOptions& options = {});
    /// The same, with the file's read-only inspection already under way
    /// (JournalInspector::start), so that it can run beside other work.
    static JournalOpenResult open(const QString& path, const Clock& clock,
                                  std::future<JournalInspection> inspection,
                                  const JournalOptions& options = {});

    ~Journal() override;

    QString path() const { return m_path; }
    const Clock& clock() const { return m_clock; }
    /// Things that went wrong without stopping the journal from opening, such
    /// as a daily backup that could not be made; worth showing once.
    QStringList warnings() const { return m_warnings; }

    /// Stores a check-in and returns its id. An invalid `at` means now.
    Result<qint64> addCheckIn(CheckIn checkIn);
    Result<Done> updateCheckIn(CheckIn checkIn);
    Result<Done> removeCheckIn(qint64 id);

    /// Stores a session the session engine reported and returns its id.
    Result<qint64> addSession(SessionRecord session);
    Result<Done> removeSession(qint64 id);

    /// Stores ratings of her activities (PSFS), all or none, in one
    /// transaction. An invalid `ratedAt` means now.
    Result<Done> addActivityRatings(QList<ActivityRating> ratings);

    /// Saves the plan for its week, replacing an earlier plan of that week.
    Result<Done> savePlan(SavedPlan plan);
    Result<Done> removePlan(QDate weekStart);

    /// Adds what `batch` holds in one transaction, after a backup, skipping
    /// duplicates. With OnlyIfClean, a batch with problems adds nothing.
    Result<ImportReport> import(const ImportBatch& batch,
                                ImportMode mode = ImportMode::OnlyIfClean);

    JournalBackups backups() const;
    /// Makes the daily backup if today has none and the journal holds
    /// anything; the backup made, if one was.
    Result<std::optional<BackupInfo>> backUpIfDue();
    Result<BackupInfo> backUpNow(const QString& reason);

    /// Runs the full PRAGMA integrity_check.
    Result<Done> checkIntegrity() const;
    Result<JournalDiagnostics> diagnostics() const;

    /// The connection, for the query classes of this folder. Queries made on
    /// it must not outlive the journal.
    QSqlDatabase database() const;

signals:
    /// Emitted after anything was added, changed or removed.
    void changed();

private:
    Journal(QString path, const Clock& clock, JournalOptions options,
            std::unique_ptr<JournalLock> lock, std::unique_ptr<SqlConnection> connection);

    static JournalOpenResult openInspected(const QString& path, const Clock& clock,
                                           const JournalOptions& options,
                                           const std::function<JournalInspection()>& inspect);
    std::optional<JournalProblem> prepare(int version);
    template <typename Write>
    QSqlError inTransaction(Write write);

    QString m_path;
    const Clock& m_clock;
    JournalOptions m_options;
    // Declared before the connection so that it is released after it.
    std::unique_ptr<JournalLock> m_lock;
    std::unique_ptr<SqlConnection> m_connection;
    QStringList m_warnings;
};

} // namespace carrywell::core
