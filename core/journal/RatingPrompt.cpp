#include "core/journal/RatingPrompt.h"

namespace carrywell::core {
namespace {

bool weekPassed(QDate since, QDate today)
{
    return !since.isValid() || since.daysTo(today) >= RatingPrompt::intervalDays;
}

} // namespace

bool RatingPrompt::isDue(const QStringList& activities, std::optional<QDate> lastRated,
                         QDate dismissedOn, QDate today)
{
    if (activities.isEmpty())
        return false;
    return weekPassed(lastRated.value_or(QDate()), today) && weekPassed(dismissedOn, today);
}

} // namespace carrywell::core
