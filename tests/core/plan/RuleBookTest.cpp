#include "core/content/RuleBook.h"

#include "PlanTestSupport.h"
#include "core/content/ExerciseFilter.h"
#include "core/plan/PlanGenerator.h"
#include "core/plan/PlanRules.h"

#include <gtest/gtest.h>

using namespace carrywell::core;

namespace {

const ContentLibrary& library()
{
    return carrywell::test::shippedLibrary();
}

QStringList ids(const QList<const Exercise*>& exercises)
{
    QStringList result;
    for (const Exercise* e : exercises)
        result.append(e->id);
    return result;
}

PlanRequest planRequest(const SuitabilityProfile& profile, QStringList symptoms = {})
{
    PlanRequest r;
    r.profile.birthType = profile.birthType;
    r.profile.equipment = allValues<Equipment>();
    if (profile.pelvicGirdlePain)
        symptoms.append(pelvicGirdlePainSymptomId());
    r.profile.symptomIds = symptoms;
    r.weeksSinceBirth = profile.weeksSinceBirth.value_or(0);
    r.diastasis = profile.diastasis;
    r.weekStart = QDate(2026, 3, 2);
    r.minutesPerDay = 20;
    r.freeDays = {true, true, true, true, true, true, true};
    return r;
}

// Every profile the rules distinguish: the weeks around each threshold, each
// kind of birth, with and without a diastasis and pelvic girdle pain.
QList<SuitabilityProfile> everyProfile()
{
    QList<SuitabilityProfile> profiles;
    for (const BirthType birth : {BirthType::Vaginal, BirthType::Caesarean, BirthType::Unknown}) {
        for (const bool diastasis : {false, true}) {
            for (const bool pelvis : {false, true}) {
                profiles.append({std::nullopt, birth, diastasis, pelvis});
                for (int weeks = 0; weeks <= 16; ++weeks)
                    profiles.append({weeks, birth, diastasis, pelvis});
            }
        }
    }
    return profiles;
}

// What no path may offer: an exercise before its week after this kind of
// birth, or one held back for a diastasis she has.
void expectNothingUnsuitable(const QString& path, const QString& id, const SuitabilityProfile& p)
{
    const Exercise* e = library().exercise(id);
    ASSERT_NE(e, nullptr) << qPrintable(path);
    const int week =
        p.birthType == BirthType::Vaginal ? e->phase.earliestWeek : e->phase.caesareanEarliestWeek;
    EXPECT_GE(p.weeksSinceBirth.value_or(0), week)
        << qPrintable(path) << " offers " << qPrintable(id) << " before week " << week;
    EXPECT_FALSE(p.diastasis && e->diastasis.rule == ConditionRule::Avoid)
        << qPrintable(path) << " offers " << qPrintable(id) << ", held back for a diastasis";
    EXPECT_FALSE(p.pelvicGirdlePain && e->pelvicGirdlePain.rule == ConditionRule::Avoid)
        << qPrintable(path) << " offers " << qPrintable(id) << ", held back for pelvic girdle pain";
}

} // namespace

TEST(RuleBook, NoPathOffersAnythingBeforeItsWeekOrAgainstADiastasis)
{
    for (const SuitabilityProfile& p : everyProfile()) {
        // The library's "suits me now".
        ExerciseFilter suitsNow;
        suitsNow.weeksSinceBirth = p.weeksSinceBirth.value_or(0);
        suitsNow.birthType = p.birthType;
        suitsNow.diastasis = p.diastasis;
        suitsNow.pelvicGirdlePain = p.pelvicGirdlePain;
        for (const QString& id : ids(suitsNow.apply(library())))
            expectNothingUnsuitable("the library", id, p);
        // A single exercise's Start and the routines.
        for (const Exercise& e : library().exercises()) {
            if (RuleBook::forExercise(e, p).suits())
                expectNothingUnsuitable("Start", e.id, p);
        }
        for (const Routine& routine : library().routines()) {
            if (!RuleBook::forRoutine(routine, library(), p).suits())
                continue;
            for (const RoutineItem& item : routine.items)
                expectNothingUnsuitable("the routine " + routine.id, item.exerciseId, p);
        }
        // The plan generator, and the reminders' "today's session", which starts a plan day.
        const PlanRequest request =
            planRequest(p, {QStringLiteral("weak-core"), QStringLiteral("low-back-pain")});
        const Result<WeeklyPlan> plan = PlanGenerator(library()).generate(request);
        ASSERT_TRUE(plan.ok()) << qPrintable(plan.error());
        for (const PlanDay& day : plan->days) {
            for (const PlannedExercise& item : day.exercises)
                expectNothingUnsuitable("the plan", item.exerciseId, p);
        }
    }
}

