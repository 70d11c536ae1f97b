#include "core/plan/WeekPlanner.h"

#include "../journal/JournalTestSupport.h"
#include "PlanTestSupport.h"
#include "core/journal/JournalHistory.h"
#include "core/plan/IsoWeek.h"
#include "core/plan/PlanPreferences.h"
#include "core/plan/PlanRules.h"

#include <QSettings>

using namespace carrywell::core;
using namespace carrywell::test;

TEST(IsoWeek, ParsesTheMondayOfAWeek)
{
    // 4 January 2026 is a Sunday, so week 1 starts on Monday 29 December 2025.
    EXPECT_EQ(IsoWeek::parse(QStringLiteral("2026-W01")).value(), QDate(2025, 12, 29));
    EXPECT_EQ(IsoWeek::parse(QStringLiteral("2026-W48")).value(), QDate(2026, 11, 23));
    // 2026 begins on a Thursday, so it has a week 53; 2025 does not.
    EXPECT_EQ(IsoWeek::parse(QStringLiteral("2026-W53")).value(), QDate(2026, 12, 28));
    EXPECT_FALSE(IsoWeek::parse(QStringLiteral("2025-W53")));
}

TEST(IsoWeek, RefusesWhatIsNotAWeekWithAReadableMessage)
{
    for (const char* text : {"2026W48", "2026-W4", "2026-W00", "2026-48", "next week", ""}) {
        const Result<QDate> parsed = IsoWeek::parse(QString::fromLatin1(text));
        ASSERT_FALSE(parsed) << text;
        EXPECT_FALSE(parsed.error().isEmpty());
    }
    EXPECT_TRUE(
        IsoWeek::parse(QStringLiteral("2026-W00")).error().contains(QStringLiteral("no week")));
}

TEST(IsoWeek, FormatsEveryDayOfAYearAsItsWeekAndBack)
{
    for (QDate day(2024, 12, 20); day <= QDate(2027, 1, 10); day = day.addDays(1)) {
        const QString text = IsoWeek::format(day);
        const Result<QDate> monday = IsoWeek::parse(text);
        ASSERT_TRUE(monday) << qPrintable(text);
        EXPECT_EQ(monday.value(), weekStart(day)) << qPrintable(text);
    }
    EXPECT_EQ(IsoWeek::format(QDate(2027, 1, 1)), QStringLiteral("2026-W53"));
}

class PlanPreferencesTest : public ::testing::Test
{
protected:
    QTemporaryDir m_dir;
    QSettings m_settings{m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
};

TEST_F(PlanPreferencesTest, DefaultsWhenNothingIsStored)
{
    EXPECT_EQ(PlanPreferencesStore(m_settings).load(), PlanPreferences{});
}

TEST_F(PlanPreferencesTest, RoundTripsEveryField)
{
    PlanPreferences preferences;
    preferences.minutesPerDay = 22;
    preferences.freeDays = {true, false, true, false, false, true, false};
    preferences.diastasis = true;
    preferences.extraRegions = {Region::Neck, Region::HipsGlutes};
    preferences.sessionTime = QTime(20, 15);
    PlanPreferencesStore(m_settings).save(preferences);
    QSettings reread(m_settings.fileName(), QSettings::IniFormat);
    EXPECT_EQ(PlanPreferencesStore(reread).load(), preferences);
}

TEST_F(PlanPreferencesTest, HandEditedNonsenseFallsBackToSafeValues)
{
    m_settings.setValue(QStringLiteral("plan/minutesPerDay"), 90);
    m_settings.setValue(QStringLiteral("plan/freeDays"),
                        QStringList{QStringLiteral("9"), QStringLiteral("x")});
    m_settings.setValue(QStringLiteral("plan/extraRegions"),
                        QStringList{QStringLiteral("elbow"), QStringLiteral("neck")});
    m_settings.setValue(QStringLiteral("plan/sessionTime"), QStringLiteral("25:99"));
    const PlanPreferences loaded = PlanPreferencesStore(m_settings).load();
    EXPECT_EQ(loaded.minutesPerDay, PlanRequest::kMaxMinutes);
    EXPECT_EQ(loaded.freeDays, PlanPreferences{}.freeDays);
    EXPECT_EQ(loaded.extraRegions, QList<Region>{Region::Neck});
    EXPECT_EQ(loaded.sessionTime, PlanPreferences{}.sessionTime);
}

/// A journal on 14 January 2026 (a Wednesday in the week of Monday the 12th),
/// for someone ten weeks after a vaginal birth with a stiff mid back.
class WeekPlannerTest : public JournalTest
{
protected:
    void SetUp() override
    {
        m_journal = open();
        ASSERT_TRUE(m_journal);
        m_profile.birthType = BirthType::Vaginal;
        m_profile.setWeeksSinceBirth(10, m_clock.today());
        m_profile.symptomIds = {QStringLiteral("mid-upper-back-pain")};
        m_preferences.minutesPerDay = 12;
        m_preferences.freeDays = {true, true, false, true, true, false, true};
    }

