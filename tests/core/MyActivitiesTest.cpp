#include "core/profile/MyActivities.h"

#include "core/profile/ProfileStore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carrywell::core;

TEST(MyActivities, AreTidiedWithoutRepeatsAndAtMostFive)
{
    EXPECT_EQ(MyActivities::cleaned({"  Lifting the baby  from the crib ", "", "   ",
                                     "lifting the baby from the crib", "Pushing the pram",
                                     "Feeding", "Stairs", "Car seat", "Sleeping"}),
              QStringList({"Lifting the baby from the crib", "Pushing the pram", "Feeding",
                           "Stairs", "Car seat"}));
    EXPECT_EQ(MyActivities::cleaned({QString(200, 'a')}).first().size(),
              MyActivities::maxNameLength);
}

TEST(MyActivities, AreFoundIgnoringCaseAndSpaces)
{
    const QStringList mine{"Lifting the baby from the crib", "Pushing the pram"};
    EXPECT_EQ(MyActivities::find(mine, "pushing  THE pram"), "Pushing the pram");
    EXPECT_EQ(MyActivities::find(mine, "pushing"), std::nullopt);
}

TEST(MyActivities, SuggestionsComeFromEverydayTasks)
{
    const QStringList suggestions = MyActivities::suggestions();
    EXPECT_GE(suggestions.size(), 6);
    EXPECT_TRUE(suggestions.contains("Lifting the baby from the crib"));
    EXPECT_TRUE(suggestions.contains("Fastening the car seat"));
    EXPECT_EQ(MyActivities::cleaned(suggestions).size(), MyActivities::maxCount);
}

TEST(MyActivities, AreKeptWithTheProfileWithCommasIntact)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("settings.ini");
    {
        QSettings settings(path, QSettings::IniFormat);
        ProfileStore store(settings);
        Profile profile;
        profile.activities = {"Lifting the baby, then the bag", "Pushing the pram"};
        store.save(profile);
        store.setActivityPromptDismissedOn(QDate(2026, 1, 14));
    }
    QSettings settings(path, QSettings::IniFormat);
    const ProfileStore store(settings);
    EXPECT_EQ(store.load().activities,
              QStringList({"Lifting the baby, then the bag", "Pushing the pram"}));
    EXPECT_EQ(store.activityPromptDismissedOn(), QDate(2026, 1, 14));
}

TEST(MyActivities, OneActivityWithACommaAndNoneAtAllReadBackAsWritten)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("settings.ini");
    for (const QStringList& activities :
         {QStringList{"Lifting the baby, then the bag"}, QStringList{}}) {
        {
            QSettings settings(path, QSettings::IniFormat);
            ProfileStore store(settings);
            Profile profile;
            profile.activities = activities;
            store.save(profile);
        }
        QSettings settings(path, QSettings::IniFormat);
        EXPECT_EQ(ProfileStore(settings).load().activities, activities);
        EXPECT_EQ(settings.contains("profile/activities"), !activities.isEmpty());
    }
}