TEST(RuleBook, ADiastasisKeepsTheCoreRehabAsWrittenOrModified)
{
    const SuitabilityProfile p{12, BirthType::Vaginal, true};
    const QStringList pool = ids(PlanRules::pool(library(), planRequest(p)));
    for (const char* id : {"heel-slides", "supported-toe-taps", "pelvic-tilts", "glute-bridge",
                           "adductor-squeezes", "bird-dog"}) {
        const Exercise* e = library().exercise(id);
        ASSERT_NE(e, nullptr) << id;
        const Suitability s = RuleBook::forExercise(*e, p);
        EXPECT_TRUE(s.suits()) << id;
        EXPECT_NE(e->diastasis.rule, ConditionRule::Avoid) << id;
        if (e->diastasis.rule == ConditionRule::Modify) {
            EXPECT_EQ(s.fit, Suitability::Fit::SuitsModified) << id;
            EXPECT_FALSE(s.note.isEmpty()) << id;
        }
        EXPECT_TRUE(pool.contains(id)) << id;
    }
}

TEST(RuleBook, WhatIsMarkedAvoidIsLeftOutOnlyWithADiastasis)
{
    ContentLibrary held = library();
    Exercise bridge = *held.exercise("glute-bridge");
    bridge.diastasis = {ConditionRule::Avoid,
                        QStringLiteral("Wait for a physiotherapist's check.")};
    held.put(bridge);

    const SuitabilityProfile withGap{12, BirthType::Vaginal, true};
    const SuitabilityProfile without{12, BirthType::Vaginal, false};
    const Exercise& e = *held.exercise("glute-bridge");
    EXPECT_EQ(RuleBook::forExercise(e, withGap).fit, Suitability::Fit::Avoid);
    EXPECT_EQ(RuleBook::forExercise(e, withGap).note, bridge.diastasis.note);
    EXPECT_EQ(RuleBook::forExercise(e, without).fit, Suitability::Fit::Suits);
    EXPECT_FALSE(ids(PlanRules::pool(held, planRequest(withGap))).contains("glute-bridge"));
    EXPECT_TRUE(ids(PlanRules::pool(held, planRequest(without))).contains("glute-bridge"));

    ExerciseFilter suitsNow;
    suitsNow.weeksSinceBirth = 12;
    suitsNow.birthType = BirthType::Vaginal;
    suitsNow.diastasis = true;
    EXPECT_FALSE(ids(suitsNow.apply(held)).contains("glute-bridge"));
}

TEST(RuleBook, PelvicGirdlePainLeavesOutWideAndOneSidedMovesAndKeepsTheGentleOnes)
{
    const SuitabilityProfile p{12, BirthType::Vaginal, false, true};
    const QStringList pool = ids(PlanRules::pool(library(), planRequest(p)));
    int avoided = 0;
    for (const Exercise& e : library().exercises()) {
        const Suitability s = RuleBook::forExercise(e, p);
        switch (e.pelvicGirdlePain.rule) {
        case ConditionRule::Ok:
            EXPECT_EQ(s.fit, Suitability::Fit::Suits) << qPrintable(e.id);
            break;
        case ConditionRule::Modify:
            EXPECT_EQ(s.fit, Suitability::Fit::SuitsModified) << qPrintable(e.id);
            EXPECT_EQ(s.note, e.pelvicGirdlePain.note) << qPrintable(e.id);
            break;
        case ConditionRule::Avoid:
            ++avoided;
            EXPECT_EQ(s.fit, Suitability::Fit::Avoid) << qPrintable(e.id);
            EXPECT_FALSE(pool.contains(e.id)) << qPrintable(e.id);
            // An exercise said to help with it is never one it leaves out.
            EXPECT_FALSE(e.symptomIds.contains(pelvicGirdlePainSymptomId())) << qPrintable(e.id);
            break;
        }
    }
    EXPECT_GT(avoided, 0);
    for (const char* id : {"ninety-ninety-switches", "happy-baby-stretch"})
        EXPECT_EQ(library().exercise(id)->pelvicGirdlePain.rule, ConditionRule::Avoid) << id;
    // The gentle core and pelvic floor work stays.
    for (const char* id : {"breathing-360", "pelvic-floor-connection", "pelvic-tilts",
                           "glute-bridge", "heel-slides", "adductor-squeezes"}) {
        EXPECT_TRUE(RuleBook::forExercise(*library().exercise(id), p).suits()) << id;
    }
}

