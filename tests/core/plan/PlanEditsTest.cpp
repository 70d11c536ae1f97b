#include "core/plan/PlanEdits.h"

#include "PlanTestSupport.h"
#include "core/plan/PlanGenerator.h"
#include "core/plan/PlanRules.h"

#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

/// Ten minutes on Monday, Tuesday, Thursday and Saturday for a stiff mid back.
class PlanEditsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_request =
            request(BirthType::Vaginal, 12, {}, {QStringLiteral("mid-upper-back-pain")}, 10);
        m_request.freeDays = {true, true, false, true, false, true, false};
        m_plan = PlanGenerator(shippedLibrary()).generate(m_request).value();
        ASSERT_FALSE(m_plan.days[0].rest);
        ASSERT_TRUE(m_plan.days[2].rest);
    }

    const Exercise& exercise(const char* id) const
    {
        const Exercise* found = shippedLibrary().exercise(QString::fromLatin1(id));
        EXPECT_NE(found, nullptr) << id;
        return *found;
    }

    QStringList ids(const WeeklyPlan& plan, int day) const
    {
        QStringList result;
        for (const PlannedExercise& item : plan.days[day].exercises)
            result << item.exerciseId;
        return result;
    }

    static bool inStageOrder(const PlanDay& day)
    {
        return std::is_sorted(day.exercises.begin(), day.exercises.end(),
                              [](const PlannedExercise& a, const PlannedExercise& b) {
                                  return int(a.stage) < int(b.stage);
                              });
    }

    PlanRequest m_request;
    WeeklyPlan m_plan;
};

} // namespace

TEST_F(PlanEditsTest, AddingToARestDayMakesItATrainingDayWithTheExercisesOwnDose)
{
    const Exercise& cat = exercise("cat-cow");
    const WeeklyPlan edited = PlanEdits::add(m_plan, 2, cat).value();
    EXPECT_FALSE(edited.days[2].rest);
    ASSERT_EQ(ids(edited, 2), QStringList{QStringLiteral("cat-cow")});
    const PlannedExercise& item = edited.days[2].exercises.first();
    EXPECT_EQ(item.dosage.estimatedSeconds(), cat.dosage.estimatedSeconds());
    EXPECT_TRUE(item.dosage.alternatives.empty());
    EXPECT_TRUE(item.reason.startsWith(cat.name));
    EXPECT_EQ(item.stage, PlanEdits::stageFor(cat));
}

TEST_F(PlanEditsTest, AddedExercisesKeepTheDayInStageOrder)
{
    WeeklyPlan edited = m_plan;
    for (const char* id : {"childs-pose", "breathing-360", "glute-bridge", "cat-cow"}) {
        const Result<WeeklyPlan> added = PlanEdits::add(edited, 0, exercise(id));
        if (added)
            edited = added.value();
    }
    EXPECT_TRUE(inStageOrder(edited.days[0])) << qPrintable(dayLists(edited).first());
    EXPECT_GT(edited.days[0].exercises.size(), m_plan.days[0].exercises.size());
}

TEST_F(PlanEditsTest, RefusesTheSameExerciseTwiceInADayAndChangesNothing)
{
    const QString id = m_plan.days[0].exercises.first().exerciseId;
    const Result<WeeklyPlan> again = PlanEdits::add(m_plan, 0, *shippedLibrary().exercise(id));
    ASSERT_FALSE(again);
    EXPECT_TRUE(again.error().contains(QStringLiteral("already on Monday")))
        << qPrintable(again.error());
}

TEST_F(PlanEditsTest, RemovingTheLastExerciseMakesARestDay)
{
    WeeklyPlan edited = m_plan;
    while (!edited.days[1].exercises.isEmpty())
        edited = PlanEdits::remove(edited, 1, 0).value();
    EXPECT_TRUE(edited.days[1].rest);
    EXPECT_EQ(edited.days[0], m_plan.days[0]);
    EXPECT_EQ(edited.days[3], m_plan.days[3]);
}

