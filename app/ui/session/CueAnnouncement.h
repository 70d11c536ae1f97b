#pragma once

#include "ui/audio/CuePlayer.h"
#include "core/session/Cue.h"

namespace carrywell::ui {

/// What to play for cues that fall due together: one tone (the most telling
/// of them) and their words in order, so "Go" and "Out" at the same moment
/// are heard as "Go. Out." rather than one cutting the other off.
struct CueAnnouncement
{
    CuePlayer::Tone tone = CuePlayer::Tone::None;
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

    static CueAnnouncement forCues(const QList<core::Cue>& cues);
    static CuePlayer::Tone toneFor(core::CueKind kind);
};

} // namespace carrywell::ui
