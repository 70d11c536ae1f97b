#include "DateFormats.h"

#include <QCoreApplication>

namespace carrywell::ui {
namespace {

// A class context lupdate can see, so the .ts file and the lookup at run time agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(carrywell::ui::DateFormats)
};

} // namespace

QString DateFormats::dayWithWeekday()
{
    return Tr::tr("ddd d MMM yyyy", "date format (QDate::toString)");
}

QString DateFormats::dayWithWeekdayAndTime()
{
    return Tr::tr("ddd d MMM yyyy  HH:mm", "date and time format (QDateTime::toString)");
}

QString DateFormats::weekdayAndDay()
{
    return Tr::tr("dddd d MMM", "date format (QDate::toString)");
}

QString DateFormats::day()
{
    return Tr::tr("d MMM yyyy", "date format (QDate::toString)");
}

QString DateFormats::dayAndMonth()
{
    return Tr::tr("d MMM", "date format (QDate::toString)");
}

} // namespace carrywell::ui
