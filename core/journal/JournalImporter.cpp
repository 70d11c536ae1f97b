#include "core/journal/JournalImporter.h"

#include "core/common/Translate.h"
#include "core/journal/Journal.h"
#include "core/journal/JournalRecords.h"
#include "core/journal/SqlConnection.h"
#include "core/journal/SqlErrors.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

CARRYWELL_TR_CONTEXT(carrywell::core::JournalImporter);

namespace carrywell::core {
namespace {

// Entries added from this file so far, by second, to catch a file that holds
// the same entry twice and to say which line it repeats.
template <typename T>
class SeenInFile
{
public:
    std::optional<QString> find(const T& entry) const
    {
        const auto bucket = m_bySecond.constFind(second(entry));
        if (bucket == m_bySecond.constEnd())
            return std::nullopt;
        for (const auto& [seen, location] : *bucket) {
            if (isDuplicateOf(entry, seen))
                return location;
        }
        return std::nullopt;
    }

    void add(const T& entry, const QString& location)
    {
        m_bySecond[second(entry)].append({entry, location});
    }

private:
    static qint64 second(const CheckIn& entry) { return entry.at.toSecsSinceEpoch(); }
    static qint64 second(const SessionRecord& entry) { return entry.startedAt.toSecsSinceEpoch(); }
    static qint64 second(const ActivityRating& entry) { return entry.ratedAt.toSecsSinceEpoch(); }

    QHash<qint64, QList<std::pair<T, QString>>> m_bySecond;
};

QVariantList secondBounds(const QDateTime& moment)
{
    const qint64 start = moment.toSecsSinceEpoch() * 1000;
    return {start, start + 999};
}

class Run
{
public:
    Run(const QSqlDatabase& db, ImportReport& report) : m_db(db), m_report(report) {}

    QSqlError checkIn(const ImportedEntry<CheckIn>& imported)
    {
        const CheckIn entry = normalized(imported.entry);
        if (const std::optional<QString> earlier = m_checkIns.find(entry)) {
            duplicate(imported,
                      tr("the same check-in is already at %1 of this file").arg(*earlier));
            return {};
        }
        QList<CheckIn> candidates;
        QSqlError error = JournalRecords::readCheckIns(
            m_db, QStringLiteral("c.at_ms BETWEEN ? AND ?"), secondBounds(entry.at), &candidates);
        if (error.isValid())
            return error;
        for (const CheckIn& existing : candidates) {
            if (isDuplicateOf(entry, existing)) {
                duplicate(imported, tr("the same check-in is already in your journal"));
                return {};
            }
        }
        error = JournalRecords::insertCheckIn(m_db, entry, nullptr);
        if (!error.isValid()) {
            m_checkIns.add(entry, imported.location);
            ++m_report.checkInsAdded;
        }
        return error;
    }

    QSqlError session(const ImportedEntry<SessionRecord>& imported)
    {
        const SessionRecord& entry = imported.entry;
        if (const std::optional<QString> earlier = m_sessions.find(entry)) {
            duplicate(imported, tr("the same session is already at %1 of this file").arg(*earlier));
            return {};
        }
        QList<SessionRecord> candidates;
        QSqlError error =
            JournalRecords::readSessions(m_db, QStringLiteral("s.started_ms BETWEEN ? AND ?"),
                                         secondBounds(entry.startedAt), &candidates);
        if (error.isValid())
            return error;
        for (const SessionRecord& existing : candidates) {
            if (isDuplicateOf(entry, existing)) {
                duplicate(imported, tr("the same session is already in your journal"));
                return {};
            }
        }
        error = JournalRecords::insertSession(m_db, entry, nullptr);
        if (!error.isValid()) {
            m_sessions.add(entry, imported.location);
            ++m_report.sessionsAdded;
        }
        return error;
    }

    QSqlError plan(const ImportedEntry<SavedPlan>& imported)
    {
        QList<SavedPlan> existing;
        QSqlError error =
            JournalRecords::readPlans(m_db, QStringLiteral("p.week_start = ?"),
                                      {imported.entry.weekStart.toString(Qt::ISODate)}, &existing);
        if (error.isValid())
            return error;
        if (!existing.isEmpty()) {
            const bool same = QJsonDocument::fromJson(existing.first().json.toUtf8()) ==
                              QJsonDocument::fromJson(imported.entry.json.toUtf8());
            if (same) {
                duplicate(imported, tr("the same plan is already in your journal"));
            } else {
                m_report.plansKept.append(
                    {imported.line, imported.location,
                     tr("your journal already has a different plan for the week of %1; "
                        "that one was kept")
                         .arg(imported.entry.weekStart.toString(Qt::ISODate))});
            }
            return {};
        }
        error = JournalRecords::upsertPlan(m_db, imported.entry);
        if (!error.isValid())
            ++m_report.plansAdded;
        return error;
    }

