#include "JournalTestSupport.h"
#include "core/journal/JournalFileFormats.h"
#include "core/journal/JournalHistory.h"
#include "core/journal/JournalJson.h"
#include "core/journal/JournalTransfer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

class ActivityRatings : public JournalTest
{
protected:
    std::unique_ptr<Journal> openOther()
    {
        JournalOpenResult opened = Journal::open(folder() + "/other.sqlite", m_clock);
        EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
        return opened.takeJournal();
    }

    const QList<ActivityRating> week{
        {"Lifting the baby from the crib", 3, at(2026, 1, 5, 20, 10)},
        {"Fastening the car seat", 5, at(2026, 1, 5, 20, 10)},
        {"Lifting the baby from the crib", 7, at(2026, 1, 12, 21, 30, -5 * 3600).addMSecs(250)},
    };
};

} // namespace

TEST_F(ActivityRatings, ReadBackExactlyWithTheirUtcOffsetAndLocalDay)
{
    auto journal = open();
    ASSERT_TRUE(journal);
    ASSERT_TRUE(journal->addActivityRatings(week).ok());
    const QList<ActivityRating> all = JournalHistory(*journal).allActivityRatings().value();
    EXPECT_EQ(all, week);
    EXPECT_EQ(all[2].ratedAt.offsetFromUtc(), -5 * 3600);
    EXPECT_EQ(all[2].ratedAt.time().msec(), 250);
    EXPECT_EQ(journal->diagnostics()->activityRatings, 3);
}

TEST_F(ActivityRatings, AreReadByTheLocalDaysOfARange)
{
    auto journal = open();
    ASSERT_TRUE(journal);
    ASSERT_TRUE(journal->addActivityRatings(week).ok());
    const JournalHistory history(*journal);
    EXPECT_EQ(history.activityRatings({QDate(2026, 1, 5), QDate(2026, 1, 11)})->size(), 2);
    // 21:30 at UTC-5 is already the 13th in UTC, but she rated it on the 12th.
    EXPECT_EQ(history.activityRatings({QDate(2026, 1, 12), QDate(2026, 1, 12)})->size(), 1);
    EXPECT_TRUE(history.activityRatings({QDate(2026, 1, 13), QDate(2026, 1, 20)})->isEmpty());
}

TEST_F(ActivityRatings, TheLatestOfEachActivityIsFoundIgnoringCase)
{
    auto journal = open();
    ASSERT_TRUE(journal);
    ASSERT_TRUE(journal->addActivityRatings(week).ok());
    const QList<ActivityRating> latest =
        JournalHistory(*journal)
            .latestRatings(
                {"lifting the baby from the crib", "Pushing the pram", "Fastening the car seat"})
            .value();
    ASSERT_EQ(latest.size(), 2);
    EXPECT_EQ(latest[0].score, 7);
    EXPECT_EQ(latest[1].activity, "Fastening the car seat");
}

TEST_F(ActivityRatings, ABadRatingSavesNoneOfTheBatch)
{
    auto journal = open();
    ASSERT_TRUE(journal);
    const Result<Done> saved = journal->addActivityRatings(
        {{"Pushing the pram", 6, at(2026, 1, 14, 8)}, {"Getting up from the floor", 11, {}}});
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error(), "The rating of “Getting up from the floor” was not saved because the "
                             "activity score is 11, but scores run from 0 to 10.");
    EXPECT_FALSE(journal->addActivityRatings({{"  ", 4, {}}}).ok());
    EXPECT_TRUE(JournalHistory(*journal).allActivityRatings()->isEmpty());
}

TEST_F(ActivityRatings, WithoutATimeTheyAreRatedNow)
{
    auto journal = open();
    ASSERT_TRUE(journal);
    ASSERT_TRUE(journal->addActivityRatings({{"Pushing the pram", 6, {}}}).ok());
    EXPECT_EQ(JournalHistory(*journal).allActivityRatings()->first().ratedAt, m_clock.now());
}

