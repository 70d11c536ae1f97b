#include "core/journal/JournalHistory.h"

#include "core/journal/Journal.h"
#include "core/journal/JournalRecords.h"
#include "core/journal/SqlConnection.h"
#include "core/journal/SqlErrors.h"

namespace carrywell::core {
namespace {

QVariantList dayBounds(const DateRange& days)
{
    return {days.first.toJulianDay(), days.last.toJulianDay()};
}

template <typename T, typename Read>
Result<T> reading(Read read)
{
    T out;
    const QSqlError error = read(&out);
    if (error.isValid())
        return journalError(error, JournalAction::Read);
    return out;
}

} // namespace

Result<QList<CheckIn>> JournalHistory::checkIns(const DateRange& days) const
{
    return reading<QList<CheckIn>>([&](QList<CheckIn>* out) {
        return JournalRecords::readCheckIns(m_journal.database(),
                                            QStringLiteral("c.local_day BETWEEN ? AND ?"),
                                            dayBounds(days), out);
    });
}

Result<QList<CheckIn>> JournalHistory::allCheckIns() const
{
    return reading<QList<CheckIn>>([&](QList<CheckIn>* out) {
        return JournalRecords::readCheckIns(m_journal.database(), QStringLiteral("1"), {}, out);
    });
}

Result<std::optional<CheckIn>> JournalHistory::checkIn(qint64 id) const
{
    Result<QList<CheckIn>> found = reading<QList<CheckIn>>([&](QList<CheckIn>* out) {
        return JournalRecords::readCheckIns(m_journal.database(), QStringLiteral("c.id = ?"), {id},
                                            out);
    });
    if (!found)
        return Error{found.error()};
    if (found->isEmpty())
        return std::optional<CheckIn>();
    return std::optional<CheckIn>(found->first());
}

Result<QList<SessionRecord>> JournalHistory::sessions(const DateRange& days) const
{
    return reading<QList<SessionRecord>>([&](QList<SessionRecord>* out) {
        return JournalRecords::readSessions(m_journal.database(),
                                            QStringLiteral("s.local_day BETWEEN ? AND ?"),
                                            dayBounds(days), out);
    });
}

Result<QList<SessionRecord>> JournalHistory::allSessions() const
{
    return reading<QList<SessionRecord>>([&](QList<SessionRecord>* out) {
        return JournalRecords::readSessions(m_journal.database(), QStringLiteral("1"), {}, out);
    });
}

Result<QList<ActivityRating>> JournalHistory::activityRatings(const DateRange& days) const
{
    return reading<QList<ActivityRating>>([&](QList<ActivityRating>* out) {
        return JournalRecords::readActivityRatings(m_journal.database(),
                                                   QStringLiteral("a.local_day BETWEEN ? AND ?"),
                                                   dayBounds(days), out);
    });
}

Result<QList<ActivityRating>> JournalHistory::allActivityRatings() const
{
    return reading<QList<ActivityRating>>([&](QList<ActivityRating>* out) {
        return JournalRecords::readActivityRatings(m_journal.database(), QStringLiteral("1"), {},
                                                   out);
    });
}

Result<QList<ActivityRating>> JournalHistory::latestRatings(const QStringList& activities) const
{
    const Result<QList<ActivityRating>> all = allActivityRatings();
    if (!all)
        return Error{all.error()};
    QList<ActivityRating> latest;
    for (const QString& activity : activities) {
        for (auto it = all->crbegin(); it != all->crend(); ++it) {
            if (it->activity.compare(activity, Qt::CaseInsensitive) == 0) {
                latest.append(*it);
                break;
            }
        }
    }
    return latest;
}

Result<QList<SavedPlan>> JournalHistory::plans() const
{
    return reading<QList<SavedPlan>>([&](QList<SavedPlan>* out) {
        return JournalRecords::readPlans(m_journal.database(), QStringLiteral("1"), {}, out);
    });
}

Result<std::optional<SavedPlan>> JournalHistory::planForWeek(QDate day) const
{
    Result<QList<SavedPlan>> found = reading<QList<SavedPlan>>([&](QList<SavedPlan>* out) {
        return JournalRecords::readPlans(m_journal.database(), QStringLiteral("p.week_start = ?"),
                                         {weekStart(day).toString(Qt::ISODate)}, out);
    });
    if (!found)
        return Error{found.error()};
    if (found->isEmpty())
        return std::optional<SavedPlan>();
    return std::optional<SavedPlan>(found->first());
}

Result<std::optional<DateRange>> JournalHistory::coveredDays() const
{
    QSqlQuery query = newQuery(m_journal.database());
    if (!runQuery(query, QStringLiteral("SELECT min(d), max(d) FROM ("
                                        "SELECT min(local_day) AS d FROM checkins UNION ALL "
                                        "SELECT max(local_day) FROM checkins UNION ALL "
                                        "SELECT min(local_day) FROM sessions UNION ALL "
                                        "SELECT max(local_day) FROM sessions)")) ||
        !query.next()) {
        return journalError(query.lastError(), JournalAction::Read);
    }
    if (query.isNull(0))
        return std::optional<DateRange>();
    return std::optional<DateRange>(DateRange{QDate::fromJulianDay(query.value(0).toLongLong()),
                                              QDate::fromJulianDay(query.value(1).toLongLong())});
}

} // namespace carrywell::core