TEST_F(PlanEditsTest, SwapKeepsThePlaceAndTakesTheNewExercisesDose)
{
    const Exercise& bridge = exercise("glute-bridge");
    ASSERT_FALSE(ids(m_plan, 0).contains(bridge.id));
    const WeeklyPlan edited = PlanEdits::swap(m_plan, 0, 1, bridge).value();
    EXPECT_EQ(ids(edited, 0).at(1), bridge.id);
    EXPECT_EQ(ids(edited, 0).size(), ids(m_plan, 0).size());
    EXPECT_EQ(edited.days[0].exercises.at(1).dosage.estimatedSeconds(),
              bridge.dosage.estimatedSeconds());
    EXPECT_TRUE(edited.days[0].exercises.at(1).reason.contains(QStringLiteral("swapped in")));
}

TEST_F(PlanEditsTest, ReorderMovesWithinTheDay)
{
    const QStringList before = ids(m_plan, 0);
    const WeeklyPlan edited = PlanEdits::reorder(m_plan, 0, 0, before.size() - 1).value();
    QStringList expected = before;
    expected.move(0, before.size() - 1);
    EXPECT_EQ(ids(edited, 0), expected);
}

TEST_F(PlanEditsTest, MoveToDayCarriesDoseAndReasonAndLeavesRestWhenEmpty)
{
    WeeklyPlan edited = m_plan;
    const QList<PlannedExercise> saturday = m_plan.days[5].exercises;
    for (qsizetype i = 0; i < saturday.size(); ++i) {
        const Result<WeeklyPlan> moved = PlanEdits::moveToDay(edited, 5, 0, 6);
        ASSERT_TRUE(moved) << qPrintable(moved.error());
        edited = moved.value();
    }
    EXPECT_TRUE(edited.days[5].rest);
    EXPECT_FALSE(edited.days[6].rest);
    for (const PlannedExercise& item : saturday)
        EXPECT_TRUE(edited.days[6].exercises.contains(item)) << qPrintable(item.exerciseId);
    EXPECT_TRUE(inStageOrder(edited.days[6]));
}

TEST_F(PlanEditsTest, MoveRefusesADayThatAlreadyHasIt)
{
    // Monday's first exercise, added to Tuesday too.
    const QString monday = ids(m_plan, 0).first();
    WeeklyPlan plan = m_plan;
    if (!ids(plan, 1).contains(monday))
        plan = PlanEdits::add(plan, 1, *shippedLibrary().exercise(monday)).value();
    const int tuesdayIndex = int(ids(plan, 1).indexOf(monday));
    ASSERT_GE(tuesdayIndex, 0);
    const Result<WeeklyPlan> moved = PlanEdits::moveToDay(plan, 1, tuesdayIndex, 0);
    ASSERT_FALSE(moved);
    EXPECT_TRUE(moved.error().contains(QStringLiteral("Monday")));
}

TEST_F(PlanEditsTest, RestDayClearsTheDay)
{
    const WeeklyPlan edited = PlanEdits::makeRestDay(m_plan, 0).value();
    EXPECT_TRUE(edited.days[0].rest);
    EXPECT_TRUE(edited.days[0].exercises.isEmpty());
    EXPECT_EQ(edited.days[1], m_plan.days[1]);
}

TEST_F(PlanEditsTest, IndexesOutsideThePlanAreErrorsNotCrashes)
{
    EXPECT_FALSE(PlanEdits::remove(m_plan, 7, 0));
    EXPECT_FALSE(PlanEdits::remove(m_plan, 0, 99));
    EXPECT_FALSE(PlanEdits::reorder(m_plan, 0, 0, -1));
    EXPECT_FALSE(PlanEdits::moveToDay(m_plan, 0, 0, 9));
    EXPECT_FALSE(PlanEdits::makeRestDay(m_plan, -1));
    EXPECT_FALSE(PlanEdits::add(m_plan, 8, exercise("cat-cow")));
    EXPECT_FALSE(PlanEdits::swap(m_plan, 2, 0, exercise("cat-cow")));
}
