#include "JournalTestSupport.h"
#include "core/journal/JournalHistory.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

using JournalWrite = JournalTest;

TEST_F(JournalWrite, ACheckInReadsBackExactly)
{
    auto journal = open();
    ASSERT_TRUE(journal);
    const QDateTime when = at(2026, 1, 13, 23, 45, 2 * 3600).addMSecs(321);
    const CheckIn written = makeCheckIn(when, 6, {{Region::PelvicFloor, 4}, {Region::Neck, 2}},
                                        {Trigger::PoorSleep, Trigger::Carrying},
                                        "Carried the car seat 🚗, then \"rested\"",
                                        {WarningSign::NightPain, WarningSign::Leaking});
    const Result<qint64> id = journal->addCheckIn(written);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    EXPECT_GT(id.value(), 0);

    const Result<std::optional<CheckIn>> read = JournalHistory(*journal).checkIn(id.value());
    ASSERT_TRUE(read.ok());
    ASSERT_TRUE(read->has_value());
    const CheckIn& back = *read.value();
    EXPECT_EQ(back.id, id.value());
    EXPECT_EQ(back.at, when);
    EXPECT_EQ(back.at.offsetFromUtc(), 2 * 3600);
    EXPECT_EQ(back.at.time().msec(), 321);
    EXPECT_EQ(back.localDate(), QDate(2026, 1, 13));
    EXPECT_EQ(back.overall, 6);
    EXPECT_EQ(back.regions, (QList<RegionScore>{{Region::Neck, 2}, {Region::PelvicFloor, 4}}));
    EXPECT_EQ(back.triggers, (QList<Trigger>{Trigger::Carrying, Trigger::PoorSleep}));
    EXPECT_EQ(back.warningSigns,
              (QList<WarningSign>{WarningSign::Leaking, WarningSign::NightPain}));
    EXPECT_EQ(back.note, written.note) << "the signs are rows, not words added to the note";
}

TEST_F(JournalWrite, RegionTriggerAndSignIdsAreStoredAsTheVocabularySpellsThem)
{
    auto journal = open();
    ASSERT_TRUE(journal);
    CheckIn checkIn = makeCheckIn(at(2026, 1, 14, 8), 5);
    for (Region region : allValues<Region>())
        checkIn.setScore(region, 3);
    checkIn.triggers = allValues<Trigger>();
    checkIn.warningSigns = allValues<WarningSign>();
    ASSERT_TRUE(journal->addCheckIn(checkIn).ok());

    QStringList regions;
    QSqlQuery query(journal->database());
    ASSERT_TRUE(query.exec("SELECT region FROM checkin_regions ORDER BY region"));
    while (query.next())
        regions.append(query.value(0).toString());
    EXPECT_EQ(regions, QStringList({"chest-shoulders", "core", "hips-glutes", "lower-back", "neck",
                                    "pelvic-floor", "upper-back"}));
    QStringList triggers;
    ASSERT_TRUE(query.exec("SELECT trigger_id FROM checkin_triggers ORDER BY trigger_id"));
    while (query.next())
        triggers.append(query.value(0).toString());
    EXPECT_EQ(triggers, QStringList({"bending", "carrying", "feeding", "lifting", "other",
                                     "poor-sleep", "sitting", "standing"}));
    QStringList signs;
    ASSERT_TRUE(query.exec("SELECT sign_id FROM checkin_warning_signs ORDER BY sign_id"));
    while (query.next())
        signs.append(query.value(0).toString());
    EXPECT_EQ(signs, QStringList({"leaking", "night-pain", "numbness"}));
}

TEST_F(JournalWrite, WithoutATimeTheClockStampsIt)
{
    auto journal = open();
    ASSERT_TRUE(journal);
    CheckIn checkIn;
    checkIn.overall = 3;
    const Result<qint64> id = journal->addCheckIn(checkIn);
    ASSERT_TRUE(id.ok());
    const CheckIn back = JournalHistory(*journal).checkIn(id.value())->value();
    EXPECT_EQ(back.at, m_clock.now());
    EXPECT_EQ(back.at.offsetFromUtc(), 3600);
    EXPECT_TRUE(back.note.isEmpty());
}

