// What a finished guided session leaves in the journal.
#include "core/session/SessionRecording.h"

#include "core/journal/Journal.h"
#include "core/journal/JournalHistory.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carrywell::core;

namespace {

SessionSummary eveningRelease()
{
    SessionSummary summary;
    summary.routineId = "evening-release";
    summary.routineName = "Evening release";
    summary.startedAt = QDateTime(QDate(2026, 1, 13), QTime(19, 0), Qt::OffsetFromUTC, 3600);
    summary.activeSeconds = 615;
    summary.completed = false;
    summary.results = {{"cat-cow", ExerciseProgress::Done},
                       {"childs-pose", ExerciseProgress::Skipped},
                       {"thread-the-needle", ExerciseProgress::Done}};
    return summary;
}

/// An empty journal in a temporary folder, on Wednesday 14 January 2026.
class SessionRecordingInJournal : public ::testing::Test
{
protected:
    void SetUp() override
    {
        JournalOpenResult opened = Journal::open(m_dir.filePath("journal.sqlite"), m_clock);
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        m_journal = opened.takeJournal();
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 1, 14), QTime(9, 0), Qt::OffsetFromUTC, 3600)};
    std::unique_ptr<Journal> m_journal;
};

} // namespace

TEST(SessionRecording, TheRecordKeepsTheSessionsTimeExercisesAndPainScores)
{
    const SessionRecord record = SessionRecording::recordOf(eveningRelease(), 6, 3);
    EXPECT_EQ(record.id, 0) << "not stored yet";
    EXPECT_EQ(record.startedAt, eveningRelease().startedAt);
    EXPECT_EQ(record.durationSeconds, 615) << "time running, pauses left out";
    EXPECT_EQ(record.routineId, "evening-release");
    EXPECT_EQ(record.routineName, "Evening release");
    EXPECT_EQ(record.exercises,
              (QList<ExerciseResult>{{"cat-cow", ExerciseOutcome::Done},
                                     {"childs-pose", ExerciseOutcome::Skipped},
                                     {"thread-the-needle", ExerciseOutcome::Done}}))
        << "in the order the session ran them";
    EXPECT_EQ(record.painBefore, 6);
    EXPECT_EQ(record.painAfter, 3);
    EXPECT_TRUE(problemsWith(record).isEmpty());
}

TEST(SessionRecording, PainScoresNotAskedStayEmpty)
{
    SessionSummary single = eveningRelease();
    single.routineId.clear();
    single.routineName.clear();
    single.results = {{"cat-cow", ExerciseProgress::Skipped}};
    const SessionRecord record = SessionRecording::recordOf(single, std::nullopt, std::nullopt);
    EXPECT_FALSE(record.painBefore.has_value());
    EXPECT_FALSE(record.painAfter.has_value());
    EXPECT_TRUE(record.routineId.isEmpty());
    EXPECT_FALSE(record.countsForAdherence()) << "nothing was done";
}

TEST_F(SessionRecordingInJournal, ASavedSessionIsInTheJournalsHistory)
{
    const Result<qint64> saved =
        SessionRecording::save(*m_journal, eveningRelease(), 6, std::nullopt);
    ASSERT_TRUE(saved.ok()) << saved.error().toStdString();
    const QList<SessionRecord> sessions =
        JournalHistory(*m_journal).sessions({QDate(2026, 1, 13), QDate(2026, 1, 13)}).value();
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions.first().id, saved.value());
    EXPECT_EQ(sessions.first().exercisesDone(), (QStringList{"cat-cow", "thread-the-needle"}));
    EXPECT_EQ(sessions.first().exercisesSkipped(), QStringList{"childs-pose"});
    EXPECT_EQ(sessions.first().painBefore, 6);
    EXPECT_FALSE(sessions.first().painAfter.has_value());
}

TEST_F(SessionRecordingInJournal, ASessionTheJournalCannotTakeIsRefusedWithAReason)
{
    SessionSummary summary = eveningRelease();
    summary.activeSeconds = maxSessionSeconds + 1;
    const Result<qint64> saved = SessionRecording::save(*m_journal, summary, 6, 3);
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().contains("24 hours")) << saved.error().toStdString();
    EXPECT_TRUE(
        JournalHistory(*m_journal).sessions({QDate(2026, 1, 13), QDate(2026, 1, 13)})->isEmpty());
}
