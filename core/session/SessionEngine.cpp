#include "core/session/SessionEngine.h"

#include <algorithm>

namespace carrywell::core {
namespace {

// "Back" within this long after an exercise's work began goes to the
// exercise before: a quick second press keeps going back.
constexpr qint64 kBackToPreviousMs = 3000;

} // namespace

SessionEngine::SessionEngine(SessionPlan plan, const Clock& clock, QObject* parent)
    : QObject(parent), m_plan(std::move(plan)), m_clock(clock),
      m_progress(m_plan.items().size(), ExerciseProgress::Pending)
{
}

Result<std::unique_ptr<SessionEngine>> SessionEngine::restore(const SessionState& state,
                                                              const Clock& clock)
{
    Result<SessionPlan> plan =
        SessionPlan::forItems(state.routineId, state.routineName, state.items, state.options);
    if (!plan)
        return Error{plan.error()};
    const QList<Cue>& cues = plan->cues();
    const bool fits =
        state.progress.size() == state.items.size() && state.positionMs >= 0 &&
        state.positionMs <= plan->totalMs() && state.nextCue >= 0 && state.nextCue <= cues.size() &&
        (state.nextCue == 0 || cues[state.nextCue - 1].plannedMs <= state.positionMs) &&
        (state.nextCue == cues.size() || cues[state.nextCue].plannedMs >= state.positionMs);
    if (!fits) {
        return Error{QStringLiteral("The unfinished session “%1” could not be resumed: the "
                                    "place saved in it does not fit its exercises. You can start "
                                    "it again from the beginning.")
                         .arg(state.routineName)};
    }
    if (state.nextCue == cues.size())
        return Error{QStringLiteral("The session “%1” had already ended, so there is nothing "
                                    "to resume.")
                         .arg(state.routineName)};

    auto engine = std::make_unique<SessionEngine>(std::move(plan).value(), clock);
    engine->m_status = SessionStatus::Paused;
    engine->m_startedAt = state.startedAt;
    engine->m_positionUs = engine->m_anchorPositionUs = state.positionMs * 1000;
    engine->m_nextCue = state.nextCue;
    engine->m_activeBeforeUs = state.activeMs * 1000;
    engine->m_progress = state.progress;
    return engine;
}

void SessionEngine::start()
{
    if (m_status != SessionStatus::NotStarted)
        return;
    m_startedAt = m_clock.now();
    m_anchorSteadyUs = m_runningSinceUs = m_clock.steadyMicroseconds();
    setStatus(SessionStatus::Running);
    update();
}

QList<Cue> SessionEngine::update()
{
    if (m_status != SessionStatus::Running)
        return {};
    m_positionUs = std::min(positionUsNow(), m_plan.totalMs() * 1000);
    QList<Cue> due;
    const QList<Cue>& cues = m_plan.cues();
    while (m_nextCue < cues.size() && cues[m_nextCue].plannedMs <= positionMs()) {
        noteDone(cues[m_nextCue]);
        due.append(cues[m_nextCue++]);
    }
    for (const Cue& cue : due)
        emit cueDue(cue);
    if (m_nextCue == cues.size() && m_status == SessionStatus::Running)
        end(SessionStatus::Finished);
    return due;
}

std::optional<qint64> SessionEngine::msUntilNextCue() const
{
    const QList<Cue>& cues = m_plan.cues();
    if (m_status != SessionStatus::Running || m_nextCue >= cues.size())
        return std::nullopt;
    // Rounded up: a timer set for this many milliseconds must not find the cue not yet due.
    const qint64 waitUs = cues[m_nextCue].plannedMs * 1000 - positionUsNow();
    return std::max<qint64>(0, (waitUs + 999) / 1000);
}

qint64 SessionEngine::positionUsNow() const
{
    return m_anchorPositionUs + (m_clock.steadyMicroseconds() - m_anchorSteadyUs);
}

void SessionEngine::noteDone(const Cue& cue)
{
    if (cue.kind == CueKind::ExerciseDone)
        m_progress[cue.exerciseIndex] = ExerciseProgress::Done;
    else if (cue.kind == CueKind::SessionDone)
        m_progress.last() = ExerciseProgress::Done;
}

void SessionEngine::pause()
{
    if (m_status != SessionStatus::Running)
        return;
    update();
    if (m_status != SessionStatus::Running)
        return;
    m_activeBeforeUs += m_clock.steadyMicroseconds() - m_runningSinceUs;
    m_anchorPositionUs = m_positionUs;
    setStatus(SessionStatus::Paused);
}

void SessionEngine::resume()
{
    if (m_status != SessionStatus::Paused)
        return;
    m_anchorSteadyUs = m_runningSinceUs = m_clock.steadyMicroseconds();
    setStatus(SessionStatus::Running);
    // Cues due exactly here (after a skip while paused) come now.
    update();
}

void SessionEngine::skip()
{
    if (!isActive())
        return;
    update();
    if (!isActive())
        return;
    const int current = currentExercise();
    if (m_progress[current] == ExerciseProgress::Pending)
        m_progress[current] = ExerciseProgress::Skipped;
    if (current + 1 < m_plan.items().size()) {
        jumpTo(m_plan.exerciseStartMs(current + 1));
        return;
    }
    // Skipping the last exercise ends the session as if it had run out.
    Cue done = m_plan.cues().last();
    done.plannedMs = positionMs();
    m_nextCue = static_cast<int>(m_plan.cues().size());
    emit cueDue(done);
    end(SessionStatus::Finished);
}

void SessionEngine::back()
{
    if (!isActive())
        return;
    update();
    if (!isActive())
        return;
    const int current = currentExercise();
    const bool justBegun = positionMs() < m_plan.exerciseWorkStartMs(current) + kBackToPreviousMs;
    jumpTo(m_plan.exerciseStartMs(justBegun && current > 0 ? current - 1 : current));
}

void SessionEngine::restartExercise()
{
    if (!isActive())
        return;
    update();
    if (!isActive())
        return;
    jumpTo(m_plan.exerciseStartMs(currentExercise()));
}

void SessionEngine::stop()
{
    if (!isActive())
        return;
    update();
    if (!isActive())
        return;
    end(SessionStatus::Stopped);
}

void SessionEngine::jumpTo(qint64 targetMs)
{
    m_positionUs = m_anchorPositionUs = targetMs * 1000;
    m_anchorSteadyUs = m_clock.steadyMicroseconds();
    const QList<Cue>& cues = m_plan.cues();
    m_nextCue = static_cast<int>(
        std::lower_bound(cues.begin(), cues.end(), targetMs,
                         [](const Cue& cue, qint64 position) { return cue.plannedMs < position; }) -
        cues.begin());
    update();
}

void SessionEngine::end(SessionStatus status)
{
    if (m_status == SessionStatus::Running)
        m_activeBeforeUs += m_clock.steadyMicroseconds() - m_runningSinceUs;
    for (ExerciseProgress& progress : m_progress) {
        if (progress == ExerciseProgress::Pending)
            progress = ExerciseProgress::Skipped;
    }
    setStatus(status);
    emit ended(summary());
}

void SessionEngine::setStatus(SessionStatus status)
{
    if (m_status == status)
        return;
    m_status = status;
    emit statusChanged(status);
}

qint64 SessionEngine::activeMs() const
{
    const qint64 activeUs =
        m_activeBeforeUs +
        (m_status == SessionStatus::Running ? m_clock.steadyMicroseconds() - m_runningSinceUs : 0);
    return activeUs / 1000;
}

int SessionEngine::currentExercise() const
{
    const int segment = m_plan.segmentIndexAt(positionMs());
    return m_plan.segments()[static_cast<size_t>(segment)].exerciseIndex;
}

SessionView SessionEngine::view() const
{
    return SessionView::at(m_plan, positionMs(), m_status);
}

SessionSummary SessionEngine::summary() const
{
    SessionSummary summary;
    summary.routineId = m_plan.routineId();
    summary.routineName = m_plan.name();
    summary.startedAt = m_startedAt;
    summary.activeSeconds = static_cast<int>((activeMs() + 500) / 1000);
    summary.completed = m_status == SessionStatus::Finished;
    for (int i = 0; i < m_progress.size(); ++i) {
        if (m_progress[i] != ExerciseProgress::Pending)
            summary.results.append({m_plan.items()[i].exerciseId, m_progress[i]});
    }
    return summary;
}

SessionState SessionEngine::state() const
{
    SessionState state;
    state.routineId = m_plan.routineId();
    state.routineName = m_plan.name();
    state.items = m_plan.items();
    state.options = m_plan.options();
    state.progress = m_progress;
    state.positionMs = positionMs();
    state.nextCue = m_nextCue;
    state.activeMs = activeMs();
    state.startedAt = m_startedAt;
    state.savedAt = m_clock.now();
    return state;
}

} // namespace carrywell::core
