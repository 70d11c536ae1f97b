#include "ContentFixtures.h"
#include "SessionTestSupport.h"
#include "core/session/SessionStateStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

class SessionResumeTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    SessionStateStore store() const { return SessionStateStore(m_dir.path()); }

    // The app closes and opens again: a new clock, whose steady time starts elsewhere.
    static void later(ManualClock& clock) { clock.advance(3 * 60 * 60 * 1000 + 1234); }

    // Saves through the store and restores into a new engine on `clock`.
    std::unique_ptr<SessionEngine> saveAndRestore(const SessionEngine& engine,
                                                  const ManualClock& clock)
    {
        EXPECT_FALSE(store().save(engine.state()).has_value());
        Result<std::optional<SessionState>> loaded = store().load();
        EXPECT_TRUE(loaded.ok()) << loaded.error().toStdString();
        if (!loaded.ok() || !loaded.value())
            return nullptr;
        Result<std::unique_ptr<SessionEngine>> restored =
            SessionEngine::restore(*loaded.value(), clock);
        EXPECT_TRUE(restored.ok()) << restored.error().toStdString();
        return restored.ok() ? std::move(restored).value() : nullptr;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(SessionResumeTest, ASessionClosedMidwayContinuesWithTheSameCues)
{
    const SessionPlan plan = threeExercises();
    ManualClock firstClock;
    SessionEngine first(plan, firstClock);
    CueLog firstLog(first, firstClock);
    first.start();
    runUntil(first, firstClock, 47300); // in the second breath of the breathing drill
    first.pause();
    runUntil(first, firstClock, 50000);

    ManualClock secondClock;
    later(secondClock);
    const std::unique_ptr<SessionEngine> second = saveAndRestore(first, secondClock);
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(second->status(), SessionStatus::Paused);
    EXPECT_EQ(second->positionMs(), 47300);
    EXPECT_EQ(second->view().segment, first.view().segment);
    EXPECT_EQ(second->view().exerciseIndex, 1);
    EXPECT_EQ(second->progress(0), ExerciseProgress::Done);
    EXPECT_EQ(second->activeMs(), 47300);

    CueLog secondLog(*second, secondClock);
    const qint64 resumedAt = secondClock.steadyMilliseconds();
    second->resume();
    runUntil(*second, secondClock, resumedAt + 60000);
    EXPECT_EQ(second->status(), SessionStatus::Finished);
    // Before and after the restart together: every cue of the plan, once, in order.
    EXPECT_EQ(describe(firstLog.cues() + secondLog.cues()), describe(plan.cues()));
    ASSERT_FALSE(secondLog.entries().isEmpty());
    EXPECT_EQ(secondLog.entries().first().cue.plannedMs, 49000);
    EXPECT_EQ(secondLog.entries().first().atMs, resumedAt + 49000 - 47300);

    const SessionSummary summary = second->summary();
    EXPECT_EQ(summary.startedAt, first.summary().startedAt);
    EXPECT_EQ(summary.activeSeconds, 100);
    EXPECT_EQ(summary.exercisesDone(),
              (QStringList{"banded-as", "breathing-360", "couch-stretch"}));
    EXPECT_EQ(summary.routineId, QStringLiteral("test-routine"));
}

TEST_F(SessionResumeTest, ASessionSavedWhileRunningOrRightAfterASkipLosesNoCue)
{
    const SessionPlan plan = threeExercises();
    ManualClock clock;
    SessionEngine first(plan, clock);
    CueLog firstLog(first, clock);
    first.start();
    runUntil(first, clock, 8000);
    first.pause();
    first.skip(); // the breathing drill's get-ready is due the moment it resumes
    later(clock);
    std::unique_ptr<SessionEngine> second = saveAndRestore(first, clock);
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(second->progress(0), ExerciseProgress::Skipped);
    CueLog secondLog(*second, clock);
    second->resume();
    ASSERT_EQ(secondLog.lines(), QStringList{"30000 get-ready 360-degree breathing. Get ready."});

    // Saved while running.
    runUntil(*second, clock, clock.steadyMilliseconds() + 10050, 200);
    const qint64 position = second->positionMs();
    std::unique_ptr<SessionEngine> third = saveAndRestore(*second, clock);
    ASSERT_NE(third, nullptr);
    EXPECT_EQ(third->positionMs(), position);
    CueLog thirdLog(*third, clock);
    third->resume();
    runUntil(*third, clock, clock.steadyMilliseconds() + 100000);
    QList<Cue> expected;
    for (const Cue& cue : plan.cues()) {
        if (cue.plannedMs >= 30000)
            expected.append(cue);
    }
    EXPECT_EQ(describe(secondLog.cues() + thirdLog.cues()), describe(expected));
    EXPECT_EQ(third->summary().exercisesSkipped(), QStringList{"banded-as"});
}

TEST_F(SessionResumeTest, TheStateSurvivesJsonUnchanged)
{
    ManualClock clock;
    Result<SessionPlan> plan =
        SessionPlan::forItems("", "Monday",
                              {item("clamshells", "Clamshells", Category::Strength,
                                    {.sets = 2,
                                     .reps = 10,
                                     .holdSeconds = 1,
                                     .holdSecondsMax = 3,
                                     .out = 2,
                                     .back = 3,
                                     .perSide = true,
                                     .rest = 30})});
    ASSERT_TRUE(plan.ok());
    SessionEngine engine(plan.value(), clock);
    engine.start();
    runUntil(engine, clock, 33333);
    const SessionState state = engine.state();
    const Result<SessionState> read = SessionState::fromJson(state.toJson());
    ASSERT_TRUE(read.ok()) << read.error().toStdString();
    EXPECT_TRUE(read.value() == state);
    // Saved without an id, a single exercise resumes under its own.
    EXPECT_EQ(read->routineId, "clamshells");
    EXPECT_EQ(read->items[0].dosage.tempoBackSeconds, 3);
    EXPECT_TRUE(read->items[0].dosage.perSide);
    EXPECT_EQ(read->positionMs, 33333);
}

TEST_F(SessionResumeTest, NoSavedFileMeansNothingToResume)
{
    const Result<std::optional<SessionState>> loaded = store().load();
    ASSERT_TRUE(loaded.ok());
    EXPECT_FALSE(loaded.value().has_value());
}

TEST_F(SessionResumeTest, ClearForgetsTheSavedSession)
{
    ManualClock clock;
    SessionEngine engine(threeExercises(), clock);
    engine.start();
    ASSERT_FALSE(store().save(engine.state()).has_value());
    EXPECT_TRUE(QFile::exists(store().filePath()));
    EXPECT_TRUE(store().clear());
    EXPECT_FALSE(QFile::exists(store().filePath()));
    EXPECT_TRUE(store().clear());
}

TEST_F(SessionResumeTest, ACorruptFileIsReportedSetAsideAndThenForgotten)
{
    writeText(m_dir.path(), "unfinished-session.json", "\x89PNG\r\n garbage {{{");
    const Result<std::optional<SessionState>> loaded = store().load();
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.error().startsWith("The session you left unfinished could not be resumed: "
                                          "it is not valid JSON"))
        << loaded.error().toStdString();
    EXPECT_TRUE(loaded.error().contains(QDir::toNativeSeparators(store().setAsidePath())));
    EXPECT_FALSE(QFile::exists(store().filePath()));
    EXPECT_TRUE(QFile::exists(store().setAsidePath()));

    const Result<std::optional<SessionState>> again = store().load();
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again.value().has_value());
}

