#include "JournalTestSupport.h"
#include "core/journal/Adherence.h"
#include "core/journal/JournalHistory.h"
#include "core/journal/PainTrends.h"
#include "core/journal/SessionEffects.h"
#include "core/journal/WeekSummaries.h"

#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

// Today is Wednesday 14 January 2026 (see JournalTest).
class JournalAnalysis : public JournalTest
{
protected:
    void SetUp() override
    {
        m_journal = open();
        ASSERT_TRUE(m_journal);
    }

    void add(const CheckIn& checkIn)
    {
        const Result<qint64> added = m_journal->addCheckIn(checkIn);
        ASSERT_TRUE(added.ok()) << added.error().toStdString();
    }

    void add(const SessionRecord& session)
    {
        const Result<qint64> added = m_journal->addSession(session);
        ASSERT_TRUE(added.ok()) << added.error().toStdString();
    }

    static DateRange days(QDate first, QDate last) { return {first, last}; }
    static QDate jan(int day) { return QDate(2026, 1, day); }

    std::unique_ptr<Journal> m_journal;
};

} // namespace

TEST_F(JournalAnalysis, HistoryFollowsTheLocalDayOfEachEntry)
{
    // 00:30 at UTC+2 is still the 9th in UTC; 23:30 at UTC-5 is already the 10th.
    add(makeCheckIn(at(2026, 1, 10, 0, 30, 2 * 3600), 3, {}, {}, "just after midnight in Athens"));
    add(makeCheckIn(at(2026, 1, 9, 23, 30, -5 * 3600), 4, {}, {}, "late evening in New York"));
    add(makeCheckIn(at(2026, 1, 10, 12), 5, {}, {}, "noon"));
    add(makeSession(at(2026, 1, 11, 7), "gentle-start", 300, {"cat-cow"}));

    const JournalHistory history(*m_journal);
    const QList<CheckIn> tenth = history.checkIns(days(jan(10), jan(10))).value();
    ASSERT_EQ(tenth.size(), 2);
    EXPECT_EQ(tenth[0].note, "just after midnight in Athens");
    EXPECT_EQ(tenth[1].note, "noon");
    const QList<CheckIn> ninth = history.checkIns(days(jan(9), jan(9))).value();
    ASSERT_EQ(ninth.size(), 1);
    EXPECT_EQ(ninth[0].note, "late evening in New York");
    EXPECT_EQ(history.sessions(days(jan(11), jan(11)))->size(), 1);
    EXPECT_TRUE(history.sessions(days(jan(10), jan(10)))->isEmpty());
    EXPECT_EQ(history.coveredDays().value(), (DateRange{jan(9), jan(11)}));
}

TEST_F(JournalAnalysis, AnEmptyJournalHasNoCoveredDays)
{
    EXPECT_FALSE(JournalHistory(*m_journal).coveredDays().value());
    EXPECT_TRUE(PainTrends(*m_journal).dailyAverages(days(jan(1), jan(31)))->isEmpty());
}

TEST_F(JournalAnalysis, DailyAndWeeklyAverages)
{
    add(makeCheckIn(at(2026, 1, 5, 8), 8));
    add(makeCheckIn(at(2026, 1, 5, 20), 8));
    add(makeCheckIn(at(2026, 1, 6, 8), 2));
    add(makeCheckIn(at(2026, 1, 11, 21), 5)); // a Sunday: still the week of the 5th
    add(makeCheckIn(at(2026, 1, 12, 7), 2));
    add(makeCheckIn(at(2026, 1, 12, 12), 4));
    add(makeCheckIn(at(2026, 1, 12, 22), 9));
    add(makeCheckIn(at(2026, 1, 14, 8), 1));

    const PainTrends trends(*m_journal);
    const QList<DailyAverage> daily = trends.dailyAverages(days(jan(5), jan(14))).value();
    ASSERT_EQ(daily.size(), 5);
    EXPECT_EQ(daily[0].day, jan(5));
    EXPECT_DOUBLE_EQ(daily[0].average, 8);
    EXPECT_EQ(daily[0].checkIns, 2);
    EXPECT_EQ(daily[3].day, jan(12));
    EXPECT_DOUBLE_EQ(daily[3].average, 5);
    EXPECT_EQ(daily[3].checkIns, 3);
    EXPECT_EQ(daily[3].lowest, 2);
    EXPECT_EQ(daily[3].highest, 9);
    EXPECT_EQ(trends.dailyAverages(days(jan(6), jan(11)))->size(), 2);
    // A range that ends before it starts holds nothing.
    EXPECT_TRUE(trends.dailyAverages(days(jan(14), jan(5)))->isEmpty());
    EXPECT_TRUE(trends.weeklyAverages(days(jan(14), jan(5)))->isEmpty());
    EXPECT_TRUE(trends.movingAverage(days(jan(14), jan(5)))->isEmpty());
    EXPECT_TRUE(Adherence(*m_journal).weeks(days(jan(20), jan(13)))->isEmpty());

    // Whole weeks, each day counted once: (8 + 2 + 5) / 3, not (8 + 8 + 2 + 5) / 4.
    const QList<WeeklyAverage> weekly = trends.weeklyAverages(days(jan(7), jan(13))).value();
    ASSERT_EQ(weekly.size(), 2);
    EXPECT_EQ(weekly[0].weekStart, jan(5));
    EXPECT_DOUBLE_EQ(weekly[0].average, 5);
    EXPECT_EQ(weekly[0].daysWithCheckIns, 3);
    EXPECT_EQ(weekly[0].checkIns, 4);
    EXPECT_EQ(weekly[1].weekStart, jan(12));
    EXPECT_DOUBLE_EQ(weekly[1].average, 3);
    EXPECT_EQ(weekly[1].checkIns, 4);
}