TEST_F(ActivityRatings, RenamingAnActivityLaterLeavesItsRatingsUnderTheOldName)
{
    // Ratings keep the words she used then; the profile is not consulted.
    auto journal = open();
    ASSERT_TRUE(journal);
    ASSERT_TRUE(journal->addActivityRatings(week).ok());
    ASSERT_TRUE(journal->addActivityRatings({{"Lifting my baby", 8, {}}}).ok());
    const QList<ActivityRating> all = JournalHistory(*journal).allActivityRatings().value();
    ASSERT_EQ(all.size(), 4);
    EXPECT_EQ(all[0].activity, "Lifting the baby from the crib");
}

TEST_F(ActivityRatings, TravelThroughTheJsonBackupAndBackWhole)
{
    auto journal = open();
    ASSERT_TRUE(journal);
    ASSERT_TRUE(journal->addActivityRatings(week).ok());
    ASSERT_TRUE(journal->addCheckIn(makeCheckIn(at(2026, 1, 12, 9), 4)).ok());
    const QString file = folder() + "/backup.json";
    ASSERT_TRUE(JournalTransfer::exportJson(*journal, file).ok());

    const QJsonObject first = QJsonDocument::fromJson(fileBytes(file))
                                  .object()
                                  .value("activityRatings")
                                  .toArray()
                                  .first()
                                  .toObject();
    EXPECT_EQ(first.value("activity").toString(), "Lifting the baby from the crib");
    EXPECT_EQ(first.value("score").toInt(), 3);
    EXPECT_EQ(first.value("ratedAt").toString(), "2026-01-05T20:10:00.000+01:00");

    const ImportBatch batch = JournalTransfer::readFile(file).value();
    ASSERT_TRUE(batch.isClean());
    EXPECT_EQ(JournalFileFormats::describe(batch), "1 check-in and 3 activity ratings");
    auto other = openOther();
    ASSERT_TRUE(other);
    const ImportReport report = other->import(batch).value();
    EXPECT_EQ(report.activityRatingsAdded, 3);
    EXPECT_EQ(JournalHistory(*other).allActivityRatings().value(), week);
    // The same file again adds nothing.
    EXPECT_EQ(other->import(batch)->added(), 0);
}

TEST_F(ActivityRatings, ABackupFromBeforeRatingsStillImports)
{
    const ImportBatch batch = JournalJson::read(R"({"format": "carrywell-journal",
  "formatVersion": 2, "checkIns": [{"time": "2026-01-12T08:00:00+01:00", "overall": 4}]})")
                                  .value();
    EXPECT_TRUE(batch.isClean());
    EXPECT_EQ(batch.checkIns.size(), 1);
    EXPECT_TRUE(batch.activityRatings.isEmpty());
    auto journal = open();
    ASSERT_TRUE(journal);
    EXPECT_EQ(journal->import(batch)->checkInsAdded, 1);
}

TEST_F(ActivityRatings, BadRatingsInABackupAreNamedByTheirPlace)
{
    const ImportBatch batch = JournalJson::read(R"({"format": "carrywell-journal",
  "formatVersion": 3, "activityRatings": [
    {"activity": "Pushing the pram", "score": 6, "ratedAt": "2026-01-12T08:00:00+01:00"},
    {"activity": "Pushing the pram", "score": 12, "ratedAt": "2026-01-13T08:00:00+01:00"},
    {"activity": "", "score": 2, "ratedAt": "2026-01-13T08:00:00+01:00"},
    {"activity": "Pushing the pram", "score": 2, "ratedAt": "2026-01-13T08:00:00+01:00",
     "mood": "fine"}]})")
                                  .value();
    ASSERT_EQ(batch.activityRatings.size(), 1);
    ASSERT_EQ(batch.problems.size(), 3);
    EXPECT_EQ(batch.problems[0].toString(),
              "activityRatings[1]: “score” must be a whole number from 0 to 10");
    EXPECT_EQ(batch.problems[1].toString(),
              "activityRatings[2]: it does not say which activity it rates");
    EXPECT_EQ(batch.problems[2].toString(), "activityRatings[3]: unknown key “mood”");
}

TEST_F(ActivityRatings, AnOlderFormatDoesNotKnowTheKey)
{
    const ImportBatch batch = JournalJson::read(R"({"format": "carrywell-journal",
  "formatVersion": 2, "activityRatings": []})")
                                  .value();
    ASSERT_EQ(batch.problems.size(), 1);
    EXPECT_EQ(batch.problems[0].toString(), "activityRatings: unknown key");
}
