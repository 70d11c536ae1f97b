#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/session/Cue.h"
#include "core/session/SessionPlan.h"
#include "core/session/SessionState.h"
#include "core/session/SessionStatus.h"
#include "core/session/SessionSummary.h"
#include "core/session/SessionView.h"

#include <QObject>
#include <memory>
#include <optional>

namespace carrywell::core {

/// Runs a SessionPlan against a clock. The UI calls update() from a timer;
/// each call gives every cue whose planned time has come, worked out from the
/// session start and the schedule (never by adding up timer intervals), so
/// cues neither drift nor repeat however irregular the timer is.
class SessionEngine : public QObject
{
    Q_OBJECT

public:
    SessionEngine(SessionPlan plan, const Clock& clock, QObject* parent = nullptr);

    /// A session saved with state(), paused where it was left. An error when
    /// the state does not fit its own timeline.
    static Result<std::unique_ptr<SessionEngine>> restore(const SessionState& state,
                                                          const Clock& clock);

    const SessionPlan& plan() const { return m_plan; }
    SessionStatus status() const { return m_status; }
    bool isActive() const
    {
        return m_status == SessionStatus::Running || m_status == SessionStatus::Paused;
    }

    /// Starts the clock and gives the first cues.
    void start();
    /// Gives (and signals) the cues that have come due; none while paused.
    QList<Cue> update();
    /// Freezes the session; paused time counts neither for cues nor as active.
    void pause();
    void resume();
    /// Leaves the current exercise (counted skipped unless already done) for
    /// the next one's get-ready; on the last exercise, ends the session.
    void skip();
    /// Back to the start of the current exercise, or to the previous one when
    /// the current one has only just begun.
    void back();
    /// Back to the get-ready of the current exercise.
    void restartExercise();
    /// Ends the session early; exercises not done count as skipped.
    void stop();

    /// Milliseconds of running time until the next cue is due (0 when it is
    /// due now), or nullopt when none is left or the session is not running.
    std::optional<qint64> msUntilNextCue() const;

    /// Where the session is, in active milliseconds from its start.
    qint64 positionMs() const { return m_positionUs / 1000; }
    /// Time spent running, pauses excluded.
    qint64 activeMs() const;
    /// The exercise running now (a rest belongs to the exercise before it).
    int currentExercise() const;
    ExerciseProgress progress(int exerciseIndex) const { return m_progress.at(exerciseIndex); }

    /// What the session page shows now.
    SessionView view() const;
    SessionSummary summary() const;
    /// What to save to resume this session later.
    SessionState state() const;

signals:
    void cueDue(const carrywell::core::Cue& cue);
    void statusChanged(carrywell::core::SessionStatus status);
    /// The session finished or was stopped; the summary is for the journal.
    void ended(const carrywell::core::SessionSummary& summary);

private:
    void jumpTo(qint64 targetMs);
    /// Where the session is now on its timeline, in microseconds (not capped).
    qint64 positionUsNow() const;
    void end(SessionStatus status);
    void setStatus(SessionStatus status);
    void noteDone(const Cue& cue);

    SessionPlan m_plan;
    const Clock& m_clock;
    SessionStatus m_status = SessionStatus::NotStarted;
    QDateTime m_startedAt;
    // The timeline is kept in microseconds, so that pausing many times does
    // not add up the clock's rounding; positions are given in milliseconds.
    qint64 m_anchorSteadyUs = 0; ///< Clock reading when the position was m_anchorPositionUs.
    qint64 m_anchorPositionUs = 0;
    qint64 m_positionUs = 0;     ///< Position at the last update.
    int m_nextCue = 0;           ///< Index of the first cue not yet given.
    qint64 m_activeBeforeUs = 0; ///< Active time before the current run.
    qint64 m_runningSinceUs = 0; ///< Clock reading when the current run began.
    QList<ExerciseProgress> m_progress;
};

} // namespace carrywell::core
