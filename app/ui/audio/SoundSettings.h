#pragma once

#include "ui/audio/CuePlayer.h"

class QSettings;

namespace carrywell::ui {

/// The sound choices of guided sessions, kept in the user's settings.
struct SoundSettings
{
    CuePlayer::Settings player;
    int countdownSeconds = 5; ///< Get-ready time before each exercise.

    static SoundSettings load(const QSettings& settings);
    void save(QSettings& settings) const;
    bool operator==(const SoundSettings&) const = default;
};

} // namespace carrywell::ui
