#pragma once

#include "core/journal/ActivityRating.h"
#include "core/journal/CheckIn.h"
#include "core/journal/SavedPlan.h"
#include "core/journal/SessionRecord.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariantList>

namespace carrywell::core {

/// Row-level reads and writes shared by the journal, its queries and imports.
/// Callers own the transaction; every function returns the SQL error, or an
/// invalid QSqlError on success.
class JournalRecords
{
public:
    /// The stored form of a moment: UTC milliseconds, the UTC offset where it
    /// was written, and that place's calendar day as a Julian day number.
    static qint64 storedDay(const QDateTime& moment) { return moment.date().toJulianDay(); }
    static QDateTime fromStored(qint64 utcMilliseconds, int offsetSeconds);

    static QSqlError insertCheckIn(const QSqlDatabase& db, const CheckIn& checkIn, qint64* id);
    static QSqlError replaceCheckIn(const QSqlDatabase& db, const CheckIn& checkIn, bool* found);
    static QSqlError deleteCheckIn(const QSqlDatabase& db, qint64 id, bool* found);
    /// Check-ins matching `where` (on table alias c), oldest first.
    static QSqlError readCheckIns(const QSqlDatabase& db, const QString& where,
                                  const QVariantList& values, QList<CheckIn>* out);

    static QSqlError insertSession(const QSqlDatabase& db, const SessionRecord& session,
                                   qint64* id);
    static QSqlError deleteSession(const QSqlDatabase& db, qint64 id, bool* found);
    /// Sessions matching `where` (on table alias s), oldest first.
    static QSqlError readSessions(const QSqlDatabase& db, const QString& where,
                                  const QVariantList& values, QList<SessionRecord>* out);

    /// Saves the plan of its week, replacing an earlier one of the same week.
    static QSqlError upsertPlan(const QSqlDatabase& db, const SavedPlan& plan);
    static QSqlError deletePlan(const QSqlDatabase& db, QDate weekStart, bool* found);
    /// Plans matching `where` (on table alias p), by week.
    static QSqlError readPlans(const QSqlDatabase& db, const QString& where,
                               const QVariantList& values, QList<SavedPlan>* out);

    static QSqlError insertActivityRating(const QSqlDatabase& db, const ActivityRating& rating);
    /// Activity ratings matching `where` (on table alias a), oldest first.
    static QSqlError readActivityRatings(const QSqlDatabase& db, const QString& where,
                                         const QVariantList& values, QList<ActivityRating>* out);

    /// True when the journal holds any check-in, session, plan or activity rating.
    static QSqlError hasEntries(const QSqlDatabase& db, bool* any);
};

} // namespace carrywell::core
