// Dates, times and numbers for people, in the four locales the app is used
// in most. No translator is installed here, so the date patterns are the
// English ones with each locale's day and month names; the translated
// patterns are checked in tests/ui/TranslationsTest.cpp.
#include "core/common/LocaleFormat.h"

#include <gtest/gtest.h>

using namespace carrywell::core;

namespace {

struct LocaleCase
{
    const char* name;
    QLocale locale;
    // Expected, worked out from each locale's conventions.
    const char* evening; ///< 17:30
    const char* morning; ///< 09:05
    const char* six;     ///< 6.0 with one decimal
    const char* average; ///< 5.44 with one decimal
    const char* many;    ///< 12345
    const char* day;     ///< Wednesday 14 January 2026, dayWithWeekday
};

std::ostream& operator<<(std::ostream& out, const LocaleCase& c)
{
    return out << c.name;
}

class LocaleFormatTest : public ::testing::TestWithParam<LocaleCase>
{
};

const QDate kDay(2026, 1, 14);

} // namespace

TEST_P(LocaleFormatTest, TimesFollowTheLocalesClockWithoutSeconds)
{
    const LocaleCase& c = GetParam();
    EXPECT_EQ(LocaleFormat::time(QTime(17, 30, 59), c.locale), QString::fromUtf8(c.evening));
    EXPECT_EQ(LocaleFormat::time(QTime(9, 5), c.locale), QString::fromUtf8(c.morning));
    // The pattern an editor shows is the same clock.
    EXPECT_EQ(c.locale.toString(QTime(17, 30), LocaleFormat::timePattern(c.locale)),
              QString::fromUtf8(c.evening));
}

TEST_P(LocaleFormatTest, DecimalsUseTheLocalesSeparator)
{
    const LocaleCase& c = GetParam();
    EXPECT_EQ(LocaleFormat::decimal(6.0, 1, c.locale), QString::fromUtf8(c.six));
    EXPECT_EQ(LocaleFormat::decimal(5.44, 1, c.locale), QString::fromUtf8(c.average));
    // The separator is the locale's own, whatever the digits.
    EXPECT_TRUE(LocaleFormat::decimal(2.25, 2, c.locale).contains(c.locale.decimalPoint()));
    // Nothing rounds to "-0.0".
    EXPECT_FALSE(LocaleFormat::decimal(-0.04, 1, c.locale).contains(QLatin1Char('-')));
    EXPECT_TRUE(LocaleFormat::decimal(-0.4, 1, c.locale).startsWith(c.locale.negativeSign()));
}

TEST_P(LocaleFormatTest, WholeNumbersGroupTheirThousands)
{
    const LocaleCase& c = GetParam();
    EXPECT_EQ(LocaleFormat::number(12345, c.locale), QString::fromUtf8(c.many));
    EXPECT_EQ(LocaleFormat::number(7, c.locale), QStringLiteral("7"));
}

TEST_P(LocaleFormatTest, DaysAndMomentsUseTheLocalesNames)
{
    const LocaleCase& c = GetParam();
    const QString day = QString::fromUtf8(c.day);
    EXPECT_EQ(LocaleFormat::dayWithWeekday(kDay, c.locale), day);
    // A moment is its day, then its time: the wall time it holds, not converted.
    const QDateTime moment(kDay, QTime(17, 30), Qt::OffsetFromUTC, 5 * 3600);
    EXPECT_EQ(LocaleFormat::dateTime(moment, c.locale),
              day + QStringLiteral(", ") + QString::fromUtf8(c.evening));
    EXPECT_EQ(LocaleFormat::weekday(kDay, c.locale), c.locale.dayName(3));
    EXPECT_EQ(LocaleFormat::weekdayName(3, LocaleFormat::Length::Short, c.locale),
              c.locale.dayName(3, QLocale::ShortFormat));
    EXPECT_TRUE(LocaleFormat::monthAndYear(kDay, c.locale).endsWith(QStringLiteral(" 2026")));
    EXPECT_TRUE(LocaleFormat::monthAndYear(kDay, c.locale)
                    .startsWith(c.locale.monthName(1, QLocale::ShortFormat)));
}

TEST_P(LocaleFormatTest, TheDefaultIsTheApplicationsLocale)
{
    const LocaleCase& c = GetParam();
    const QLocale before;
    QLocale::setDefault(c.locale);
    EXPECT_EQ(LocaleFormat::decimal(6.0), QString::fromUtf8(c.six));
    EXPECT_EQ(LocaleFormat::time(QTime(17, 30)), QString::fromUtf8(c.evening));
    QLocale::setDefault(before);
}