TEST_F(JournalAnalysis, SevenDayMovingAverage)
{
    add(makeCheckIn(at(2026, 1, 1, 9), 4));
    add(makeCheckIn(at(2026, 1, 3, 9), 6));
    add(makeCheckIn(at(2026, 1, 9, 9), 8));

    const PainTrends trends(*m_journal);
    const QList<MovingAveragePoint> points = trends.movingAverage(days(jan(7), jan(16))).value();
    ASSERT_EQ(points.size(), 10); // one per day of the range
    EXPECT_EQ(points[0].day, jan(7));
    EXPECT_NEAR(*points[0].average, 5, 1e-9); // 1st to 7th: days before the range count
    EXPECT_EQ(points[0].daysWithCheckIns, 2);
    EXPECT_NEAR(*points[1].average, 6, 1e-9); // 2nd to 8th
    EXPECT_NEAR(*points[2].average, 7, 1e-9); // 3rd to 9th
    EXPECT_NEAR(*points[3].average, 8, 1e-9); // 4th to 10th
    EXPECT_NEAR(*points[8].average, 8, 1e-9); // 9th to 15th
    EXPECT_EQ(points[9].day, jan(16));
    EXPECT_FALSE(points[9].average); // 10th to 16th: nothing
    EXPECT_EQ(points[9].daysWithCheckIns, 0);

    const QList<MovingAveragePoint> daily = trends.movingAverage(days(jan(1), jan(3)), 1).value();
    ASSERT_EQ(daily.size(), 3);
    EXPECT_NEAR(*daily[0].average, 4, 1e-9);
    EXPECT_FALSE(daily[1].average);
    EXPECT_NEAR(*daily[2].average, 6, 1e-9);
}

TEST_F(JournalAnalysis, RegionTrendsShowDirection)
{
    add(makeCheckIn(at(2026, 1, 5, 8), 5, {{Region::LowerBack, 8}}));
    add(makeCheckIn(at(2026, 1, 5, 20), 5, {{Region::LowerBack, 8}}));
    add(makeCheckIn(at(2026, 1, 6, 8), 5, {{Region::LowerBack, 7}, {Region::Neck, 3}}));
    add(makeCheckIn(at(2026, 1, 7, 8), 5, {{Region::LowerBack, 6}}));
    add(makeCheckIn(at(2026, 1, 8, 8), 5, {{Region::LowerBack, 5}}));
    add(makeCheckIn(at(2026, 1, 20, 8), 5, {{Region::Core, 9}})); // outside the range

    const QList<RegionTrend> trends =
        PainTrends(*m_journal).regionTrends(days(jan(5), jan(8))).value();
    ASSERT_EQ(trends.size(), 2); // in Region order; core is outside the range
    EXPECT_EQ(trends[0].region, Region::Neck);
    EXPECT_DOUBLE_EQ(trends[0].average, 3);
    EXPECT_FALSE(trends[0].changePerWeek); // one day is not a trend
    EXPECT_EQ(trends[1].region, Region::LowerBack);
    ASSERT_EQ(trends[1].days.size(), 4);
    EXPECT_EQ(trends[1].days[0].day, jan(5));
    EXPECT_DOUBLE_EQ(trends[1].days[0].average, 8);
    EXPECT_EQ(trends[1].days[0].scores, 2);
    EXPECT_DOUBLE_EQ(trends[1].average, 6.5);
    EXPECT_EQ(trends[1].scores, 5);
    ASSERT_TRUE(trends[1].changePerWeek);
    EXPECT_NEAR(*trends[1].changePerWeek, -7, 1e-9); // one point better each day
}

