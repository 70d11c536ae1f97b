#include "core/content/ExerciseFilter.h"

#include "core/content/ContentLoader.h"
#include "core/profile/ProfileStore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carrywell::core;

namespace {

const ContentLibrary& library()
{
    static const ContentLoadReport report = ContentLoader::load(ContentLoader::builtInDirectory());
    return report.library;
}

QStringList ids(const QList<const Exercise*>& exercises)
{
    QStringList result;
    for (const Exercise* e : exercises)
        result.append(e->id);
    return result;
}

// What the filter should give, worked out independently of it.
QStringList expected(const std::function<bool(const Exercise&)>& keep)
{
    QStringList result;
    for (const Exercise& e : library().exercises()) {
        if (keep(e))
            result.append(e.id);
    }
    return result;
}

} // namespace

TEST(ExerciseFilter, NoCriteriaKeepsEverything)
{
    EXPECT_EQ(ExerciseFilter{}.apply(library()).size(),
              static_cast<qsizetype>(library().exercises().size()));
}

TEST(ExerciseFilter, EachCriterionNarrowsToExactlyTheMatchingExercises)
{
    ExerciseFilter byRegion;
    byRegion.region = Region::PelvicFloor;
    EXPECT_EQ(ids(byRegion.apply(library())),
              expected([](const Exercise& e) { return e.regions.contains(Region::PelvicFloor); }));

    ExerciseFilter bySymptom;
    bySymptom.symptomId = "leaking";
    EXPECT_EQ(ids(bySymptom.apply(library())),
              expected([](const Exercise& e) { return e.symptomIds.contains("leaking"); }));

    ExerciseFilter byCategory;
    byCategory.category = Category::Release;
    EXPECT_EQ(ids(byCategory.apply(library())),
              expected([](const Exercise& e) { return e.category == Category::Release; }));

    // Nothing bought: the wall, the chair, the couch, the doorway, a pillow
    // and the floor are still there; bands, rollers, balls and weights are not.
    ExerciseFilter nothingBought;
    nothingBought.equipmentAtHand = QList<Equipment>{};
    const QStringList household = ids(nothingBought.apply(library()));
    EXPECT_EQ(household, expected([](const Exercise& e) {
                  return std::all_of(e.equipment.begin(), e.equipment.end(), isHousehold);
              }));
    EXPECT_TRUE(household.contains("doorway-pec-stretch"));
    EXPECT_TRUE(household.contains("wall-angels"));
    EXPECT_TRUE(household.contains("cat-cow"));
    EXPECT_FALSE(household.contains("banded-as"));

    ExerciseFilter aBand;
    aBand.equipmentAtHand = QList<Equipment>{Equipment::Band};
    const QStringList band = ids(aBand.apply(library()));
    EXPECT_TRUE(band.contains("banded-as"));
    EXPECT_FALSE(band.contains("thoracic-foam-roll"));
    EXPECT_GT(band.size(), household.size());
}

TEST(ExerciseFilter, SuitableNowFollowsTheWeeksAndTheKindOfBirth)
{
    ExerciseFilter early;
    early.weeksSinceBirth = 1;
    early.birthType = BirthType::Vaginal;
    EXPECT_EQ(ids(early.apply(library())),
              expected([](const Exercise& e) { return e.phase.earliestWeek <= 1; }));

    ExerciseFilter caesarean = early;
    caesarean.birthType = BirthType::Caesarean;
    EXPECT_EQ(ids(caesarean.apply(library())),
              expected([](const Exercise& e) { return e.phase.caesareanEarliestWeek <= 1; }));
    // Breathing is fine from the start after either kind of birth.
    EXPECT_TRUE(ids(caesarean.apply(library())).contains("breathing-360"));
    EXPECT_FALSE(ids(caesarean.apply(library())).contains("hip-hinge-deadlift"));
}

TEST(ExerciseFilter, WordsNarrowWhatTheOtherCriteriaLeft)
{
    ExerciseFilter lowerBackBridges;
    lowerBackBridges.region = Region::LowerBack;
    lowerBackBridges.text = "bridge";
    const QStringList found = ids(lowerBackBridges.apply(library()));
    ASSERT_FALSE(found.isEmpty());
    EXPECT_EQ(found.first(), "glute-bridge");
    for (const QString& id : found)
        EXPECT_TRUE(library().exercise(id)->works(Region::LowerBack)) << id.toStdString();
}

TEST(Profile, WeeksSinceBirthGrowWithTheCalendar)
{
    Profile profile;
    const QDate today(2026, 3, 2);
    EXPECT_FALSE(profile.weeksSinceBirth(today).has_value());
    profile.setWeeksSinceBirth(6, today);
    EXPECT_EQ(profile.weeksSinceBirth(today), 6);
    EXPECT_EQ(profile.weeksSinceBirth(today.addDays(13)), 7);
}

TEST(ProfileStore, SavesAndLoadsEveryAnswer)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath("settings.ini"), QSettings::IniFormat);
    ProfileStore store(settings);
    EXPECT_FALSE(store.firstRunDone());
    EXPECT_EQ(store.load(), Profile{});

    Profile profile;
    profile.setWeeksSinceBirth(10, QDate(2026, 3, 2));
    profile.birthType = BirthType::Caesarean;
    profile.equipment = {Equipment::Band, Equipment::Mat};
    profile.symptomIds = {"low-back-pain", "leaking"};
    profile.diastasis = true;
    store.save(profile);
    store.setFirstRunDone(true);

    QSettings reopened(dir.filePath("settings.ini"), QSettings::IniFormat);
    EXPECT_EQ(ProfileStore(reopened).load(), profile);
    EXPECT_TRUE(ProfileStore(reopened).firstRunDone());
}