INSTANTIATE_TEST_SUITE_P(
    Locales, LocaleFormatTest,
    ::testing::Values(LocaleCase{"en_US", QLocale(QLocale::English, QLocale::UnitedStates),
                                 "5:30 PM", "9:05 AM", "6.0", "5.4", "12,345", "Wed 14 Jan 2026"},
                      LocaleCase{"en_GB", QLocale(QLocale::English, QLocale::UnitedKingdom),
                                 "17:30", "09:05", "6.0", "5.4", "12,345", "Wed 14 Jan 2026"},
                      LocaleCase{"de_DE", QLocale(QLocale::German, QLocale::Germany), "17:30",
                                 "09:05", "6,0", "5,4", "12.345", "Mi. 14 Jan. 2026"},
                      LocaleCase{"es_ES", QLocale(QLocale::Spanish, QLocale::Spain), "17:30",
                                 "9:05", "6,0", "5,4", "12.345", "mié 14 ene 2026"}),
    [](const ::testing::TestParamInfo<LocaleCase>& info) { return std::string(info.param.name); });

TEST(LocaleFormat, TheCLocaleStillLeavesOutSeconds)
{
    const QLocale c = QLocale::c();
    EXPECT_EQ(LocaleFormat::timePattern(c), QStringLiteral("HH:mm"));
    EXPECT_EQ(LocaleFormat::time(QTime(7, 5, 30), c), QStringLiteral("07:05"));
}

TEST(LocaleFormat, SpanishGroupsOnlyFromFiveDigits)
{
    // Spanish writes 1234 without a separator (CLDR's minimum grouping of two).
    EXPECT_EQ(LocaleFormat::number(1234, QLocale(QLocale::Spanish, QLocale::Spain)),
              QStringLiteral("1234"));
    EXPECT_EQ(LocaleFormat::number(1234, QLocale(QLocale::German, QLocale::Germany)),
              QStringLiteral("1.234"));
}

TEST(LocaleFormat, DayRangesSayTheSharedMonthAndYearOnce)
{
    const QLocale gb(QLocale::English, QLocale::UnitedKingdom);
    EXPECT_EQ(LocaleFormat::dayRange(QDate(2026, 1, 5), QDate(2026, 1, 11), gb),
              QStringLiteral("5 – 11 January 2026"));
    EXPECT_EQ(LocaleFormat::dayRange(QDate(2026, 1, 26), QDate(2026, 2, 1), gb),
              QStringLiteral("26 January – 1 February 2026"));
    EXPECT_EQ(LocaleFormat::dayRange(QDate(2025, 12, 29), QDate(2026, 1, 4), gb),
              QStringLiteral("29 December 2025 – 4 January 2026"));
    EXPECT_EQ(LocaleFormat::dayRange(QDate(2026, 1, 5), QDate(2026, 1, 5), gb),
              QStringLiteral("5 January 2026"));
    EXPECT_EQ(LocaleFormat::dayRange(QDate(2026, 1, 26), QDate(2026, 2, 1),
                                     QLocale(QLocale::German, QLocale::Germany)),
              QStringLiteral("26 Januar – 1 Februar 2026"));
}

TEST(LocaleFormat, LengthsOfTime)
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(LocaleFormat::minutes(12, us), QStringLiteral("12 min"));
    EXPECT_EQ(LocaleFormat::minutes(1500, QLocale(QLocale::German, QLocale::Germany)),
              QStringLiteral("1.500 min"));

    EXPECT_EQ(LocaleFormat::aboutMinutes(0, us), QStringLiteral("under a minute"));
    EXPECT_EQ(LocaleFormat::aboutMinutes(59, us), QStringLiteral("under a minute"));
    EXPECT_EQ(LocaleFormat::aboutMinutes(60, us), QStringLiteral("about 1 min"));
    EXPECT_EQ(LocaleFormat::aboutMinutes(89, us), QStringLiteral("about 1 min"));
    EXPECT_EQ(LocaleFormat::aboutMinutes(90, us), QStringLiteral("about 2 min"));

    EXPECT_EQ(LocaleFormat::duration(45, us), QStringLiteral("45 s"));
    EXPECT_EQ(LocaleFormat::duration(180, us), QStringLiteral("3 min"));
    EXPECT_EQ(LocaleFormat::duration(200, us), QStringLiteral("3 min 20 s"));
    EXPECT_EQ(LocaleFormat::duration(-5, us), QStringLiteral("0 s"));
}

TEST(LocaleFormat, UnbreakableKeepsADateOrTimeTogether)
{
    const QString time = LocaleFormat::unbreakable(QStringLiteral("5:30 PM"));
    EXPECT_EQ(time, QStringLiteral("5:30") + QChar(QChar::Nbsp) + QStringLiteral("PM"));
    EXPECT_FALSE(time.contains(QLatin1Char(' ')));
    EXPECT_EQ(LocaleFormat::unbreakable(QStringLiteral("17:30")), QStringLiteral("17:30"));
}