    WeekPlanner planner() { return WeekPlanner(shippedLibrary(), *m_journal); }

    /// Last week's plan, and sessions on `done` of its days with the given pain.
    void recordLastWeek(int done, std::optional<int> before, std::optional<int> after)
    {
        const Result<WeeklyPlan> last =
            planner().makeWeek(QDate(2026, 1, 5), m_profile, m_preferences, m_clock.today());
        ASSERT_TRUE(last) << qPrintable(last.error());
        int recorded = 0;
        for (const PlanDay& day : last->days) {
            if (day.rest || recorded == done)
                continue;
            const QDateTime when = at(day.date.year(), day.date.month(), day.date.day(), 10);
            ASSERT_TRUE(m_journal->addSession(makeSession(when, QStringLiteral("plan"), 600,
                                                          {day.exercises.first().exerciseId}, {},
                                                          before, after)));
            ++recorded;
        }
    }

    std::unique_ptr<Journal> m_journal;
    Profile m_profile;
    PlanPreferences m_preferences;
};

TEST_F(WeekPlannerTest, MakesAndStoresTheWeeksPlanWhenNoneIsStored)
{
    ASSERT_FALSE(planner().stored(m_clock.today()).value());
    const Result<WeeklyPlan> plan =
        planner().planFor(m_clock.today(), m_profile, m_preferences, m_clock.today());
    ASSERT_TRUE(plan) << qPrintable(plan.error());
    EXPECT_EQ(plan->weekStart, QDate(2026, 1, 12));
    EXPECT_EQ(plan->minutesPerDay, 12);
    EXPECT_TRUE(plan->days[2].rest);
    EXPECT_TRUE(plan->days[5].rest);

    const Result<std::optional<WeeklyPlan>> stored = planner().stored(QDate(2026, 1, 18));
    ASSERT_TRUE(stored && stored.value());
    EXPECT_EQ(*stored.value(), plan.value());

    const Result<PlanRequest> request =
        planner().requestFor(m_clock.today(), m_profile, m_preferences, m_clock.today());
    ASSERT_TRUE(request);
    EXPECT_EQ(PlanRules::violations(plan.value(), request.value(), shippedLibrary()),
              QStringList{});
}

TEST_F(WeekPlannerTest, KeepsAStoredPlanWhenAnswersChangeUntilTheWeekIsMadeAgain)
{
    const WeeklyPlan first =
        planner().planFor(m_clock.today(), m_profile, m_preferences, m_clock.today()).value();
    m_preferences.minutesPerDay = 25;
    EXPECT_EQ(planner().planFor(m_clock.today(), m_profile, m_preferences, m_clock.today()).value(),
              first);

    const WeeklyPlan remade =
        planner().makeWeek(m_clock.today(), m_profile, m_preferences, m_clock.today()).value();
    EXPECT_EQ(remade.minutesPerDay, 25);
    EXPECT_EQ(planner().stored(m_clock.today()).value().value(), remade);
    EXPECT_EQ(JournalHistory(*m_journal).plans().value().size(), 1);
}

TEST_F(WeekPlannerTest, SameAnswersGiveTheSamePlanAndAnotherSeedAnother)
{
    const WeeklyPlan a =
        planner().makeWeek(m_clock.today(), m_profile, m_preferences, m_clock.today()).value();
    const WeeklyPlan b =
        planner().makeWeek(m_clock.today(), m_profile, m_preferences, m_clock.today()).value();
    EXPECT_EQ(a, b);
    EXPECT_EQ(a.seed, WeekPlanner::seedFor(QDate(2026, 1, 12)));
    const WeeklyPlan c =
        planner()
            .makeWeek(m_clock.today(), m_profile, m_preferences, m_clock.today(), a.seed + 1)
            .value();
    EXPECT_EQ(c.seed, a.seed + 1);
    EXPECT_NE(dayLists(a), dayLists(c));
}

TEST_F(WeekPlannerTest, CountsWeeksSinceBirthFromTheWeekPlannedOrToday)
{
    const PlanRequest later =
        planner().requestFor(QDate(2026, 2, 12), m_profile, m_preferences, m_clock.today()).value();
    // Counted on that week's Monday, 9 February: 13 whole weeks after 5 November.
    EXPECT_EQ(later.weeksSinceBirth, 13);
    const PlanRequest earlier =
        planner().requestFor(QDate(2026, 1, 5), m_profile, m_preferences, m_clock.today()).value();
    EXPECT_EQ(earlier.weeksSinceBirth, 10);
}

TEST_F(WeekPlannerTest, WithoutABirthDatePlansForTheFirstWeeksAndSaysSo)
{
    m_profile.birthDate.reset();
    m_profile.birthType = BirthType::Unknown;
    const WeeklyPlan plan =
        planner().makeWeek(m_clock.today(), m_profile, m_preferences, m_clock.today()).value();
    EXPECT_EQ(planner()
                  .requestFor(m_clock.today(), m_profile, m_preferences, m_clock.today())
                  ->weeksSinceBirth,
              0);
    ASSERT_FALSE(plan.notes.isEmpty());
    EXPECT_TRUE(plan.notes.last().contains(QStringLiteral("birth date")));
}

TEST_F(WeekPlannerTest, NoProgressionWithoutLastWeeksPlan)
{
    const PlanRequest request =
        planner().requestFor(m_clock.today(), m_profile, m_preferences, m_clock.today()).value();
    EXPECT_FALSE(request.progression);
    EXPECT_TRUE(request.previousExerciseIds.isEmpty());
}

TEST_F(WeekPlannerTest, ProgressesAfterAWeekOfSessionsThatHelped)
{
    recordLastWeek(5, 5, 3);
    const PlanRequest request =
        planner().requestFor(m_clock.today(), m_profile, m_preferences, m_clock.today()).value();
    ASSERT_TRUE(request.progression);
    EXPECT_EQ(request.progression->step, ProgressionStep::Progress)
        << qPrintable(request.progression->reason);
    EXPECT_FALSE(request.previousExerciseIds.isEmpty());

    const WeeklyPlan plan =
        planner().makeWeek(m_clock.today(), m_profile, m_preferences, m_clock.today()).value();
    EXPECT_TRUE(plan.notes.contains(request.progression->reason));
}

TEST_F(WeekPlannerTest, StepsBackWhenSessionsLeftPainWorse)
{
    recordLastWeek(5, 3, 6);
    const PlanRequest request =
        planner().requestFor(m_clock.today(), m_profile, m_preferences, m_clock.today()).value();
    ASSERT_TRUE(request.progression);
    EXPECT_EQ(request.progression->step, ProgressionStep::StepBack)
        << qPrintable(request.progression->reason);
}

TEST_F(WeekPlannerTest, HoldsWhenFewSessionsWereDone)
{
    recordLastWeek(1, {}, {});
    const PlanRequest request =
        planner().requestFor(m_clock.today(), m_profile, m_preferences, m_clock.today()).value();
    ASSERT_TRUE(request.progression);
    EXPECT_EQ(request.progression->step, ProgressionStep::Hold)
        << qPrintable(request.progression->reason);
}

TEST_F(WeekPlannerTest, WithoutEquipmentNamedPlansWithWhatMostHomesHaveAndSaysSo)
{
    ASSERT_TRUE(m_profile.equipment.isEmpty());
    const WeeklyPlan plan =
        planner().makeWeek(m_clock.today(), m_profile, m_preferences, m_clock.today()).value();
    EXPECT_TRUE(plan.notes.join(QLatin1Char(' ')).contains(QStringLiteral("what most homes have")));
    // The wall, the chair, the couch and the doorway are there without asking.
    int household = 0;
    for (const PlanDay& day : plan.days) {
        for (const PlannedExercise& item : day.exercises) {
            const Exercise* exercise = shippedLibrary().exercise(item.exerciseId);
            ASSERT_NE(exercise, nullptr);
            for (const Equipment needed : exercise->equipment) {
                EXPECT_TRUE(isHousehold(needed)) << item.exerciseId.toStdString();
                household += needed != Equipment::Mat && needed != Equipment::Pillow;
            }
        }
    }
    EXPECT_GT(household, 0) << "no exercise against a wall, on a chair or couch, or in a doorway";

    m_profile.equipment = {Equipment::Band};
    const PlanRequest named =
        planner().requestFor(m_clock.today(), m_profile, m_preferences, m_clock.today()).value();
    EXPECT_EQ(named.profile.equipment, QList<Equipment>{Equipment::Band});
}
