#include "core/journal/MeaningfulChange.h"

#include "core/journal/RatingPrompt.h"

#include <gtest/gtest.h>

using namespace carrywell::core;

namespace {

using K = ChangeKind;

QDateTime day(int d)
{
    return QDateTime(QDate(2026, 1, d), QTime(20, 0), Qt::OffsetFromUTC, 3600);
}

QList<DailyAverage> pain(const QList<std::pair<int, double>>& days)
{
    QList<DailyAverage> result;
    for (const auto& [d, average] : days)
        result.append({QDate(2026, 1, d), average, 1, int(average), int(average)});
    return result;
}

} // namespace

TEST(MeaningfulChange, OneActivityCountsFromThreePointsEitherWay)
{
    EXPECT_EQ(MeaningfulChange::ofActivity(3, 6), K::MeaningfulImprovement);
    EXPECT_EQ(MeaningfulChange::ofActivity(3, 5), K::NoClearChange);
    EXPECT_EQ(MeaningfulChange::ofActivity(7, 4), K::MeaningfulWorsening);
    EXPECT_EQ(MeaningfulChange::ofActivity(7, 5), K::NoClearChange);
    EXPECT_EQ(MeaningfulChange::ofActivity(5, 5), K::NoClearChange);
}

TEST(MeaningfulChange, TheMeanOfHerActivitiesCountsFromTwoPoints)
{
    EXPECT_EQ(MeaningfulChange::ofMean(2.0), K::MeaningfulImprovement);
    EXPECT_EQ(MeaningfulChange::ofMean(1.99), K::NoClearChange);
    EXPECT_EQ(MeaningfulChange::ofMean(-2.0), K::MeaningfulWorsening);
    EXPECT_EQ(MeaningfulChange::ofMean(-1.8), K::NoClearChange);
    // Thirds that add up to exactly two still count.
    EXPECT_EQ(MeaningfulChange::ofMean((1 + 2 + 3) / 3.0), K::MeaningfulImprovement);
}

TEST(MeaningfulChange, PainCountsFromTwoPoints)
{
    EXPECT_EQ(MeaningfulChange::ofPain(9, 7), K::MeaningfulImprovement);
    EXPECT_EQ(MeaningfulChange::ofPain(9, 7.1), K::NoClearChange);
    EXPECT_EQ(MeaningfulChange::ofPain(8, 10), K::MeaningfulWorsening);
    EXPECT_EQ(MeaningfulChange::ofPain(8, 9.9), K::NoClearChange);
}

TEST(MeaningfulChange, PainCountsFromThirtyPercentOfWhereItStarted)
{
    EXPECT_EQ(MeaningfulChange::ofPain(5, 3.5), K::MeaningfulImprovement); // exactly 30 %
    EXPECT_EQ(MeaningfulChange::ofPain(5, 3.6), K::NoClearChange);         // 28 %
    EXPECT_EQ(MeaningfulChange::ofPain(3, 2), K::MeaningfulImprovement);   // 33 %, one point
    EXPECT_EQ(MeaningfulChange::ofPain(3, 4), K::MeaningfulWorsening);     // going up counts too
    EXPECT_EQ(MeaningfulChange::ofPain(10, 7), K::MeaningfulImprovement);
    // From no pain at all only points count.
    EXPECT_EQ(MeaningfulChange::ofPain(0, 1), K::NoClearChange);
    EXPECT_EQ(MeaningfulChange::ofPain(0, 2), K::MeaningfulWorsening);
}

TEST(MeaningfulChange, EachActivityIsJudgedFromItsFirstToItsLastRating)
{
    const FunctionChange change = MeaningfulChange::ofRatings(
        {{"Lifting the baby from the crib", 3, day(5)},
         {"Fastening the car seat", 6, day(5)},
         {"lifting the baby from the crib", 5, day(8)},
         {"Lifting the baby from the crib", 7, day(12)},
         {"Fastening the car seat", 5, day(12)}},
        {"Fastening the car seat", "Lifting the baby from the crib", "Pushing the pram"});
    ASSERT_EQ(change.activities.size(), 3);
    const ActivityChange& car = change.activities[0];
    EXPECT_EQ(car.difference(), -1);
    EXPECT_EQ(car.kind, K::NoClearChange);
    const ActivityChange& crib = change.activities[1];
    EXPECT_EQ(crib.first->score, 3);
    EXPECT_EQ(crib.last->score, 7);
    EXPECT_EQ(crib.kind, K::MeaningfulImprovement);
    EXPECT_EQ(change.activities[2].kind, K::TooFewRatings);
    // (4 - 1) / 2 = 1.5: one activity changed clearly, the mean did not.
    EXPECT_DOUBLE_EQ(*change.meanChange, 1.5);
    EXPECT_EQ(change.kind, K::NoClearChange);
}

