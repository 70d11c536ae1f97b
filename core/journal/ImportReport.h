#pragma once

#include "core/journal/ActivityRating.h"
#include "core/journal/CheckIn.h"
#include "core/journal/SavedPlan.h"
#include "core/journal/SessionRecord.h"

#include <QList>
#include <QString>

namespace carrywell::core {

/// One thing wrong (or skipped) in an imported file, and where.
struct ImportProblem
{
    int line = 0;     ///< 1-based line where the row starts; 0 when not known.
    QString location; ///< "line 12", or "checkIns[3]" for JSON.
    QString reason;

    /// "line 12: the overall score is 11, but scores run from 0 to 10".
    QString toString() const { return QStringLiteral("%1: %2").arg(location, reason); }

    friend bool operator==(const ImportProblem&, const ImportProblem&) = default;
};

/// An entry read from a file, with where it came from.
template <typename T>
struct ImportedEntry
{
    int line = 0;
    QString location;
    T entry;
};

/// What was read from an import file, before anything touches the journal.
struct ImportBatch
{
    QString format; ///< "csv-check-ins", "csv-sessions" or "json".
    QList<ImportedEntry<CheckIn>> checkIns;
    QList<ImportedEntry<SessionRecord>> sessions;
    QList<ImportedEntry<SavedPlan>> plans;
    QList<ImportedEntry<ActivityRating>> activityRatings;
    QList<ImportProblem> problems; ///< Every bad row, in file order.

    bool isClean() const { return problems.isEmpty(); }
    qsizetype goodEntries() const
    {
        return checkIns.size() + sessions.size() + plans.size() + activityRatings.size();
    }
};

enum class ImportMode
{
    /// Imports nothing unless every row is good.
    OnlyIfClean,
    /// Imports the good rows and leaves the bad ones out (the user chose so).
    GoodRowsOnly,
};

/// What an import did.
struct ImportReport
{
    int checkInsAdded = 0;
    int sessionsAdded = 0;
    int plansAdded = 0;
    int activityRatingsAdded = 0;
    /// Entries already in the journal (or earlier in the same file), not added again.
    QList<ImportProblem> duplicates;
    /// Bad rows left out in ImportMode::GoodRowsOnly.
    QList<ImportProblem> leftOut;
    /// Plans for weeks that already had a different plan; the journal's own was kept.
    QList<ImportProblem> plansKept;

    int added() const { return checkInsAdded + sessionsAdded + plansAdded + activityRatingsAdded; }
};

} // namespace carrywell::core