TEST(RuleBook, BothConditionsSayBothChangesAndAnAvoidWins)
{
    ContentLibrary held = library();
    Exercise bird = *held.exercise("bird-dog");
    bird.diastasis = {ConditionRule::Modify, QStringLiteral("Keep the belly flat.")};
    bird.pelvicGirdlePain = {ConditionRule::Modify, QStringLiteral("Slide the leg first.")};
    held.put(bird);
    const Exercise& e = *held.exercise("bird-dog");
    const Suitability both = RuleBook::forExercise(e, {12, BirthType::Vaginal, true, true});
    EXPECT_EQ(both.fit, Suitability::Fit::SuitsModified);
    EXPECT_TRUE(both.note.contains(bird.diastasis.note));
    EXPECT_TRUE(both.note.contains(bird.pelvicGirdlePain.note));

    bird.pelvicGirdlePain = {ConditionRule::Avoid, QStringLiteral("Leave it for now.")};
    held.put(bird);
    const Suitability avoided =
        RuleBook::forExercise(*held.exercise("bird-dog"), {12, BirthType::Vaginal, true, true});
    EXPECT_EQ(avoided.fit, Suitability::Fit::Avoid);
    EXPECT_EQ(avoided.note, bird.pelvicGirdlePain.note);
}

TEST(RuleBook, TheProfileSaysPelvicGirdlePainThroughTheSymptomSheChose)
{
    Profile profile;
    profile.birthType = BirthType::Caesarean;
    profile.setWeeksSinceBirth(9, QDate(2026, 3, 2));
    profile.diastasis = true;
    EXPECT_FALSE(SuitabilityProfile::of(profile, QDate(2026, 3, 2)).pelvicGirdlePain);
    profile.symptomIds = {QStringLiteral("low-back-pain"), pelvicGirdlePainSymptomId()};
    const SuitabilityProfile p = SuitabilityProfile::of(profile, QDate(2026, 3, 2));
    EXPECT_TRUE(p.pelvicGirdlePain);
    EXPECT_TRUE(p.diastasis);
    EXPECT_EQ(p.weeksSinceBirth, 9);
    EXPECT_EQ(p.birthType, BirthType::Caesarean);
    EXPECT_NE(library().symptom(pelvicGirdlePainSymptomId()), nullptr);
}

TEST(RuleBook, ARoutineSuitsFromTheLatestWeekOfItsExercises)
{
    for (const Routine& routine : library().routines()) {
        EarliestWeeks expected;
        for (const RoutineItem& item : routine.items) {
            const Exercise* e = library().exercise(item.exerciseId);
            expected.vaginal = std::max(expected.vaginal, e->phase.earliestWeek);
            expected.caesarean = std::max(expected.caesarean, e->phase.caesareanEarliestWeek);
        }
        const EarliestWeeks weeks = RuleBook::earliestWeeks(routine, library());
        EXPECT_EQ(weeks.vaginal, expected.vaginal) << qPrintable(routine.id);
        EXPECT_EQ(weeks.caesarean, expected.caesarean) << qPrintable(routine.id);
        EXPECT_GE(weeks.caesarean, weeks.vaginal) << qPrintable(routine.id);

        const Suitability early = RuleBook::forRoutine(
            routine, library(), {weeks.caesarean - 1, BirthType::Caesarean, false});
        if (weeks.caesarean > 0) {
            EXPECT_EQ(early.fit, Suitability::Fit::TooEarly) << qPrintable(routine.id);
            EXPECT_FALSE(early.exerciseId.isEmpty());
        }
        EXPECT_TRUE(
            RuleBook::forRoutine(routine, library(), {weeks.caesarean, BirthType::Caesarean, false})
                .suits())
            << qPrintable(routine.id);
    }
}

TEST(RuleBook, ARoutineThatDoesNotSuitYetPointsToTheNearestThatDoes)
{
    for (int weeks = 0; weeks <= 12; ++weeks) {
        const SuitabilityProfile p{weeks, BirthType::Caesarean, false};
        for (const Routine& routine : library().routines()) {
            if (RuleBook::forRoutine(routine, library(), p).suits())
                continue;
            const Routine* nearest = RuleBook::nearestSuitable(routine, library(), p);
            if (nearest) {
                EXPECT_NE(nearest->id, routine.id);
                EXPECT_TRUE(RuleBook::forRoutine(*nearest, library(), p).suits());
            }
        }
    }
}
