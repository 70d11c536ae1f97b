#include "ui/audio/SoundSettings.h"

#include <QSettings>

namespace carrywell::ui {

SoundSettings SoundSettings::load(const QSettings& settings)
{
    SoundSettings s;
    s.player.tones = settings.value(QStringLiteral("sound/tones"), true).toBool();
    s.player.voice = settings.value(QStringLiteral("sound/voice"), true).toBool();
    s.player.volume = qBound(0, settings.value(QStringLiteral("sound/volume"), 80).toInt(), 100) / 100.0;
    s.countdownSeconds = qBound(3, settings.value(QStringLiteral("sound/countdown"), 5).toInt(), 15);
    return s;
}

void SoundSettings::save(QSettings& settings) const
{
    settings.setValue(QStringLiteral("sound/tones"), player.tones);
    settings.setValue(QStringLiteral("sound/voice"), player.voice);
    settings.setValue(QStringLiteral("sound/volume"), qRound(player.volume * 100));
    settings.setValue(QStringLiteral("sound/countdown"), countdownSeconds);
    settings.sync();
}

} // namespace carrywell::ui
