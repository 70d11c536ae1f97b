#include "core/common/LocaleFormat.h"

#include "core/common/Translate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

CARRYWELL_TR_CONTEXT(carrywell::core::LocaleFormat);

namespace carrywell::core {
namespace {

QString joinDayAndTime(const QString& day, const QString& time)
{
    return tr("%1, %2", "a day, then a time of day").arg(day, time);
}

} // namespace

QString LocaleFormat::dayWithWeekdayPattern()
{
    return tr("ddd d MMM yyyy", "date format (QDate::toString)");
}

QString LocaleFormat::dayPattern()
{
    return tr("d MMM yyyy", "date format (QDate::toString)");
}

QString LocaleFormat::dayAndMonthPattern()
{
    return tr("d MMM", "date format (QDate::toString)");
}

QString LocaleFormat::monthAndYearPattern()
{
    return tr("MMM yyyy", "date format (QDate::toString)");
}

QString LocaleFormat::timePattern(const QLocale& locale)
{
    // The short format is the locale's clock; a few (the C locale's) add
    // seconds, which a person never needs here.
    static const QRegularExpression seconds(QStringLiteral("[:.]s+"));
    return locale.timeFormat(QLocale::ShortFormat).remove(seconds);
}

QString LocaleFormat::dayWithWeekdayAndTimePattern(const QLocale& locale)
{
    return dayWithWeekdayPattern() + QStringLiteral("  ") + timePattern(locale);
}

QString LocaleFormat::dayWithWeekday(const QDate& day, const QLocale& locale)
{
    return locale.toString(day, dayWithWeekdayPattern());
}

QString LocaleFormat::day(const QDate& day, const QLocale& locale)
{
    return locale.toString(day, dayPattern());
}

QString LocaleFormat::dayAndMonth(const QDate& day, const QLocale& locale)
{
    return locale.toString(day, dayAndMonthPattern());
}

QString LocaleFormat::weekdayAndDay(const QDate& day, const QLocale& locale)
{
    return locale.toString(day, tr("dddd d MMM", "date format (QDate::toString)"));
}

QString LocaleFormat::weekdayAndLongDay(const QDate& day, const QLocale& locale)
{
    return locale.toString(day, tr("dddd d MMMM", "date format (QDate::toString)"));
}

QString LocaleFormat::monthAndYear(const QDate& day, const QLocale& locale)
{
    return locale.toString(day, monthAndYearPattern());
}

QString LocaleFormat::weekday(const QDate& day, const QLocale& locale)
{
    return weekdayName(day.dayOfWeek(), Length::Long, locale);
}

QString LocaleFormat::weekdayName(int dayOfWeek, Length length, const QLocale& locale)
{
    return locale.dayName(dayOfWeek,
                          length == Length::Short ? QLocale::ShortFormat : QLocale::LongFormat);
}

QString LocaleFormat::dayRange(const QDate& first, const QDate& last, const QLocale& locale)
{
    const QString full = tr("d MMMM yyyy", "date format (QDate::toString)");
    if (first == last)
        return locale.toString(last, full);
    QString start = full;
    if (first.year() == last.year()) {
        start = first.month() == last.month()
                    ? tr("d", "date format (QDate::toString): the first day of a range "
                              "within one month")
                    : tr("d MMMM", "date format (QDate::toString)");
    }
    return tr("%1 – %2", "a range of days")
        .arg(locale.toString(first, start), locale.toString(last, full));
}

QString LocaleFormat::time(const QTime& time, const QLocale& locale)
{
    return locale.toString(time, timePattern(locale));
}

QString LocaleFormat::dateTime(const QDateTime& moment, const QLocale& locale)
{
    return joinDayAndTime(dayWithWeekday(moment.date(), locale), time(moment.time(), locale));
}

QString LocaleFormat::unbreakableDateTime(const QDateTime& moment, const QLocale& locale)
{
    return joinDayAndTime(unbreakable(dayWithWeekday(moment.date(), locale)),
                          unbreakable(time(moment.time(), locale)));
}

QString LocaleFormat::decimal(double value, int decimals, const QLocale& locale)
{
    // -0.04 is "0.0", not "-0.0".
    if (std::round(value * std::pow(10.0, decimals)) == 0)
        value = 0;
    return locale.toString(value, 'f', decimals);
}

QString LocaleFormat::number(qint64 value, const QLocale& locale)
{
    return locale.toString(value);
}

QString LocaleFormat::minutes(int minutes, const QLocale& locale)
{
    return tr("%1 min", "a number of minutes").arg(number(minutes, locale));
}

QString LocaleFormat::aboutMinutes(int seconds, const QLocale& locale)
{
    if (seconds < 60)
        return tr("under a minute");
    return tr("about %1 min").arg(number((seconds + 30) / 60, locale));
}

QString LocaleFormat::duration(int seconds, const QLocale& locale)
{
    seconds = std::max(seconds, 0);
    if (seconds < 60)
        return tr("%1 s", "a number of seconds").arg(number(seconds, locale));
    if (seconds % 60 == 0)
        return minutes(seconds / 60, locale);
    return tr("%1 min %2 s", "minutes and seconds")
        .arg(number(seconds / 60, locale), number(seconds % 60, locale));
}

QString LocaleFormat::unbreakable(QString text)
{
    return text.replace(QLatin1Char(' '), QChar(QChar::Nbsp));
}

} // namespace carrywell::core