TEST_F(SessionResumeTest, BrokenFieldsAreNamedByPath)
{
    ManualClock clock;
    SessionEngine engine(threeExercises(), clock);
    engine.start();
    const QJsonObject good = engine.state().toJson();

    struct Case
    {
        const char* name;
        std::function<void(QJsonObject&)> breakIt;
        const char* message;
    };
    const QList<Case> cases{
        {"empty", [](QJsonObject& j) { j = QJsonObject(); }, "version: required field is missing"},
        {"newer", [](QJsonObject& j) { j["version"] = 2; }, "saved by a different version"},
        {"noItems", [](QJsonObject& j) { j["items"] = QJsonArray(); },
         "items: needs 1 to 50 exercises"},
        {"sets",
         [](QJsonObject& j) {
             QJsonArray items = j["items"].toArray();
             QJsonObject first = items[0].toObject();
             QJsonObject dosage = first["dosage"].toObject();
             dosage["sets"] = 0;
             first["dosage"] = dosage;
             items[0] = first;
             j["items"] = items;
         },
         "items[0].dosage.sets: must be a whole number from 1 to 10 (found 0)"},
        {"progress",
         [](QJsonObject& j) {
             QJsonArray items = j["items"].toArray();
             QJsonObject first = items[0].toObject();
             first["progress"] = "halfway";
             items[0] = first;
             j["items"] = items;
         },
         "items[0].progress: “halfway” is not pending, done or skipped"},
        {"position", [](QJsonObject& j) { j["positionMs"] = -5; },
         "positionMs: must be a whole number"},
        {"date", [](QJsonObject& j) { j["startedAt"] = "yesterday"; },
         "startedAt: “yesterday” is not a date and time"},
        {"extra", [](QJsonObject& j) { j["cheat"] = true; }, "cheat: unknown field"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        QJsonObject json = good;
        c.breakIt(json);
        writeJson(m_dir.path(), "unfinished-session.json", json);
        const Result<std::optional<SessionState>> loaded = store().load();
        ASSERT_FALSE(loaded.ok());
        EXPECT_TRUE(loaded.error().contains(QString::fromUtf8(c.message)))
            << loaded.error().toStdString();
    }
}

TEST_F(SessionResumeTest, AStateThatDoesNotFitItsTimelineIsRefused)
{
    ManualClock clock;
    SessionEngine engine(threeExercises(), clock);
    engine.start();
    SessionState beyond = engine.state();
    beyond.positionMs = 10 * 60 * 1000;
    EXPECT_FALSE(SessionEngine::restore(beyond, clock).ok());

    SessionState cueAhead = engine.state(); // position 0, one cue given
    cueAhead.nextCue = 5;
    const Result<std::unique_ptr<SessionEngine>> restored = SessionEngine::restore(cueAhead, clock);
    ASSERT_FALSE(restored.ok());
    EXPECT_TRUE(restored.error().startsWith(
        "The unfinished session “Test routine” could not be resumed: the place saved in it"))
        << restored.error().toStdString();

    SessionState fewerProgress = engine.state();
    fewerProgress.progress.removeLast();
    EXPECT_FALSE(SessionEngine::restore(fewerProgress, clock).ok());

    SessionState ended = engine.state();
    ended.positionMs = threeExercises().totalMs();
    ended.nextCue = static_cast<int>(threeExercises().cues().size());
    EXPECT_FALSE(SessionEngine::restore(ended, clock).ok());
}

TEST_F(SessionResumeTest, AFolderThatCannotBeCreatedIsReported)
{
    writeText(m_dir.path(), "a-file", "not a folder");
    const SessionStateStore blocked(m_dir.path() + "/a-file/inside");
    ManualClock clock;
    SessionEngine engine(threeExercises(), clock);
    const std::optional<Error> error = blocked.save(engine.state());
    ASSERT_TRUE(error.has_value());
    EXPECT_TRUE(error->message.startsWith("Could not create the folder"))
        << error->message.toStdString();
}
