#pragma once

#include "core/session/Cue.h"
#include "core/session/CueTone.h"

#include <QList>
#include <QString>

namespace carrywell::core {

/// What to play for cues that fall due together: one tone (the most telling
/// of them) and their words in order, so "Go" and "Out" at the same moment
/// are heard as "Go. Out." rather than one cutting the other off.
struct CueAnnouncement
{
    CueTone tone = CueTone::None;
    QString text;   ///< Shown, in the interface's language.
    QString spoken; ///< Spoken by the English voice clips.
    /// The few words shown large across the room: what to do now ("Out",
    /// "Hold", "Rest", "Get ready"). Counts, rep numbers and "next up" are
    /// left out (the countdown and the counters show them); empty when the
    /// cues change nothing of what to do.
    QString headline;
    /// False for words of a moment ("Go", "Halfway"): after a few seconds
    /// the big line goes back to what the stretch of the session is.
    bool headlineLasts = true;

    static CueAnnouncement forCues(const QList<Cue>& cues);
    static CueTone toneFor(CueKind kind);
};

} // namespace carrywell::core
