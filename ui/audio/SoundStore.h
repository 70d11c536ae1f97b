#pragma once

#include "core/settings/SettingsFile.h"
#include "ui/audio/SoundSettings.h"

namespace carrywell::ui {

/// Reads and writes the sound choices ([sound] group of the settings).
class SoundStore
{
public:
    SoundStore(QSettings& settings) : m_file(settings) {}

    SoundSettings load() const;
    void save(const SoundSettings& sound);

private:
    core::SettingsFile m_file;
};

} // namespace carrywell::ui
