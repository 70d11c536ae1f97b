#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTime>

namespace carrywell::core {

/// Dates, times and numbers for people, written one way everywhere: the
/// window, the printed plan, the physio report, calendar descriptions and the
/// command line's sentences. Files and options (ISO dates, CSV, JSON, ICS
/// fields) keep their own machine formats and never come from here.
///
/// Dates follow translated patterns, since each language orders weekday, day,
/// month and year its own way ("Mi., 14. Jan. 2026"); times follow the
/// locale's clock ("5:30 PM" in the US, "17:30" in Britain, Germany and
/// Spain); numbers its decimal and group separators ("6.0", "6,0").
/// Every function takes the locale, the application's (QLocale()) by default.
namespace LocaleFormat {

/// How much of a weekday's name.
enum class Length
{
    Short, ///< "Wed"
    Long,  ///< "Wednesday"
};

// Patterns, for editors and chart axes that take one rather than a string.

/// "ddd d MMM yyyy": Wed 14 Jan 2026.
QString dayWithWeekdayPattern();
/// "d MMM yyyy": 14 Jan 2026.
QString dayPattern();
/// "d MMM": 14 Jan.
QString dayAndMonthPattern();
/// "MMM yyyy": Jan 2026, for axes over months.
QString monthAndYearPattern();
/// The locale's time of day without seconds: "h:mm AP" (US), "HH:mm" (Britain, Germany).
QString timePattern(const QLocale& locale = QLocale());
/// A day with its weekday, then the time: for editing a moment.
QString dayWithWeekdayAndTimePattern(const QLocale& locale = QLocale());

// Days.

/// "Wed 14 Jan 2026"
QString dayWithWeekday(const QDate& day, const QLocale& locale = QLocale());
/// "14 Jan 2026"
QString day(const QDate& day, const QLocale& locale = QLocale());
/// "14 Jan", for short mentions within a known week or month.
QString dayAndMonth(const QDate& day, const QLocale& locale = QLocale());
/// "Wednesday 14 Jan", a day of the plan.
QString weekdayAndDay(const QDate& day, const QLocale& locale = QLocale());
/// "Wednesday 14 January", a day of the plan as a heading.
QString weekdayAndLongDay(const QDate& day, const QLocale& locale = QLocale());
/// "Jan 2026"
QString monthAndYear(const QDate& day, const QLocale& locale = QLocale());
/// "Wednesday"
QString weekday(const QDate& day, const QLocale& locale = QLocale());
/// The name of a weekday, 1 (Monday) to 7 (Sunday).
QString weekdayName(int dayOfWeek, Length length = Length::Long, const QLocale& locale = QLocale());
/// A span of days, saying month and year once where they are shared:
/// "5 – 11 January 2026", "26 January – 1 February 2026",
/// "29 December 2025 – 4 January 2026".
QString dayRange(const QDate& first, const QDate& last, const QLocale& locale = QLocale());

// Times.

/// "5:30 PM" (US) or "17:30": the locale's clock, never seconds.
QString time(const QTime& time, const QLocale& locale = QLocale());
/// "Wed 14 Jan 2026, 5:30 PM": the day and the time as the moment holds them
/// (a check-in keeps the wall time where it was written; pass toLocalTime()
/// for this computer's).
QString dateTime(const QDateTime& moment, const QLocale& locale = QLocale());

// Numbers.

/// A number with this many decimals: "6.0" in English, "6,0" in German and
/// Spanish. A value that rounds to zero is written without a minus sign.
QString decimal(double value, int decimals = 1, const QLocale& locale = QLocale());
/// A whole number, with the locale's group separator: "1,234" or "1.234".
QString number(qint64 value, const QLocale& locale = QLocale());

// Durations.

/// "12 min"
QString minutes(int minutes, const QLocale& locale = QLocale());
/// A rough length, rounded to the nearest minute: "about 12 min", or
/// "under a minute".
QString aboutMinutes(int seconds, const QLocale& locale = QLocale());
/// An exact length: "45 s", "3 min", "3 min 20 s".
QString duration(int seconds, const QLocale& locale = QLocale());

/// The text with its spaces made no-break spaces, so that a date or time
/// stays on one line where text wraps (the physio report).
QString unbreakable(QString text);
/// dateTime() for text that wraps: the day and the time each stay on one
/// line, and a line may break only between them.
QString unbreakableDateTime(const QDateTime& moment, const QLocale& locale = QLocale());

} // namespace LocaleFormat

} // namespace carrywell::core
