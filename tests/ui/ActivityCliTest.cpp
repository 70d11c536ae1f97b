// Her activities (PSFS) from the terminal, run as scripts run it: the real
// program with no display. Bad arguments exit 2 and save nothing.
#include "ProgramRun.h"
#include "core/common/Clock.h"
#include "core/journal/Journal.h"
#include "core/journal/JournalHistory.h"
#include "core/profile/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carrywell;

namespace {

using test::ProgramRun;

class ActivityCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(QDir().mkpath(dataDir()));
    }

    QString dataDir() const { return m_dir.filePath("data"); }

    void nameActivities(const QStringList& activities) const
    {
        QSettings settings(dataDir() + "/settings.ini", QSettings::IniFormat);
        core::ProfileStore store(settings);
        core::Profile profile = store.load();
        profile.activities = activities;
        store.save(profile);
    }

    ProgramRun carrywell(QStringList arguments) const
    {
        arguments.prepend(dataDir());
        arguments.prepend(QStringLiteral("--data-dir"));
        return test::runCarrywell(arguments);
    }

    QList<core::ActivityRating> ratings() const
    {
        core::JournalOpenResult opened =
            core::Journal::open(dataDir() + "/journal.sqlite", m_clock);
        EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
        if (!opened)
            return {};
        return core::JournalHistory(*opened.journal()).allActivityRatings().value();
    }

    QTemporaryDir m_dir;
    core::ManualClock m_clock;
};

} // namespace

