#pragma once

#include <QString>

namespace carrywell::ui {

/// The date patterns of the interface (QDate::toString), translatable so that
/// each language writes dates its own way ("Mi., 14. Jan." in German).
namespace DateFormats {
/// "Wed 14 Jan 2026"
QString dayWithWeekday();
/// "Wed 14 Jan 2026  09:30", for editing a moment.
QString dayWithWeekdayAndTime();
/// "Wednesday 14 Jan", a day of the plan.
QString weekdayAndDay();
/// "14 Jan 2026"
QString day();
/// "14 Jan", for chart axes and short mentions.
QString dayAndMonth();
} // namespace DateFormats

} // namespace carrywell::ui
