#pragma once

#include "core/content/Exercise.h"
#include "core/figure/Illustration.h"
#include "core/session/SessionSegment.h"

namespace carrywell::core {

/// Which of an exercise's written steps goes with what a guided session is
/// doing now: the first step (the position) while getting ready, the step
/// drawn as the repeated movement while moving out, the step that holds its
/// end pose during a hold, and the step that leaves it while coming back.
/// The steps are matched through the illustration, which draws one picture
/// per step and names the movement a session repeats.
class SessionStepGuide
{
public:
    SessionStepGuide() = default;
    /// `illustration` may be null (an exercise from a physiotherapist's
    /// folder without drawings): then only the first step is known.
    SessionStepGuide(const Exercise& exercise, const Illustration* illustration);

    /// Index into the exercise's steps, or -1 when no step fits (rests).
    /// `elapsedMs` is the time into the segment: a single long hold first
    /// shows how to get into it, then how to stay.
    int stepFor(const SessionSegment& segment, qint64 elapsedMs = 0) const;

    int outStep() const { return m_out; }
    int holdStep() const { return m_hold; }
    int backStep() const { return m_back; }

private:
    int m_count = 0;
    int m_out = -1;
    int m_hold = -1;
    int m_back = -1;
};

} // namespace carrywell::core
