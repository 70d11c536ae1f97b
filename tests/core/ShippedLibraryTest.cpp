#include "core/content/ContentLoader.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace carrywell::core;

namespace {

const ContentLoadReport& shipped()
{
    static const ContentLoadReport report = ContentLoader::load(ContentLoader::builtInDirectory());
    return report;
}

const ContentLibrary& library()
{
    return shipped().library;
}

} // namespace

TEST(ShippedLibrary, LoadsWithoutASingleProblem)
{
    QStringList problems;
    for (const ContentError& error : shipped().errors)
        problems.append(error.toString());
    EXPECT_TRUE(problems.isEmpty()) << problems.join('\n').toStdString();
    EXPECT_GE(library().exercises().size(), 30u);
}

TEST(ShippedLibrary, EveryRegionIsDescribedAndHasSeveralExercises)
{
    for (const Region region : allValues<Region>()) {
        const RegionInfo* info = library().region(region);
        ASSERT_NE(info, nullptr) << toId(region).toStdString();
        EXPECT_FALSE(info->name.isEmpty());
        EXPECT_FALSE(info->description.isEmpty());
        EXPECT_GE(library().exercisesFor(region).size(), 3) << toId(region).toStdString();
    }
}

// Every exercise and drill the four source articles name.
TEST(ShippedLibrary, HasEveryExerciseTheSourcesName)
{
    const QStringList fromSources{
        // Tight glutes: posture, hip mobility, glute strength, deep core, quick relief.
        "unclench-glutes", "quadruped-hip-circles", "ninety-ninety-switches", "glute-bridge",
        "clamshells", "fire-hydrants", "breathing-360", "heel-slides", "supported-toe-taps",
        "adductor-squeezes", "sit-tall-feeding", "seated-upper-back-stretch", "childs-pose",
        "balanced-baby-carry",
        // Relief steps: body mechanics, breathing, strength, evening release.
        "hip-hinge-baby-lift", "staggered-stance-lift", "hip-hinge-deadlift", "sit-to-stand-squat",
        "foam-roller-back-massage", "upper-back-ball-release", "glute-ball-release",
        // Mid-back five.
        "banded-as", "double-chins", "thread-the-needle", "thoracic-foam-roll", "couch-stretch",
        "doorway-pec-stretch"};
    for (const QString& id : fromSources)
        EXPECT_NE(library().exercise(id), nullptr) << id.toStdString();
}

TEST(ShippedLibrary, KeepsTheDosagesTheSourcesGive)
{
    const Exercise* bandedAs = library().exercise("banded-as");
    ASSERT_NE(bandedAs, nullptr);
    EXPECT_EQ(bandedAs->dosage.tempoOutSeconds, 5);
    EXPECT_EQ(bandedAs->dosage.tempoBackSeconds, 5);
    EXPECT_TRUE(bandedAs->equipment.contains(Equipment::Band));

    const Exercise* chins = library().exercise("double-chins");
    ASSERT_NE(chins, nullptr);
    EXPECT_EQ(chins->dosage.reps, 10);
    EXPECT_EQ(chins->dosage.holdSeconds, 1);
    EXPECT_EQ(chins->dosage.holdSecondsMax, 2);
    ASSERT_EQ(chins->dosage.alternatives.size(), 1u);
    EXPECT_EQ(chins->dosage.alternatives[0].reps, 1);
    EXPECT_EQ(chins->dosage.alternatives[0].holdSeconds, 20);
    EXPECT_EQ(chins->dosage.alternatives[0].holdSecondsMax, 30);

    // About ten minutes of evening roller and ball work, as the source describes.
    int eveningSeconds = 0;
    for (const char* id : {"foam-roller-back-massage", "thoracic-foam-roll",
                           "upper-back-ball-release", "glute-ball-release"}) {
        const Exercise* exercise = library().exercise(id);
        ASSERT_NE(exercise, nullptr) << id;
        EXPECT_EQ(exercise->category == Category::Release ||
                      exercise->category == Category::Mobility,
                  true);
        eveningSeconds += exercise->dosage.estimatedSeconds();
    }
    EXPECT_GE(eveningSeconds, 8 * 60);
    EXPECT_LE(eveningSeconds, 14 * 60);
}

TEST(ShippedLibrary, EveryExerciseIsCompleteAndItsReferencesResolve)
{
    QSet<QString> names;
    for (const Exercise& e : library().exercises()) {
        SCOPED_TRACE(e.id.toStdString());
        EXPECT_FALSE(names.contains(e.name)) << "two exercises share a name";
        names.insert(e.name);
        EXPECT_GE(e.steps.size(), 2);
        EXPECT_FALSE(e.cues.isEmpty());
        EXPECT_FALSE(e.cautions.isEmpty());
        EXPECT_FALSE(e.stopIf.isEmpty());
        EXPECT_FALSE(e.regions.isEmpty());
        EXPECT_FALSE(e.easier.isEmpty() && e.harder.isEmpty()) << "no easier or harder version";
        EXPECT_GT(e.dosage.estimatedSeconds(), 0);
        EXPECT_FALSE(e.dosage.describe().isEmpty());
        EXPECT_NE(library().source(e.source.id), nullptr);
        EXPECT_FALSE(e.source.note.isEmpty());
        for (const QString& id : e.symptomIds)
            EXPECT_NE(library().symptom(id), nullptr) << id.toStdString();
        for (const QString& id : e.causeIds)
            EXPECT_NE(library().cause(id), nullptr) << id.toStdString();
        for (const Variation& v : e.easier + e.harder) {
            if (!v.exerciseId.isEmpty()) {
                EXPECT_NE(library().exercise(v.exerciseId), nullptr) << v.exerciseId.toStdString();
            }
        }
    }
}

