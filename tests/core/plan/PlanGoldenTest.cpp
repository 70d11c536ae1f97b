#include "PlanTestSupport.h"

#include "plan/PlanGenerator.h"
#include "plan/PlanRules.h"

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

// Days after a caesarean, nothing at hand, a sore neck, five minutes on
// Monday to Wednesday. Only week-0 work without equipment qualifies:
// 360-degree breathing, chin nods and double chins (neck strength) and the
// pelvic floor connection (core). No mobility or release work qualifies yet.
// The neck is strengthened on Monday, so Tuesday works the core instead, and
// the neck comes back on Wednesday.
TEST(PlanGolden, EarlyAfterACaesareanWithASoreNeck)
{
    PlanRequest r = request(BirthType::Caesarean, 0, {}, {QStringLiteral("neck-pain")}, 5, 7);
    r.freeDays = {true, true, true, false, false, false, false};
    const WeeklyPlan plan = generated(r);
    EXPECT_EQ(dayLists(plan), (QStringList{
                                  QStringLiteral("Mon: breathing-360, chin-nods, double-chins"),
                                  QStringLiteral("Tue: breathing-360, pelvic-floor-connection"),
                                  QStringLiteral("Wed: breathing-360, chin-nods, double-chins"),
                                  QStringLiteral("Thu: rest"),
                                  QStringLiteral("Fri: rest"),
                                  QStringLiteral("Sat: rest"),
                                  QStringLiteral("Sun: rest"),
                              }));
    EXPECT_EQ(plan.days[0].exercises[1].reason,
              QStringLiteral("Chin nods — for the neck pain you logged"));
    // Not for a logged symptom, so it says which muscles it keeps strong.
    EXPECT_EQ(plan.days[1].exercises[1].reason,
              QStringLiteral("Pelvic floor connection — to keep your pelvis and pelvic floor strong"));
    for (const PlanDay& day : plan.days)
        EXPECT_LE(day.estimatedSeconds(), 5 * 60 + 60);
}

// Ten weeks after a vaginal birth, a mat and a band, a stiff mid and upper
// back, ten minutes on Monday, Wednesday and Friday. Each day: breathing, one
// upper-back mobility move (a different one each day), band work for the
// upper back and chest (Monday and Wednesday are not consecutive, so the same
// muscles may be trained), and a mat stretch to finish. Four exercises is the
// most ten minutes holds.
TEST(PlanGolden, MidBackWithAMatAndABand)
{
    PlanRequest r = request(BirthType::Vaginal, 10, {Equipment::Mat, Equipment::Band},
                            {QStringLiteral("mid-upper-back-pain")}, 10, 3);
    r.freeDays = {true, false, true, false, true, false, false};
    const WeeklyPlan plan = generated(r);
    EXPECT_EQ(dayLists(plan),
              (QStringList{
                  QStringLiteral("Mon: breathing-360, open-book, banded-as, childs-pose"),
                  QStringLiteral("Tue: rest"),
                  QStringLiteral("Wed: breathing-360, cat-cow, band-pull-apart, childs-pose"),
                  QStringLiteral("Thu: rest"),
                  QStringLiteral("Fri: breathing-360, thread-the-needle, band-pull-apart, "
                                 "figure-four-stretch"),
                  QStringLiteral("Sat: rest"),
                  QStringLiteral("Sun: rest"),
              }));
    EXPECT_EQ(plan.days[4].exercises[1].reason,
              QStringLiteral("Thread the needle — for the mid and upper back pain you logged"));
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
    const PlanRequest r = request(BirthType::Vaginal, 16, allValues<Equipment>(),
                                  {QStringLiteral("low-back-pain"), QStringLiteral("hip-pain")}, 20, 11);
    const WeeklyPlan plan = generated(r);
    for (int i = 1; i < 7; ++i)
        EXPECT_NE(dayLists(plan)[i].mid(5), dayLists(plan)[i - 1].mid(5)) << i;
}
