#pragma once

#include "core/journal/ImportReport.h"

#include <QDate>

namespace carrywell::bench {

/// Ten years of a plausible journal ending on `lastDay`: three check-ins a
/// day (7:00, 14:00, 21:00 and some minutes) with one to three region scores,
/// a trigger on a third of them and a note on a quarter; pain easing and
/// flaring over months; a session of eight exercises on about five days a
/// week, with pain before and after. The same seed always gives the same rows.
/// Times carry `utcOffsetSeconds`, so "today" and local days match a real run.
core::ImportBatch tenYearJournal(QDate lastDay, int utcOffsetSeconds);

/// The first day tenYearJournal(lastDay, ...) writes.
QDate tenYearJournalFirstDay(QDate lastDay);

} // namespace carrywell::bench
