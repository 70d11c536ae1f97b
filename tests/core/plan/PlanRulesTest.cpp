#include "core/plan/PlanRules.h"

#include "PlanTestSupport.h"
#include "core/plan/PlanGenerator.h"

#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

struct Fixture
{
    PlanRequest request;
    WeeklyPlan plan;
};

Fixture valid()
{
    Fixture f;
    f.request = request(BirthType::Vaginal, 10, allValues<Equipment>(),
                        {QStringLiteral("low-back-pain")}, 15);
    f.request.freeDays = {true, true, true, true, true, false, false};
    f.plan = PlanGenerator(shippedLibrary()).generate(f.request).value();
    return f;
}

PlannedExercise planned(const QString& id, PlanStage stage)
{
    PlannedExercise item;
    item.exerciseId = id;
    item.stage = stage;
    item.dosage = shippedLibrary().exercise(id)->dosage;
    item.reason = QStringLiteral("because");
    return item;
}

bool mentions(const QStringList& violations, const QString& text)
{
    return std::any_of(violations.begin(), violations.end(),
                       [&text](const QString& v) { return v.contains(text); });
}

} // namespace

// The checker the property test relies on must itself catch broken plans.
TEST(PlanRules, AGeneratedPlanKeepsEveryRule)
{
    const Fixture f = valid();
    EXPECT_EQ(PlanRules::violations(f.plan, f.request, shippedLibrary()), QStringList());
}

TEST(PlanRules, CatchesWorkOnARestDay)
{
    Fixture f = valid();
    f.plan.days[6].exercises << planned(QStringLiteral("breathing-360"), PlanStage::Breathing);
    f.plan.days[6].rest = false;
    EXPECT_TRUE(mentions(PlanRules::violations(f.plan, f.request, shippedLibrary()),
                         QStringLiteral("not a free day")));
}

TEST(PlanRules, CatchesADayOverItsMinutes)
{
    Fixture f = valid();
    f.plan.days[0].exercises.first().dosage.sets = 10;
    EXPECT_TRUE(mentions(PlanRules::violations(f.plan, f.request, shippedLibrary()),
                         QStringLiteral("over the 15 minute budget")));
}

TEST(PlanRules, CatchesAnExerciseTooSoonAfterACaesarean)
{
    Fixture f = valid();
    f.request.profile.birthType = BirthType::Caesarean;
    f.request.weeksSinceBirth = 3;
    // Dead bug waits until week 8 after a caesarean.
    f.plan.days[2].exercises.insert(1, planned(QStringLiteral("dead-bug"), PlanStage::Strength));
    EXPECT_TRUE(mentions(PlanRules::violations(f.plan, f.request, shippedLibrary()),
                         QStringLiteral("dead-bug is not allowed")));
}

TEST(PlanRules, CatchesStrengthForTheSameMusclesTwoDaysRunning)
{
    Fixture f = valid();
    f.request.freeDays.fill(true);
    WeeklyPlan plan = f.plan;
    for (int i : {5, 6}) {
        plan.days[i].exercises = {planned(QStringLiteral("breathing-360"), PlanStage::Breathing),
                                  planned(QStringLiteral("clamshells"), PlanStage::Strength),
                                  planned(QStringLiteral("childs-pose"), PlanStage::Release)};
        plan.days[i].rest = false;
    }
    plan.days[6].exercises[1] = planned(QStringLiteral("fire-hydrants"), PlanStage::Strength);
    EXPECT_TRUE(mentions(PlanRules::violations(plan, f.request, shippedLibrary()),
                         QStringLiteral("strength work for hips-glutes two days running")));
}

TEST(PlanRules, CatchesATargetRegionNeverWorkedAndTooLittleVariety)
{
    Fixture f = valid();
    f.request.freeDays.fill(true);
    for (PlanDay& day : f.plan.days) {
        day.exercises = {planned(QStringLiteral("breathing-360"), PlanStage::Breathing),
                         planned(QStringLiteral("cat-cow"), PlanStage::Mobility),
                         planned(QStringLiteral("childs-pose"), PlanStage::Release)};
        day.rest = false;
    }
    f.request.extraRegions << Region::Neck;
    const QStringList found = PlanRules::violations(f.plan, f.request, shippedLibrary());
    EXPECT_TRUE(mentions(found, QStringLiteral("neck is never worked")));
    EXPECT_TRUE(mentions(found, QStringLiteral("cat-cow appears on 7 days")));
}

TEST(PlanRules, CatchesARoutineOutOfOrder)
{
    Fixture f = valid();
    std::reverse(f.plan.days[0].exercises.begin(), f.plan.days[0].exercises.end());
    const QStringList found = PlanRules::violations(f.plan, f.request, shippedLibrary());
    EXPECT_TRUE(mentions(found, QStringLiteral("out of order")));
    EXPECT_TRUE(mentions(found, QStringLiteral("does not start with breathing")));
    EXPECT_TRUE(mentions(found, QStringLiteral("does not end with release")));
}