    QSqlError activityRating(const ImportedEntry<ActivityRating>& imported)
    {
        const ActivityRating& entry = imported.entry;
        if (const std::optional<QString> earlier = m_ratings.find(entry)) {
            duplicate(imported, tr("the same rating is already at %1 of this file").arg(*earlier));
            return {};
        }
        QList<ActivityRating> candidates;
        QSqlError error =
            JournalRecords::readActivityRatings(m_db, QStringLiteral("a.rated_ms BETWEEN ? AND ?"),
                                                secondBounds(entry.ratedAt), &candidates);
        if (error.isValid())
            return error;
        for (const ActivityRating& existing : candidates) {
            if (isDuplicateOf(entry, existing)) {
                duplicate(imported, tr("the same rating is already in your journal"));
                return {};
            }
        }
        error = JournalRecords::insertActivityRating(m_db, entry);
        if (!error.isValid()) {
            m_ratings.add(entry, imported.location);
            ++m_report.activityRatingsAdded;
        }
        return error;
    }

private:
    template <typename T>
    void duplicate(const ImportedEntry<T>& imported, const QString& reason)
    {
        m_report.duplicates.append({imported.line, imported.location, reason});
    }

    QSqlDatabase m_db;
    ImportReport& m_report;
    SeenInFile<CheckIn> m_checkIns;
    SeenInFile<SessionRecord> m_sessions;
    SeenInFile<ActivityRating> m_ratings;
};

// A batch built by hand (not by the readers) may hold entries that were never
// validated; they count as bad rows.
template <typename T>
QList<ImportedEntry<T>> keepValid(const QList<ImportedEntry<T>>& entries,
                                  QList<ImportProblem>& problems)
{
    QList<ImportedEntry<T>> valid;
    for (const ImportedEntry<T>& imported : entries) {
        const QStringList reasons = problemsWith(imported.entry);
        if (reasons.isEmpty())
            valid.append(imported);
        else
            problems.append({imported.line, imported.location, reasons.join(QStringLiteral("; "))});
    }
    return valid;
}

} // namespace

Result<ImportReport> JournalImporter::apply(Journal& journal, const ImportBatch& batch,
                                            ImportMode mode)
{
    QList<ImportProblem> problems = batch.problems;
    const QList<ImportedEntry<CheckIn>> checkIns = keepValid(batch.checkIns, problems);
    const QList<ImportedEntry<SessionRecord>> sessions = keepValid(batch.sessions, problems);
    const QList<ImportedEntry<SavedPlan>> plans = keepValid(batch.plans, problems);
    const QList<ImportedEntry<ActivityRating>> ratings = keepValid(batch.activityRatings, problems);

    if (mode == ImportMode::OnlyIfClean && !problems.isEmpty()) {
        const int count = int(problems.size());
        return Error{count == 1 ? tr("1 row of the file has a problem, so nothing was imported. "
                                     "Correct it and import again, or choose to import only the "
                                     "good rows.")
                                : tr("%n rows of the file have problems, so nothing was "
                                     "imported. Correct them and import again, or choose to "
                                     "import only the good rows.",
                                     nullptr, count)};
    }
    ImportReport report;
    report.leftOut = problems;
    if (checkIns.isEmpty() && sessions.isEmpty() && plans.isEmpty() && ratings.isEmpty())
        return report;

    const QSqlDatabase db = journal.database();
    bool any = false;
    QSqlError error = JournalRecords::hasEntries(db, &any);
    if (error.isValid())
        return journalError(error, JournalAction::Import);
    if (any) {
        const Result<BackupInfo> backup = journal.backUpNow(QStringLiteral("before-import"));
        if (!backup) {
            return Error{tr("Nothing was imported, because Carrywell could not back up your "
                            "journal first. %1")
                             .arg(backup.error())};
        }
    }

    Transaction transaction(db);
    error = transaction.begin();
    Run run(db, report);
    for (qsizetype i = 0; !error.isValid() && i < checkIns.size(); ++i)
        error = run.checkIn(checkIns[i]);
    for (qsizetype i = 0; !error.isValid() && i < sessions.size(); ++i)
        error = run.session(sessions[i]);
    for (qsizetype i = 0; !error.isValid() && i < plans.size(); ++i)
        error = run.plan(plans[i]);
    for (qsizetype i = 0; !error.isValid() && i < ratings.size(); ++i)
        error = run.activityRating(ratings[i]);
    if (!error.isValid())
        error = transaction.commit();
    if (error.isValid())
        return journalError(error, JournalAction::Import);
    return report;
}

} // namespace carrywell::core
