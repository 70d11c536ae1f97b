#pragma once

#include "core/session/SessionSegment.h"

#include <QMetaType>
#include <QString>

namespace carrywell::core {

/// What a cue announces; the UI picks a sound for each and may speak its text.
enum class CueKind
{
    GetReady,      ///< "Banded A's. Get ready."
    Countdown,     ///< "3", "2", "1" before work starts.
    Go,            ///< "Go"
    Out,           ///< "Out": start moving out.
    Back,          ///< "Back": start coming back.
    Hold,          ///< "Hold"
    BreatheIn,     ///< "Breathe in"
    BreatheOut,    ///< "Breathe out"
    RepCount,      ///< "2", "3" … "Last one", at the start of each rep after the first.
    Halfway,       ///< "Halfway" through a long hold or timed work.
    HoldCountdown, ///< "3", "2", "1": the last seconds of a hold or timed work.
    SwitchSides,   ///< "Switch sides"
    Rest,          ///< "Rest"
    NextUp,        ///< "Next: Thread the needle", at the start of the rest before it.
    ExerciseDone,  ///< "Done", when an exercise other than the last is finished.
    SessionDone,   ///< "Done. Well done."
};

QString toId(CueKind kind);

/// Something to announce at a moment of the session.
struct Cue
{
    CueKind kind = CueKind::GetReady;
    qint64 plannedMs = 0;  ///< When it is due, in active session time (pauses excluded).
    int exerciseIndex = 0; ///< Into SessionPlan::items(); for NextUp the coming exercise.
    QString exerciseId;
    int set = 0;
    int rep = 0;
    BodySide side = BodySide::None;
    QString text;   ///< What to show, in the interface's language.
    QString spoken; ///< What the voice says: the English the clips were recorded from.

    bool operator==(const Cue&) const = default;
};

} // namespace carrywell::core

Q_DECLARE_METATYPE(carrywell::core::Cue)