TEST_F(JournalAnalysis, SessionsPerWeekCountOnlySessionsWithExercisesDone)
{
    add(makeSession(at(2026, 1, 6, 7), "gentle-start", 600, {"cat-cow"}));
    add(makeSession(at(2026, 1, 6, 18), "gentle-start", 300, {}, {"cat-cow", "bird-dog"}));
    add(makeSession(at(2026, 1, 8, 7), "evening-release", 630, {"child-pose"}, {"bird-dog"}));
    add(makeCheckIn(at(2026, 1, 6, 9), 4));
    add(makeCheckIn(at(2026, 1, 9, 9), 4));
    add(makeCheckIn(at(2026, 1, 14, 9), 3));

    const QList<WeekAdherence> weeks = Adherence(*m_journal).weeks(days(jan(7), jan(20))).value();
    ASSERT_EQ(weeks.size(), 3);
    EXPECT_EQ(weeks[0].weekStart, jan(5));
    EXPECT_EQ(weeks[0].sessions, 2);
    EXPECT_EQ(weeks[0].sessionMinutes, 21); // 1230 s
    EXPECT_EQ(weeks[0].checkIns, 2);
    EXPECT_EQ(weeks[0].activeDays, 3); // the 6th, 8th and 9th
    EXPECT_EQ(weeks[1].weekStart, jan(12));
    EXPECT_EQ(weeks[1].sessions, 0);
    EXPECT_EQ(weeks[1].activeDays, 1);
    EXPECT_EQ(weeks[2].weekStart, jan(19)); // empty weeks are listed too
    EXPECT_EQ(weeks[2].activeDays, 0);
}

TEST_F(JournalAnalysis, StreaksOfActiveDays)
{
    for (int day = 1; day <= 3; ++day)
        add(makeCheckIn(at(2026, 1, day, 9), 4));
    add(makeSession(at(2026, 1, 6, 9), "gentle-start", 60, {}, {"cat-cow"})); // all skipped
    add(makeCheckIn(at(2026, 1, 10, 9), 4));
    add(makeSession(at(2026, 1, 11, 9), "gentle-start", 60, {"cat-cow"}));
    add(makeCheckIn(at(2026, 1, 12, 9), 4));
    add(makeCheckIn(at(2026, 1, 13, 22), 4));
    add(makeCheckIn(at(2026, 1, 20, 9), 4)); // in the future: ignored

    const Adherence adherence(*m_journal);
    Streaks streaks = adherence.streaks().value();
    EXPECT_EQ(streaks.current, 4); // 10th to 13th: today is not over yet
    EXPECT_FALSE(streaks.todayActive);
    EXPECT_EQ(streaks.longest, 4);
    EXPECT_EQ(streaks.longestEnd, jan(13));

    add(makeCheckIn(at(2026, 1, 14, 8), 3));
    streaks = adherence.streaks().value();
    EXPECT_EQ(streaks.current, 5);
    EXPECT_TRUE(streaks.todayActive);
    EXPECT_EQ(streaks.longest, 5);
    EXPECT_EQ(streaks.longestEnd, jan(14));

    m_clock.set(at(2026, 1, 16, 9)); // nothing on the 15th: the run is over
    streaks = adherence.streaks().value();
    EXPECT_EQ(streaks.current, 0);
    EXPECT_EQ(streaks.longest, 5);
}

