#pragma once

#include <QString>
#include <QtGlobal>

namespace carrywell::core {

/// What the person does during one stretch of a session.
enum class SegmentKind
{
    GetReady,         ///< Countdown before an exercise: get into position.
    Out,              ///< The moving-out half of a rep (tempo "out").
    Hold,             ///< Staying in position: within a rep, or one long hold.
    Back,             ///< The coming-back half of a rep (tempo "back").
    BreatheIn,        ///< Breathing drills: the in-breath (tempo "out").
    BreatheOut,       ///< Breathing drills: the out-breath (tempo "back").
    Work,             ///< Timed work such as rolling or a release.
    SwitchSides,      ///< Changing from the left side to the right.
    Rest,             ///< Rest between sets.
    BetweenExercises, ///< Rest after an exercise, before the next one's get-ready.
};

/// Which side a per-side exercise is working; None for both or either.
enum class BodySide
{
    None,
    Left,
    Right,
};

QString toId(SegmentKind kind);
QString toId(BodySide side);

/// True for the segments where the person is exercising (not preparing or
/// resting); a session's active work.
bool isWork(SegmentKind kind);

/// One stretch of a session's timeline, in milliseconds from its start.
struct SessionSegment
{
    SegmentKind kind = SegmentKind::GetReady;
    int exerciseIndex = 0; ///< Into SessionPlan::items(); rests belong to the exercise before.
    int set = 0;           ///< 1-based; 0 for get-ready.
    int rep = 0;           ///< 1-based within a set and side; 0 outside reps.
    BodySide side = BodySide::None;
    qint64 startMs = 0;
    qint64 durationMs = 0;

    qint64 endMs() const { return startMs + durationMs; }
    bool operator==(const SessionSegment&) const = default;
};

} // namespace carrywell::core
