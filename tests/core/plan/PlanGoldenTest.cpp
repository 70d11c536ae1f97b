#include "PlanTestSupport.h"
#include "core/plan/PlanGenerator.h"
#include "core/plan/PlanRules.h"

#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

WeeklyPlan generated(const PlanRequest& r)
{
    const auto plan = PlanGenerator(shippedLibrary()).generate(r);
    EXPECT_TRUE(plan.ok()) << qPrintable(plan.error());
    EXPECT_EQ(PlanRules::violations(plan.value(), r, shippedLibrary()), QStringList());
    return plan.value();
}

} // namespace

// Days after a caesarean, nothing bought, a sore neck, five minutes on
// Monday to Wednesday. Only week-0 work qualifies, but a chair is in every
// home: seated stretches for the neck and upper back join the breathing,
// the pelvic floor and the neck strength work (shoulder-blade squeezes,
// chin nods). Strength for the same muscles never falls on two days running,
// so Tuesday works the pelvic floor instead.
TEST(PlanGolden, EarlyAfterACaesareanWithASoreNeck)
{
    PlanRequest r = request(BirthType::Caesarean, 0, {}, {QStringLiteral("neck-pain")}, 5, 7);
    r.freeDays = {true, true, true, false, false, false, false};
    const WeeklyPlan plan = generated(r);
    EXPECT_EQ(dayLists(plan),
              (QStringList{
                  QStringLiteral("Mon: breathing-360, seated-upper-back-stretch, "
                                 "shoulder-blade-squeeze, neck-side-stretch"),
                  QStringLiteral("Tue: pelvic-floor-relaxation, seated-upper-back-stretch, "
                                 "pelvic-floor-connection, neck-side-stretch"),
                  QStringLiteral("Wed: breathing-360, seated-upper-back-stretch, chin-nods, "
                                 "neck-side-stretch"),
                  QStringLiteral("Thu: rest"),
                  QStringLiteral("Fri: rest"),
                  QStringLiteral("Sat: rest"),
                  QStringLiteral("Sun: rest"),
              }));
    EXPECT_EQ(plan.days[2].exercises[2].reason,
              QStringLiteral("Chin nods — for the neck pain you logged"));
    // Not for a logged symptom, so it says which muscles it keeps strong.
    EXPECT_EQ(
        plan.days[1].exercises[2].reason,
        QStringLiteral("Pelvic floor connection — to keep your pelvis and pelvic floor strong"));
    for (const PlanDay& day : plan.days)
        EXPECT_LE(day.estimatedSeconds(), 5 * 60 + 60);
}

// Ten weeks after a vaginal birth, a band bought, a stiff mid and upper
// back, ten minutes on Monday, Wednesday and Friday. Each day: breathing (or
// letting the pelvic floor go), one upper-back mobility move (a different one
// each day), strength for the upper back (band work, or shoulder-blade
// squeezes on a chair) and a chest or back stretch to finish (the couch and
// the doorway are in every home). Four exercises is the most ten minutes hold.
TEST(PlanGolden, MidBackWithAMatAndABand)
{
    PlanRequest r = request(BirthType::Vaginal, 10, {Equipment::Band},
                            {QStringLiteral("mid-upper-back-pain")}, 10, 3);
    r.freeDays = {true, false, true, false, true, false, false};
    const WeeklyPlan plan = generated(r);
    EXPECT_EQ(dayLists(plan),
              (QStringList{
                  QStringLiteral("Mon: pelvic-floor-relaxation, open-book, band-pull-apart, "
                                 "couch-stretch"),
                  QStringLiteral("Tue: rest"),
                  QStringLiteral("Wed: breathing-360, cat-cow, shoulder-blade-squeeze, "
                                 "doorway-pec-stretch"),
                  QStringLiteral("Thu: rest"),
                  QStringLiteral("Fri: pelvic-floor-relaxation, seated-upper-back-stretch, "
                                 "banded-as, childs-pose"),
                  QStringLiteral("Sat: rest"),
                  QStringLiteral("Sun: rest"),
              }));
    EXPECT_EQ(
        plan.days[4].exercises[1].reason,
        QStringLiteral("Seated upper back stretch — for the mid and upper back pain you logged"));
    for (const PlanDay& day : plan.days) {
        if (!day.rest) {
            EXPECT_LE(day.estimatedSeconds(), 10 * 60 + 60);
            EXPECT_GE(day.estimatedSeconds(), 9 * 60);
        }
    }
}

// Every day free with twenty minutes and everything at hand: no two
// consecutive days share strength muscles, and the middle of the routine
// varies from day to day.
TEST(PlanGolden, EveryDayFreeVariesTheWork)
{
    const PlanRequest r =
        request(BirthType::Vaginal, 16, allValues<Equipment>(),
                {QStringLiteral("low-back-pain"), QStringLiteral("hip-pain")}, 20, 11);
    const WeeklyPlan plan = generated(r);
    for (int i = 1; i < 7; ++i)
        EXPECT_NE(dayLists(plan)[i].mid(5), dayLists(plan)[i - 1].mid(5)) << i;
}
