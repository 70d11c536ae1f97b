#include "core/journal/Journal.h"

#include "core/common/PathDisplay.h"
#include "core/common/Translate.h"
#include "core/journal/JournalFiles.h"
#include "core/journal/JournalImporter.h"
#include "core/journal/JournalInspector.h"
#include "core/journal/JournalLock.h"
#include "core/journal/JournalMigrations.h"
#include "core/journal/JournalRecords.h"
#include "core/journal/JournalSchema.h"
#include "core/journal/SqlConnection.h"
#include "core/journal/SqlErrors.h"

#include <QCoreApplication>
#include <QFileInfo>

CARRYWELL_TR_CONTEXT(carrywell::core::Journal);

namespace carrywell::core {
namespace {

Error notSaved(const QString& what, const QStringList& problems)
{
    return Error{tr("%1 was not saved because %2.").arg(what, problems.join(QStringLiteral("; ")))};
}

QString pragmaText(const QSqlDatabase& db, const QString& sql, QSqlError* error)
{
    QSqlQuery query = newQuery(db);
    if (!runQuery(query, sql) || !query.next()) {
        *error = query.lastError();
        return {};
    }
    return query.value(0).toString();
}

} // namespace

JournalOpenResult::JournalOpenResult(std::unique_ptr<Journal> journal)
    : m_journal(std::move(journal))
{
}
JournalOpenResult::JournalOpenResult(JournalOpenResult&&) noexcept = default;
JournalOpenResult& JournalOpenResult::operator=(JournalOpenResult&&) noexcept = default;
JournalOpenResult::~JournalOpenResult() = default;

Journal::Journal(QString path, const Clock& clock, JournalOptions options,
                 std::unique_ptr<JournalLock> lock, std::unique_ptr<SqlConnection> connection)
    : m_path(std::move(path)), m_clock(clock), m_options(options), m_lock(std::move(lock)),
      m_connection(std::move(connection))
{
}

Journal::~Journal() = default;

JournalOpenResult Journal::open(const QString& path, const Clock& clock,
                                const JournalOptions& options)
{
    return openInspected(path, clock, options, [&path] {
        return JournalInspector::inspect(QFileInfo(path).absoluteFilePath());
    });
}

JournalOpenResult Journal::open(const QString& path, const Clock& clock,
                                std::future<JournalInspection> inspection,
                                const JournalOptions& options)
{
    return openInspected(path, clock, options, [&inspection] { return inspection.get(); });
}

JournalOpenResult Journal::openInspected(const QString& requestedPath, const Clock& clock,
                                         const JournalOptions& options,
                                         const std::function<JournalInspection()>& inspect)
{
    const QString path = QFileInfo(requestedPath).absoluteFilePath();
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo(folder).isDir()) {
        return JournalProblem::cannotOpen(
            path, tr("The folder for your journal, “%1”, does not exist. Check that the disk is "
                     "connected, or choose another data folder with --data-dir.")
                      .arg(shownPath(folder)));
    }

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        return JournalProblem::cannotOpen(
            path, tr("Carrywell was installed without its SQLite driver (the Qt SQLite plugin, "
                     "package libqt6sql6-sqlite), so it cannot open your journal. Your journal "
                     "was not touched. Reinstall Carrywell."));
    }

    auto lock = std::make_unique<JournalLock>(path);
    switch (lock->acquire()) {
    case JournalLock::Outcome::Locked:
        break;
    case JournalLock::Outcome::HeldElsewhere:
        return JournalProblem::alreadyOpen(path);
    case JournalLock::Outcome::NotWritable:
        return JournalProblem::readOnly(path);
    case JournalLock::Outcome::Failed:
        return JournalProblem::cannotOpen(
            path, tr("Carrywell could not lock your journal “%1” for its use. Nothing was "
                     "changed. Check the folder's permissions and free space, then start "
                     "Carrywell again.")
                      .arg(shownPath(path)));
    }

    // Looked at through a read-only connection first: whatever is wrong, the
    // file stays as it was. (The inspection clears away the -wal and -shm
    // files its connection made, so the ones absent now are absent before it.)
    const JournalInspection inspection = inspect();
    const QStringList absentCompanions = JournalFiles::absentCompanions(path);
    int version = 0;
    switch (inspection.verdict) {
    case JournalInspection::Verdict::Missing:
    case JournalInspection::Verdict::Empty:
        break;
    case JournalInspection::Verdict::Healthy:
        version = inspection.version;
        break;
    default:
        return JournalProblem::fromInspection(
            path, inspection, JournalBackups(path, options.backupsToKeep).latestUsable());
    }

    QSqlError error;
    std::unique_ptr<SqlConnection> connection =
        SqlConnection::open(path, SqlConnection::Mode::ReadWrite, &error);
    if (!connection) {
        return JournalProblem::cannotOpen(
            path,
            tr("Carrywell could not open your journal “%1”. Nothing was changed. Check that the "
               "disk is connected and writable, then start Carrywell again.")
                .arg(shownPath(path)),
            error.text());
    }
    std::unique_ptr<Journal> journal(
        new Journal(path, clock, options, std::move(lock), std::move(connection)));
    if (std::optional<JournalProblem> problem = journal->prepare(version)) {
        journal.reset();
        JournalFiles::removeEmptyCompanions(path, absentCompanions);
        return std::move(*problem);
    }
    return JournalOpenResult(std::move(journal));
}

