#pragma once

#include "ui/audio/CuePlayer.h"

namespace carrywell::ui {

/// The sound choices of guided sessions, kept by SoundStore.
struct SoundSettings
{
    CuePlayer::Settings player;
    int countdownSeconds = 5; ///< Get-ready time before each exercise.

    bool operator==(const SoundSettings&) const = default;
};

} // namespace carrywell::ui
