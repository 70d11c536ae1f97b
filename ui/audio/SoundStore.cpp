#include "ui/audio/SoundStore.h"

#include "core/settings/SettingsKeys.h"

#include <QtMath>

namespace carrywell::ui {

SoundSettings SoundStore::load() const
{
    SoundSettings sound;
    sound.player.tones = m_file.read(core::keys::soundTones);
    sound.player.voice = m_file.read(core::keys::soundVoice);
    sound.player.volume = m_file.read(core::keys::soundVolume) / 100.0;
    sound.countdownSeconds = m_file.read(core::keys::soundCountdown);
    return sound;
}

void SoundStore::save(const SoundSettings& sound)
{
    m_file.write(core::keys::soundTones, sound.player.tones);
    m_file.write(core::keys::soundVoice, sound.player.voice);
    m_file.write(core::keys::soundVolume, qRound(sound.player.volume * 100));
    m_file.write(core::keys::soundCountdown, sound.countdownSeconds);
    m_file.sync();
}

} // namespace carrywell::ui