TEST(MeaningfulChange, ASingleRatingIsTooFewToCompare)
{
    const FunctionChange change =
        MeaningfulChange::ofRatings({{"Pushing the pram", 2, day(5)}}, {"Pushing the pram"});
    ASSERT_EQ(change.activities.size(), 1);
    EXPECT_TRUE(change.activities[0].first);
    EXPECT_FALSE(change.activities[0].last);
    EXPECT_EQ(change.activities[0].kind, K::TooFewRatings);
    EXPECT_EQ(change.activities[0].difference(), 0);
    EXPECT_FALSE(change.meanChange);
    EXPECT_EQ(change.kind, K::TooFewRatings);
}

TEST(MeaningfulChange, AnActivityAddedLateIsComparedFromItsOwnFirstRating)
{
    // Nothing at the start of the range for the pram, nothing at the end for the stairs.
    const FunctionChange change = MeaningfulChange::ofRatings({
        {"Carrying shopping up the stairs", 2, day(1)},
        {"Carrying shopping up the stairs", 4, day(8)},
        {"Pushing the pram", 4, day(8)},
        {"Pushing the pram", 8, day(20)},
    });
    ASSERT_EQ(change.activities.size(), 2);
    EXPECT_EQ(change.activities[0].last->ratedAt, day(8));
    EXPECT_EQ(change.activities[1].first->ratedAt, day(8));
    EXPECT_EQ(change.activities[1].kind, K::MeaningfulImprovement);
    EXPECT_DOUBLE_EQ(*change.meanChange, 3.0);
    EXPECT_EQ(change.kind, K::MeaningfulImprovement);
}

TEST(MeaningfulChange, NoRatingsAtAllGiveNothingToCompare)
{
    const FunctionChange change = MeaningfulChange::ofRatings({});
    EXPECT_TRUE(change.activities.isEmpty());
    EXPECT_EQ(change.kind, K::TooFewRatings);
}

TEST(MeaningfulChange, PainComparesTheFirstWeekWithTheLast)
{
    const PainChange change =
        MeaningfulChange::ofDailyPain(pain({{1, 6}, {3, 8}, {9, 7}, {15, 4}, {20, 5}}));
    EXPECT_DOUBLE_EQ(*change.start, 7.0); // days 1 and 3
    EXPECT_DOUBLE_EQ(*change.end, 4.5);   // days 15 and 20
    EXPECT_EQ(change.kind, K::MeaningfulImprovement);
}

TEST(MeaningfulChange, AShortRangeComparesItsFirstDayWithItsLast)
{
    const PainChange change = MeaningfulChange::ofDailyPain(pain({{5, 3}, {6, 6}, {8, 4}}));
    EXPECT_DOUBLE_EQ(*change.start, 3.0);
    EXPECT_DOUBLE_EQ(*change.end, 4.0);
    EXPECT_EQ(change.kind, K::MeaningfulWorsening); // a third more than where it started
}

TEST(MeaningfulChange, OneDayOfPainIsTooFewToCompare)
{
    EXPECT_EQ(MeaningfulChange::ofDailyPain(pain({{5, 3}})).kind, K::TooFewRatings);
    EXPECT_EQ(MeaningfulChange::ofDailyPain({}).kind, K::TooFewRatings);
}

TEST(MeaningfulChange, IsPutInWordsThatNeverCallASmallChangeProgress)
{
    EXPECT_EQ(MeaningfulChange::phrase(K::MeaningfulImprovement), "a meaningful improvement");
    EXPECT_EQ(MeaningfulChange::phrase(K::MeaningfulWorsening), "a meaningful worsening");
    EXPECT_EQ(MeaningfulChange::phrase(K::NoClearChange), "no clear change");
    EXPECT_EQ(MeaningfulChange::phrase(K::TooFewRatings), "too few ratings to compare");
}

TEST(RatingPrompt, AsksOnceAWeekOnlyWhenSheHasNamedActivities)
{
    const QDate today(2026, 1, 14);
    const QStringList mine{"Pushing the pram"};
    EXPECT_FALSE(RatingPrompt::isDue({}, std::nullopt, {}, today));
    EXPECT_TRUE(RatingPrompt::isDue(mine, std::nullopt, {}, today));
    EXPECT_FALSE(RatingPrompt::isDue(mine, today.addDays(-6), {}, today));
    EXPECT_TRUE(RatingPrompt::isDue(mine, today.addDays(-7), {}, today));
}

TEST(RatingPrompt, PuttingItOffWaitsAWeek)
{
    const QDate today(2026, 1, 14);
    const QStringList mine{"Pushing the pram"};
    EXPECT_FALSE(RatingPrompt::isDue(mine, std::nullopt, today, today));
    EXPECT_FALSE(RatingPrompt::isDue(mine, std::nullopt, today.addDays(-6), today));
    EXPECT_TRUE(RatingPrompt::isDue(mine, std::nullopt, today.addDays(-7), today));
}