TEST_F(ActivityCliTest, RatesSeveralActivitiesAtOnceUnderTheNamesOfHerProfile)
{
    nameActivities({"Lifting the baby from the crib", "Pushing the pram"});
    const ProgramRun run =
        carrywell({"--rate-activity", "pushing THE pram=6", "--rate-activity",
                   "Lifting the baby from the crib = 3", "--at", "2026-01-05T20:15:00-05:00"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith("Saved Pushing the pram: 6 out of 10 for"))
        << run.out.toStdString();
    const QList<core::ActivityRating> saved = ratings();
    ASSERT_EQ(saved.size(), 2);
    EXPECT_EQ(saved[0].activity, "Pushing the pram");
    EXPECT_EQ(saved[0].score, 6);
    EXPECT_EQ(saved[0].ratedAt.offsetFromUtc(), -5 * 3600);
    EXPECT_EQ(saved[0].ratedAt.date(), QDate(2026, 1, 5));
    EXPECT_EQ(saved[1].activity, "Lifting the baby from the crib");
    EXPECT_EQ(saved[1].score, 3);
}

TEST_F(ActivityCliTest, WithoutATimeARatingIsForNow)
{
    nameActivities({"Pushing the pram"});
    const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
    ASSERT_EQ(carrywell({"--rate-activity", "Pushing the pram=0"}).exitCode, 0);
    const QList<core::ActivityRating> saved = ratings();
    ASSERT_EQ(saved.size(), 1);
    EXPECT_GE(saved[0].ratedAt, before);
    EXPECT_LE(saved[0].ratedAt, QDateTime::currentDateTime().addSecs(1));
}

TEST_F(ActivityCliTest, BadRatingsExitTwoAndSaveNothing)
{
    nameActivities({"Lifting the baby from the crib", "Pushing the pram"});
    const struct
    {
        QStringList args;
        const char* message;
    } cases[] = {
        {{"--rate-activity", "Dancing=5"},
         "“Dancing” is not one of your activities. Yours are: “Lifting the baby from the "
         "crib”, “Pushing the pram”. Nothing was saved."},
        // One bad rating keeps the good one from being saved too.
        {{"--rate-activity", "Pushing the pram=5", "--rate-activity", "Dancing=5"},
         "not one of your activities"},
        {{"--rate-activity", "Pushing the pram=11"}, "whole number from 0 (unable to do it)"},
        {{"--rate-activity", "Pushing the pram=5.5"}, "not “5.5”"},
        {{"--rate-activity", "Pushing the pram=-1"}, "not “-1”"},
        {{"--rate-activity", "Pushing the pram"}, "NAME=SCORE"},
        {{"--rate-activity", "=4"}, "NAME=SCORE"},
        {{"--rate-activity", "Pushing the pram=4", "--rate-activity", "pushing the pram=5"},
         "more than once"},
        {{"--rate-activity", "Pushing the pram=4", "--at", "2099-01-01T09:00"}, "in the future"},
        {{"--rate-activity", "Pushing the pram=4", "--at", "soon"}, "ISO 8601"},
        {{"--rate-activity", "Pushing the pram=4", "--note", "x"}, "--note goes with --log-pain"},
    };
    for (const auto& c : cases) {
        const ProgramRun run = carrywell(c.args);
        EXPECT_EQ(run.exitCode, 2) << c.args.join(' ').toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
        EXPECT_TRUE(run.err.contains(QString::fromUtf8(c.message)))
            << c.message << " / " << run.err.toStdString();
    }
    EXPECT_TRUE(ratings().isEmpty());
}

TEST_F(ActivityCliTest, WithoutActivitiesThereIsNothingToRate)
{
    const ProgramRun run = carrywell({"--rate-activity", "Pushing the pram=5"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("You have not named any activities yet")) << run.err.toStdString();
    const ProgramRun list = carrywell({"--list-activities"});
    EXPECT_EQ(list.exitCode, 0);
    EXPECT_TRUE(list.out.contains("Settings ▸ Profile")) << list.out.toStdString();
}

TEST_F(ActivityCliTest, ListsHerActivitiesWithTheirLatestRating)
{
    nameActivities({"Lifting the baby from the crib", "Pushing the pram"});
    ASSERT_EQ(carrywell({"--rate-activity", "lifting the baby from the crib=3", "--at",
                         "2026-01-05T20:00:00+01:00"})
                  .exitCode,
              0);
    ASSERT_EQ(carrywell({"--rate-activity", "lifting the baby from the crib=7", "--at",
                         "2026-01-12T20:00:00+01:00"})
                  .exitCode,
              0);
    const ProgramRun text = carrywell({"--list-activities"});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_EQ(text.out, "Your activities, 0 (unable to do it) to 10 (as well as before):\n"
                        "  Lifting the baby from the crib: 7 on Mon 12 Jan 2026\n"
                        "  Pushing the pram: not rated yet\n");

    const ProgramRun json = carrywell({"--list-activities", "--format", "json"});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_EQ(array.size(), 2);
    EXPECT_EQ(array[0].toObject().value("activity").toString(), "Lifting the baby from the crib");
    EXPECT_EQ(array[0].toObject().value("latestScore").toInt(), 7);
    EXPECT_EQ(array[0].toObject().value("ratedAt").toString(), "2026-01-12T20:00:00+01:00");
    EXPECT_TRUE(array[1].toObject().value("latestScore").isNull());
    EXPECT_TRUE(array[1].toObject().value("ratedAt").isNull());
}

TEST_F(ActivityCliTest, RenamingAnActivityKeepsItsOldRatingsInTheJournal)
{
    nameActivities({"Lifting the baby"});
    ASSERT_EQ(carrywell({"--rate-activity", "Lifting the baby=4"}).exitCode, 0);
    nameActivities({"Lifting the baby from the crib"});
    const ProgramRun list = carrywell({"--list-activities"});
    EXPECT_TRUE(list.out.contains("Lifting the baby from the crib: not rated yet"));
    ASSERT_EQ(ratings().size(), 1);
    EXPECT_EQ(ratings()[0].activity, "Lifting the baby");
}

TEST_F(ActivityCliTest, HerRatingsGoIntoTheExportForAClinic)
{
    nameActivities({"Lifting the baby from the crib"});
    ASSERT_EQ(carrywell({"--rate-activity", "Lifting the baby from the crib=3", "--at",
                         "2026-01-05T09:00"})
                  .exitCode,
              0);
    ASSERT_EQ(carrywell({"--rate-activity", "Lifting the baby from the crib=7", "--at",
                         "2026-01-12T09:00"})
                  .exitCode,
              0);
    const QString path = m_dir.filePath("clinic.fhir.json");
    const ProgramRun run = carrywell({"--export-journal", path});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();

    QFile in(path);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    QStringList answered;
    for (const QJsonValue& entry :
         QJsonDocument::fromJson(in.readAll()).object().value("entry").toArray()) {
        const QJsonObject resource = entry.toObject().value("resource").toObject();
        if (resource.value("resourceType").toString() != "QuestionnaireResponse")
            continue;
        const QJsonObject item = resource.value("item").toArray().first().toObject();
        answered.append(QStringLiteral("%1=%2").arg(
            item.value("text").toString(),
            QString::number(
                item.value("answer").toArray().first().toObject().value("valueInteger").toInt())));
    }
    EXPECT_EQ(answered, (QStringList{"Lifting the baby from the crib=3",
                                     "Lifting the baby from the crib=7"}));
}
