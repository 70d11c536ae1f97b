#include "core/plan/PlanJson.h"

#include "PlanTestSupport.h"
#include "core/journal/Journal.h"
#include "core/journal/JournalHistory.h"
#include "core/plan/PlanGenerator.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

WeeklyPlan samplePlan()
{
    PlanRequest r = request(BirthType::Caesarean, 9, {Equipment::Mat, Equipment::Band},
                            {QStringLiteral("mid-upper-back-pain")}, 20, 42);
    r.freeDays = {true, false, true, false, true, true, false};
    r.progression = ProgressionDecision{ProgressionStep::Hold, QStringLiteral("Holding.")};
    return PlanGenerator(shippedLibrary()).generate(r).value();
}

} // namespace

TEST(PlanJson, RoundTripsEveryField)
{
    const WeeklyPlan plan = samplePlan();
    const auto back = weeklyPlanFromJson(toJson(plan));
    ASSERT_TRUE(back.ok()) << qPrintable(back.error());
    EXPECT_EQ(back.value(), plan);
    EXPECT_EQ(back->seed, 42u);
    EXPECT_EQ(back->notes, QStringList{QStringLiteral("Holding.")});
}

TEST(PlanJson, RoundTripsUnreachedRegions)
{
    WeeklyPlan plan = samplePlan();
    plan.unreached = {Region::Neck, Region::PelvicFloor};
    const auto back = weeklyPlanFromJson(toJson(plan));
    ASSERT_TRUE(back.ok()) << qPrintable(back.error());
    EXPECT_EQ(back->unreached, plan.unreached);
}

TEST(PlanJson, RoundTripsThroughASavedPlan)
{
    const WeeklyPlan plan = samplePlan();
    const SavedPlan saved = toSavedPlan(plan, QDateTime(QDate(2026, 1, 4), QTime(20, 0), Qt::UTC));
    EXPECT_EQ(saved.weekStart, QDate(2026, 1, 5));
    EXPECT_EQ(problemsWith(saved), QStringList());
    const auto back = weeklyPlanFrom(saved);
    ASSERT_TRUE(back.ok()) << qPrintable(back.error());
    EXPECT_EQ(back.value(), plan);
}

TEST(PlanJson, RefusesWhatIsNotAPlan)
{
    QJsonObject json = toJson(samplePlan());
    json.insert(QStringLiteral("days"), QJsonArray());
    const auto noDays = weeklyPlanFromJson(json);
    ASSERT_FALSE(noDays.ok());
    EXPECT_TRUE(noDays.error().contains(QStringLiteral("0 days instead of 7")));
    EXPECT_TRUE(noDays.error().contains(QStringLiteral("Make a new plan")));

    SavedPlan broken;
    broken.weekStart = QDate(2026, 1, 5);
    broken.json = QStringLiteral("{not json");
    EXPECT_FALSE(weeklyPlanFrom(broken).ok());
}

// Plans are kept per ISO week in the journal: saving again replaces that
// week's plan, and any day of the week finds it.
TEST(PlanJson, IsKeptPerWeekInTheJournal)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const ManualClock clock(QDateTime(QDate(2026, 1, 7), QTime(9, 0), Qt::UTC));
    auto opened = Journal::open(dir.filePath(QStringLiteral("journal.sqlite")), clock);
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
    Journal& journal = *opened.journal();

    WeeklyPlan plan = samplePlan();
    ASSERT_TRUE(journal.savePlan(toSavedPlan(plan, clock.now())).ok());
    plan.notes = {QStringLiteral("Made again.")};
    ASSERT_TRUE(journal.savePlan(toSavedPlan(plan, clock.now())).ok());

    const auto saved = JournalHistory(journal).planForWeek(QDate(2026, 1, 9));
    ASSERT_TRUE(saved.ok()) << qPrintable(saved.error());
    ASSERT_TRUE(saved.value().has_value());
    const auto back = weeklyPlanFrom(*saved.value());
    ASSERT_TRUE(back.ok()) << qPrintable(back.error());
    EXPECT_EQ(back.value(), plan);
    EXPECT_EQ(JournalHistory(journal).plans().value().size(), 1);
    EXPECT_FALSE(JournalHistory(journal).planForWeek(QDate(2026, 1, 12)).value().has_value());
}