TEST(ShippedLibrary, HasTheSymptomsUsersLookFor)
{
    const QStringList required{
        "low-back-pain",      "mid-upper-back-pain",  "neck-pain", "hip-pain",
        "pelvic-girdle-pain", "tight-glutes",         "weak-core", "leaking",
        "new-parent-posture", "lifting-carrying-pain"};
    for (const QString& id : required) {
        SCOPED_TRACE(id.toStdString());
        const Symptom* symptom = library().symptom(id);
        ASSERT_NE(symptom, nullptr);
        EXPECT_FALSE(symptom->description.isEmpty());
        EXPECT_FALSE(symptom->regions.isEmpty());
        EXPECT_FALSE(symptom->causeIds.isEmpty());
        EXPECT_FALSE(symptom->helpfulCategories.isEmpty());
        EXPECT_FALSE(symptom->seeClinician.isEmpty());
        for (const QString& cause : symptom->causeIds)
            EXPECT_NE(library().cause(cause), nullptr) << cause.toStdString();
    }
}

TEST(ShippedLibrary, EverySymptomHasExercisesThatHelp)
{
    for (const Symptom& symptom : library().symptoms()) {
        int helping = 0;
        for (const Exercise& exercise : library().exercises())
            helping += exercise.symptomIds.contains(symptom.id) ? 1 : 0;
        EXPECT_GE(helping, 2) << symptom.id.toStdString();
    }
}

TEST(ShippedLibrary, HasTheLearnTopicsFromTheSources)
{
    for (const char* id : {"relaxin", "postural-shifts", "feeding-carrying", "core-weakness",
                           "fatigue", "muscle-imbalance", "moving-less"}) {
        SCOPED_TRACE(id);
        const Cause* cause = library().cause(id);
        ASSERT_NE(cause, nullptr);
        EXPECT_FALSE(cause->body.isEmpty());
        for (const QString& source : cause->sourceIds)
            EXPECT_NE(library().source(source), nullptr);
    }
}

TEST(ShippedLibrary, EveryCategoryIsRepresented)
{
    for (const Category category : allValues<Category>()) {
        const bool present =
            std::any_of(library().exercises().begin(), library().exercises().end(),
                        [category](const Exercise& e) { return e.category == category; });
        EXPECT_TRUE(present) << toId(category).toStdString();
    }
}

// The ready-made guided sessions, each from the source that describes it.
TEST(ShippedLibrary, HasTheRoutinesAndTheirExercisesResolve)
{
    const QList<std::pair<const char*, QStringList>> routines{
        {"mid-back-reset",
         {"banded-as", "double-chins", "thread-the-needle", "thoracic-foam-roll", "couch-stretch"}},
        {"glute-hip-routine",
         {"unclench-glutes", "quadruped-hip-circles", "glute-bridge", "clamshells",
          "fire-hydrants"}},
        {"gentle-core-reconnection",
         {"breathing-360", "heel-slides", "pelvic-tilts", "adductor-squeezes",
          "pelvic-floor-connection"}},
        {"evening-release-10",
         {"foam-roller-back-massage", "upper-back-ball-release", "glute-ball-release",
          "figure-four-stretch", "childs-pose"}},
    };
    for (const auto& [id, exercises] : routines) {
        SCOPED_TRACE(id);
        const Routine* routine = library().routine(id);
        ASSERT_NE(routine, nullptr);
        EXPECT_FALSE(routine->name.isEmpty());
        EXPECT_FALSE(routine->summary.isEmpty());
        EXPECT_NE(library().source(routine->source.id), nullptr);
        EXPECT_FALSE(routine->source.note.isEmpty());
        QStringList ids;
        for (const RoutineItem& item : routine->items) {
            ids.append(item.exerciseId);
            EXPECT_NE(library().exercise(item.exerciseId), nullptr)
                << item.exerciseId.toStdString();
        }
        EXPECT_EQ(ids, exercises);
    }
}

TEST(ShippedLibrary, TheEveningReleaseRoutineTakesAboutTenMinutes)
{
    const Routine* evening = library().routine("evening-release-10");
    ASSERT_NE(evening, nullptr);
    int seconds = 0;
    for (const RoutineItem& item : evening->items) {
        const Exercise* exercise = library().exercise(item.exerciseId);
        ASSERT_NE(exercise, nullptr) << item.exerciseId.toStdString();
        EXPECT_TRUE(exercise->category == Category::Release ||
                    exercise->category == Category::Stretch)
            << item.exerciseId.toStdString();
        seconds += item.dosageFor(*exercise).estimatedSeconds();
    }
    EXPECT_GE(seconds, 9 * 60);
    EXPECT_LE(seconds, 11 * 60);
}