TEST_F(JournalWrite, AnEmptyNoteIsStoredAsEmptyText)
{
    // QSQLITE binds a null QString as NULL, which the NOT NULL note refuses.
    auto journal = open();
    ASSERT_TRUE(journal);
    CheckIn checkIn = makeCheckIn(at(2026, 1, 14, 8), 2);
    checkIn.note = QString();
    ASSERT_TRUE(checkIn.note.isNull());
    const Result<qint64> id = journal->addCheckIn(checkIn);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    EXPECT_EQ(scalar(journal->database(), "SELECT typeof(note) FROM checkins").toString(), "text");
}

TEST_F(JournalWrite, AnInvalidCheckInIsRefusedAndNothingIsStored)
{
    auto journal = open();
    ASSERT_TRUE(journal);
    const Result<qint64> id =
        journal->addCheckIn(makeCheckIn(at(2026, 1, 14, 8), 11, {{Region::Core, 12}}));
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error(), "This check-in was not saved because the overall score is 11, but scores "
                          "run from 0 to 10; the score for “core” is 12, but scores run from 0 to "
                          "10.");
    EXPECT_EQ(journal->diagnostics()->checkIns, 0);
}

TEST_F(JournalWrite, UpdatingReplacesScoresTriggersAndSigns)
{
    auto journal = open();
    ASSERT_TRUE(journal);
    const qint64 id =
        journal
            ->addCheckIn(makeCheckIn(at(2026, 1, 14, 8), 7, {{Region::Neck, 5}}, {Trigger::Lifting},
                                     "first thoughts", {WarningSign::Numbness}))
            .value();
    CheckIn changed = makeCheckIn(at(2026, 1, 14, 8, 30), 4, {{Region::Core, 1}}, {},
                                  "second thoughts", {WarningSign::Leaking});
    changed.id = id;
    ASSERT_TRUE(journal->updateCheckIn(changed).ok());
    const CheckIn back = JournalHistory(*journal).checkIn(id)->value();
    EXPECT_EQ(back.at, at(2026, 1, 14, 8, 30));
    EXPECT_EQ(back.overall, 4);
    EXPECT_EQ(back.regions, (QList<RegionScore>{{Region::Core, 1}}));
    EXPECT_TRUE(back.triggers.isEmpty());
    EXPECT_EQ(back.warningSigns, QList<WarningSign>{WarningSign::Leaking});
    EXPECT_EQ(back.note, "second thoughts");

    changed.id = id + 100;
    const Result<Done> missing = journal->updateCheckIn(changed);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().contains("no longer in your journal"));
}

TEST_F(JournalWrite, RemovingACheckInRemovesItsScoresTriggersAndSigns)
{
    auto journal = open();
    ASSERT_TRUE(journal);
    const qint64 id = journal
                          ->addCheckIn(makeCheckIn(at(2026, 1, 14, 8), 7, {{Region::Neck, 5}},
                                                   {Trigger::Lifting}, {}, {WarningSign::Leaking}))
                          .value();
    ASSERT_TRUE(journal->addCheckIn(makeCheckIn(at(2026, 1, 14, 9), 3, {{Region::Neck, 1}})).ok());
    ASSERT_TRUE(journal->removeCheckIn(id).ok());
    // Foreign keys are on: the cascade took the dependent rows.
    EXPECT_EQ(scalar(journal->database(), "SELECT count(*) FROM checkin_regions").toInt(), 1);
    EXPECT_EQ(scalar(journal->database(), "SELECT count(*) FROM checkin_triggers").toInt(), 0);
    EXPECT_EQ(scalar(journal->database(), "SELECT count(*) FROM checkin_warning_signs").toInt(), 0);
    EXPECT_FALSE(journal->removeCheckIn(id).ok());
}

