#pragma once

#include "ui/audio/CuePlayer.h"

#include <QHash>
#include <QStringList>

class QSoundEffect;

namespace carrywell::ui {

/// Plays cue tones and pre-rendered voice clips through Qt Multimedia
/// (QSoundEffect): the tone first, then the clips one after another.
class SoundCuePlayer : public CuePlayer
{
    Q_OBJECT

public:
    explicit SoundCuePlayer(QObject* parent = nullptr);
    ~SoundCuePlayer() override;

    void play(Tone tone, const QString& spokenText) override;
    void stop() override;
    bool hasSound() const override;

    static QString toneSource(Tone tone);

private:
    QSoundEffect* effect(const QString& source);
    void playNext();

    QHash<QString, QSoundEffect*> m_effects;
    QStringList m_queue;
    QSoundEffect* m_current = nullptr;
};

} // namespace carrywell::ui