std::optional<JournalProblem> Journal::prepare(int version)
{
    const QSqlDatabase db = database();
    QSqlError error;
    // WAL keeps readers and the writer apart and survives a crash mid-write;
    // FULL syncs the WAL at every commit, so a saved entry survives power loss.
    const QString mode = pragmaText(db, QStringLiteral("PRAGMA journal_mode = WAL"), &error);
    if (error.isValid()) {
        if (isReadOnly(error))
            return JournalProblem::readOnly(m_path, error.text());
        return JournalProblem::cannotOpen(m_path, journalError(error, JournalAction::Read).message,
                                          error.text());
    }
    if (mode != QLatin1String("wal")) {
        m_warnings.append(tr("Your journal is on a disk that does not support SQLite's "
                             "write-ahead log, so Carrywell uses the slower “%1” mode.")
                              .arg(mode));
    }
    const QStringList settings{QStringLiteral("PRAGMA synchronous = FULL"),
                               QStringLiteral("PRAGMA foreign_keys = ON")};
    for (const QString& sql : settings) {
        error = runStatement(db, sql);
        if (error.isValid())
            return JournalProblem::cannotOpen(
                m_path, journalError(error, JournalAction::Read).message, error.text());
    }
    if (m_options.maxPageCount > 0) {
        (void)pragmaText(
            db, QStringLiteral("PRAGMA max_page_count = %1").arg(m_options.maxPageCount), &error);
    }

    // SQLite quietly opens a write-protected file read-only, and in WAL mode
    // even BEGIN IMMEDIATE succeeds; only a real write, rolled back, tells.
    {
        Transaction probe(db);
        error = probe.begin();
        if (!error.isValid())
            error = runStatement(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (error.isValid()) {
            if (isReadOnly(error))
                return JournalProblem::readOnly(m_path, error.text());
            return JournalProblem::cannotOpen(
                m_path, journalError(error, JournalAction::Read).message, error.text());
        }
    }

    if (version == 0) {
        Result<Done> created = JournalMigrations::createCurrent(db, m_clock.now());
        if (!created)
            return JournalProblem::cannotOpen(m_path, created.error());
    } else if (version < JournalSchema::currentVersion) {
        const Result<BackupInfo> backup =
            backUpNow(QStringLiteral("before-v%1").arg(JournalSchema::currentVersion));
        if (!backup) {
            return JournalProblem::updateFailed(
                m_path, tr("Carrywell needs to update your journal for this version, but could "
                           "not back it up first, so it was left as it was. %1")
                            .arg(backup.error()));
        }
        Result<Done> migrated = JournalMigrations::migrate(db, version);
        if (!migrated)
            return JournalProblem::updateFailed(m_path, migrated.error());
    }

    if (m_options.dailyBackup) {
        const Result<std::optional<BackupInfo>> daily = backUpIfDue();
        if (!daily)
            m_warnings.append(daily.error());
    }
    return std::nullopt;
}

QSqlDatabase Journal::database() const
{
    return m_connection->database();
}

JournalBackups Journal::backups() const
{
    return JournalBackups(m_path, m_options.backupsToKeep);
}

Result<BackupInfo> Journal::backUpNow(const QString& reason)
{
    return backups().create(database(), m_clock.now(), reason);
}

Result<std::optional<BackupInfo>> Journal::backUpIfDue()
{
    const QDateTime now = m_clock.now();
    if (!backups().isDailyDue(now))
        return std::optional<BackupInfo>();
    bool any = false;
    const QSqlError error = JournalRecords::hasEntries(database(), &any);
    if (error.isValid())
        return journalError(error, JournalAction::Read);
    if (!any)
        return std::optional<BackupInfo>();
    Result<BackupInfo> made = backups().create(database(), now, QStringLiteral("daily"));
    if (!made) {
        return Error{tr("Today's backup of your journal could not be made: %1").arg(made.error())};
    }
    return std::optional<BackupInfo>(made.value());
}

template <typename Write>
QSqlError Journal::inTransaction(Write write)
{
    Transaction transaction(database());
    QSqlError error = transaction.begin();
    if (!error.isValid())
        error = write(database());
    if (!error.isValid())
        error = transaction.commit();
    return error;
}

Result<qint64> Journal::addCheckIn(CheckIn checkIn)
{
    if (!checkIn.at.isValid())
        checkIn.at = m_clock.now();
    checkIn = normalized(std::move(checkIn));
    const QStringList problems = problemsWith(checkIn);
    if (!problems.isEmpty())
        return notSaved(tr("This check-in"), problems);
    qint64 id = 0;
    const QSqlError error = inTransaction(
        [&](const QSqlDatabase& db) { return JournalRecords::insertCheckIn(db, checkIn, &id); });
    if (error.isValid())
        return journalError(error, JournalAction::SaveCheckIn);
    emit changed();
    return id;
}

Result<Done> Journal::updateCheckIn(CheckIn checkIn)
{
    checkIn = normalized(std::move(checkIn));
    const QStringList problems = problemsWith(checkIn);
    if (!problems.isEmpty())
        return notSaved(tr("This change"), problems);
    bool found = false;
    const QSqlError error = inTransaction([&](const QSqlDatabase& db) {
        return JournalRecords::replaceCheckIn(db, checkIn, &found);
    });
    if (error.isValid())
        return journalError(error, JournalAction::SaveCheckIn);
    if (!found)
        return Error{
            tr("This check-in is no longer in your journal, so the change was not saved.")};
    emit changed();
    return Done{};
}

Result<Done> Journal::removeCheckIn(qint64 id)
{
    bool found = false;
    const QSqlError error = inTransaction(
        [&](const QSqlDatabase& db) { return JournalRecords::deleteCheckIn(db, id, &found); });
    if (error.isValid())
        return journalError(error, JournalAction::Remove);
    if (!found)
        return Error{tr("This check-in is no longer in your journal.")};
    emit changed();
    return Done{};
}

Result<qint64> Journal::addSession(SessionRecord session)
{
    const QStringList problems = problemsWith(session);
    if (!problems.isEmpty())
        return notSaved(tr("This session"), problems);
    qint64 id = 0;
    const QSqlError error = inTransaction(
        [&](const QSqlDatabase& db) { return JournalRecords::insertSession(db, session, &id); });
    if (error.isValid())
        return journalError(error, JournalAction::SaveSession);
    emit changed();
    return id;
}

Result<Done> Journal::removeSession(qint64 id)
{
    bool found = false;
    const QSqlError error = inTransaction(
        [&](const QSqlDatabase& db) { return JournalRecords::deleteSession(db, id, &found); });
    if (error.isValid())
        return journalError(error, JournalAction::Remove);
    if (!found)
        return Error{tr("This session is no longer in your journal.")};
    emit changed();
    return Done{};
}

Result<Done> Journal::addActivityRatings(QList<ActivityRating> ratings)
{
    for (ActivityRating& rating : ratings) {
        if (!rating.ratedAt.isValid())
            rating.ratedAt = m_clock.now();
        rating.activity = rating.activity.simplified();
        const QStringList problems = problemsWith(rating);
        if (!problems.isEmpty())
            return notSaved(tr("The rating of “%1”").arg(rating.activity), problems);
    }
    if (ratings.isEmpty())
        return Done{};
    const QSqlError error = inTransaction([&](const QSqlDatabase& db) {
        for (const ActivityRating& rating : ratings) {
            QSqlError failed = JournalRecords::insertActivityRating(db, rating);
            if (failed.isValid())
                return failed;
        }
        return QSqlError();
    });
    if (error.isValid())
        return journalError(error, JournalAction::SaveRatings);
    emit changed();
    return Done{};
}

Result<Done> Journal::savePlan(SavedPlan plan)
{
    if (!plan.savedAt.isValid())
        plan.savedAt = m_clock.now();
    const QStringList problems = problemsWith(plan);
    if (!problems.isEmpty())
        return notSaved(tr("This plan"), problems);
    const QSqlError error =
        inTransaction([&](const QSqlDatabase& db) { return JournalRecords::upsertPlan(db, plan); });
    if (error.isValid())
        return journalError(error, JournalAction::SavePlan);
    emit changed();
    return Done{};
}

Result<Done> Journal::removePlan(QDate weekStart)
{
    bool found = false;
    const QSqlError error = inTransaction(
        [&](const QSqlDatabase& db) { return JournalRecords::deletePlan(db, weekStart, &found); });
    if (error.isValid())
        return journalError(error, JournalAction::Remove);
    if (!found)
        return Error{tr("There is no saved plan for that week.")};
    emit changed();
    return Done{};
}

Result<ImportReport> Journal::import(const ImportBatch& batch, ImportMode mode)
{
    Result<ImportReport> report = JournalImporter::apply(*this, batch, mode);
    if (report && report->added() > 0)
        emit changed();
    return report;
}

Result<Done> Journal::checkIntegrity() const
{
    QSqlQuery query = newQuery(database());
    if (!runQuery(query, QStringLiteral("PRAGMA integrity_check")))
        return journalError(query.lastError(), JournalAction::Read);
    QStringList findings;
    while (query.next()) {
        const QString row = query.value(0).toString();
        if (row != QLatin1String("ok"))
            findings.append(row);
    }
    if (findings.isEmpty())
        return Done{};
    return Error{tr("Carrywell found damage in your journal: %1. Nothing was changed. Restart "
                    "Carrywell to restore the latest backup.")
                     .arg(findings.mid(0, 3).join(QStringLiteral("; ")))};
}

Result<JournalDiagnostics> Journal::diagnostics() const
{
    const QSqlDatabase db = database();
    QSqlError error;
    JournalDiagnostics result;
    result.journalMode = pragmaText(db, QStringLiteral("PRAGMA journal_mode"), &error);
    result.synchronous = pragmaText(db, QStringLiteral("PRAGMA synchronous"), &error).toInt();
    result.foreignKeys = pragmaText(db, QStringLiteral("PRAGMA foreign_keys"), &error).toInt() == 1;
    result.schemaVersion = pragmaText(db, QStringLiteral("PRAGMA user_version"), &error).toInt();
    result.checkIns =
        pragmaText(db, QStringLiteral("SELECT count(*) FROM checkins"), &error).toLongLong();
    result.sessions =
        pragmaText(db, QStringLiteral("SELECT count(*) FROM sessions"), &error).toLongLong();
    result.plans =
        pragmaText(db, QStringLiteral("SELECT count(*) FROM plans"), &error).toLongLong();
    result.activityRatings =
        pragmaText(db, QStringLiteral("SELECT count(*) FROM activity_ratings"), &error)
            .toLongLong();
    if (error.isValid())
        return journalError(error, JournalAction::Read);
    return result;
}

} // namespace carrywell::core
