#include "core/journal/DateRange.h"

namespace carrywell::core {

QDate weekStart(QDate day)
{
    return day.addDays(1 - day.dayOfWeek());
}

DateRange DateRange::weekOf(QDate day)
{
    const QDate monday = weekStart(day);
    return {monday, monday.addDays(6)};
}

} // namespace carrywell::core