TEST_F(JournalWrite, SessionsKeepTheirExercisesInOrder)
{
    auto journal = open();
    ASSERT_TRUE(journal);
    SessionRecord session = makeSession(at(2026, 1, 14, 7), "morning-mobility", 905, {}, {}, 6, 4);
    session.routineName = "Morning mobility";
    session.exercises = {{"cat-cow", ExerciseOutcome::Done},
                         {"bird-dog", ExerciseOutcome::Skipped},
                         {"glute-bridge", ExerciseOutcome::Done}};
    const Result<qint64> id = journal->addSession(session);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    const QList<SessionRecord> all = JournalHistory(*journal).allSessions().value();
    ASSERT_EQ(all.size(), 1);
    session.id = id.value();
    EXPECT_EQ(all[0], session);
    EXPECT_EQ(all[0].startedAt.offsetFromUtc(), 3600);

    ASSERT_TRUE(journal->removeSession(id.value()).ok());
    EXPECT_EQ(scalar(journal->database(), "SELECT count(*) FROM session_exercises").toInt(), 0);
    EXPECT_FALSE(journal->removeSession(id.value()).ok());
}

TEST_F(JournalWrite, AnInvalidSessionIsRefused)
{
    auto journal = open();
    ASSERT_TRUE(journal);
    const Result<qint64> id =
        journal->addSession(makeSession(at(2026, 1, 14, 7), "Morning!", 60, {"cat-cow"}, {}, 12));
    ASSERT_FALSE(id.ok());
    EXPECT_TRUE(id.error().startsWith("This session was not saved because"));
    EXPECT_TRUE(id.error().contains("pain before is 12"));
    EXPECT_EQ(journal->diagnostics()->sessions, 0);
}

TEST_F(JournalWrite, OnePlanPerWeek)
{
    auto journal = open();
    ASSERT_TRUE(journal);
    ASSERT_TRUE(journal->savePlan({QDate(2026, 1, 12), {}, R"({"minutes": 10})"}).ok());
    ASSERT_TRUE(
        journal->savePlan({QDate(2026, 1, 12), at(2026, 1, 14, 10), R"({"minutes": 15})"}).ok());
    ASSERT_TRUE(journal->savePlan({QDate(2026, 1, 19), {}, R"({"minutes": 20})"}).ok());
    const JournalHistory history(*journal);
    EXPECT_EQ(history.plans()->size(), 2);
    const std::optional<SavedPlan> plan = history.planForWeek(QDate(2026, 1, 16)).value();
    ASSERT_TRUE(plan);
    EXPECT_EQ(plan->weekStart, QDate(2026, 1, 12));
    EXPECT_EQ(plan->json, R"({"minutes": 15})");
    EXPECT_EQ(plan->savedAt, at(2026, 1, 14, 10));
    EXPECT_FALSE(history.planForWeek(QDate(2026, 1, 5)).value());

    const Result<Done> tuesday = journal->savePlan({QDate(2026, 1, 13), {}, "{}"});
    ASSERT_FALSE(tuesday.ok());
    EXPECT_TRUE(tuesday.error().contains("not a Monday"));
    ASSERT_TRUE(journal->removePlan(QDate(2026, 1, 19)).ok());
    EXPECT_FALSE(journal->removePlan(QDate(2026, 1, 19)).ok());
    EXPECT_EQ(history.plans()->size(), 1);
}

TEST_F(JournalWrite, EveryChangeIsAnnounced)
{
    auto journal = open();
    ASSERT_TRUE(journal);
    int changes = 0;
    QObject::connect(journal.get(), &Journal::changed, [&changes] { ++changes; });
    const qint64 id = journal->addCheckIn(makeCheckIn(at(2026, 1, 14, 8), 3)).value();
    EXPECT_EQ(changes, 1);
    EXPECT_FALSE(journal->addCheckIn(makeCheckIn(at(2026, 1, 14, 8), 13)).ok());
    EXPECT_EQ(changes, 1);
    ASSERT_TRUE(journal->removeCheckIn(id).ok());
    ASSERT_TRUE(journal->addSession(makeSession(at(2026, 1, 14, 7), "a", 60, {"b"})).ok());
    ASSERT_TRUE(journal->savePlan({QDate(2026, 1, 12), {}, "{}"}).ok());
    EXPECT_EQ(changes, 4);
}