TEST_F(JournalAnalysis, ThisWeekAgainstLastWeek)
{
    add(makeCheckIn(at(2026, 1, 5, 9), 6, {{Region::LowerBack, 7}}));
    add(makeCheckIn(at(2026, 1, 7, 9), 4, {{Region::LowerBack, 5}}));
    add(makeSession(at(2026, 1, 6, 7), "gentle-start", 600, {"cat-cow"}));
    add(makeCheckIn(at(2026, 1, 12, 9), 3, {{Region::LowerBack, 4}}));
    add(makeCheckIn(at(2026, 1, 13, 9), 2, {{Region::Neck, 1}}));
    add(makeCheckIn(at(2026, 1, 13, 19), 2));
    add(makeSession(at(2026, 1, 13, 7), "gentle-start", 300, {"cat-cow"}));
    add(makeSession(at(2026, 1, 13, 20), "evening-release", 300, {"child-pose"}));
    add(makeCheckIn(at(2026, 1, 15, 9), 9)); // tomorrow

    const WeekComparison comparison = WeekSummaries(*m_journal).thisWeekVersusLast().value();
    EXPECT_EQ(comparison.thisWeek.days, (DateRange{jan(12), jan(14)}));
    EXPECT_EQ(comparison.lastWeek.days, (DateRange{jan(5), jan(11)}));
    EXPECT_DOUBLE_EQ(*comparison.lastWeek.averagePain, 5);
    EXPECT_EQ(comparison.lastWeek.checkIns, 2);
    EXPECT_EQ(comparison.lastWeek.sessions, 1);
    EXPECT_EQ(comparison.lastWeek.sessionMinutes, 10);
    EXPECT_EQ(comparison.lastWeek.activeDays, 3);
    ASSERT_EQ(comparison.lastWeek.regions.size(), 1);
    EXPECT_DOUBLE_EQ(comparison.lastWeek.regions[0].average, 6);

    EXPECT_DOUBLE_EQ(*comparison.thisWeek.averagePain, 2.5);
    EXPECT_EQ(comparison.thisWeek.checkIns, 3);
    EXPECT_EQ(comparison.thisWeek.sessions, 2);
    EXPECT_EQ(comparison.thisWeek.activeDays, 2);
    ASSERT_EQ(comparison.thisWeek.regions.size(), 2);
    EXPECT_EQ(comparison.thisWeek.regions[0].region, Region::Neck);
    EXPECT_EQ(comparison.thisWeek.regions[1].region, Region::LowerBack);
    EXPECT_DOUBLE_EQ(*comparison.painChange(), -2.5);
    EXPECT_EQ(comparison.sessionChange(), 1);
}

TEST_F(JournalAnalysis, PainBeforeAndAfterSessions)
{
    auto session = [](int day, const char* routine, std::optional<int> before,
                      std::optional<int> after) {
        return makeSession(at(2026, 1, day, 18), routine, 600, {"cat-cow"}, {}, before, after);
    };
    add(session(5, "gentle-start", 5, 3));
    add(session(6, "gentle-start", 6, 6));
    add(session(7, "evening-release", 4, 5));
    add(session(8, "evening-release", 7, std::nullopt)); // not asked after: left out
    SessionRecord renamed = session(9, "gentle-start", 2, 1);
    renamed.routineName = "Gentle start v2";
    add(renamed);
    add(makeSession(at(2026, 2, 2, 18), "evening-release", 600, {"cat-cow"}, {}, 8, 0));

    const SessionEffect effect =
        SessionEffects(*m_journal).beforeAndAfter(days(jan(1), jan(31))).value();
    EXPECT_EQ(effect.sessions, 4);
    EXPECT_DOUBLE_EQ(*effect.averageBefore, 4.25);
    EXPECT_DOUBLE_EQ(*effect.averageAfter, 3.75);
    EXPECT_DOUBLE_EQ(*effect.averageChange(), -0.5);
    EXPECT_EQ(effect.improved, 2);
    EXPECT_EQ(effect.unchanged, 1);
    EXPECT_EQ(effect.worse, 1);
    ASSERT_EQ(effect.byRoutine.size(), 2);
    EXPECT_EQ(effect.byRoutine[0].routineId, "gentle-start");
    EXPECT_EQ(effect.byRoutine[0].routineName, "Gentle start v2");
    EXPECT_EQ(effect.byRoutine[0].sessions, 3);
    EXPECT_NEAR(effect.byRoutine[0].averageChange(), -1, 1e-9);
    EXPECT_EQ(effect.byRoutine[1].routineId, "evening-release");
    EXPECT_EQ(effect.byRoutine[1].sessions, 1);
    EXPECT_DOUBLE_EQ(effect.byRoutine[1].averageChange(), 1);

    const SessionEffect none = SessionEffects(*m_journal)
                                   .beforeAndAfter(days(QDate(2025, 1, 1), QDate(2025, 12, 31)))
                                   .value();
    EXPECT_EQ(none.sessions, 0);
    EXPECT_FALSE(none.averageChange());
    EXPECT_TRUE(none.byRoutine.isEmpty());
}
