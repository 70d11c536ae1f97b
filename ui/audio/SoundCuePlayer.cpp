#include "ui/audio/SoundCuePlayer.h"

#include "ui/audio/SpeechClips.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

namespace carrywell::ui {

SoundCuePlayer::SoundCuePlayer(QObject* parent) : CuePlayer(parent)
{
    // Load the tones up front so the first cue is on time.
    for (const Tone tone : {Tone::Tick, Tone::Go, Tone::Change, Tone::Rest, Tone::Done})
        effect(toneSource(tone));
}

SoundCuePlayer::~SoundCuePlayer() = default;

QString SoundCuePlayer::toneSource(Tone tone)
{
    switch (tone) {
    case Tone::Tick:
        return QStringLiteral("qrc:/sounds/tick.wav");
    case Tone::Go:
        return QStringLiteral("qrc:/sounds/go.wav");
    case Tone::Change:
        return QStringLiteral("qrc:/sounds/change.wav");
    case Tone::Rest:
        return QStringLiteral("qrc:/sounds/rest.wav");
    case Tone::Done:
        return QStringLiteral("qrc:/sounds/done.wav");
    case Tone::None:
        break;
    }
    return {};
}

bool SoundCuePlayer::hasSound() const
{
    return !QMediaDevices::audioOutputs().isEmpty();
}

QSoundEffect* SoundCuePlayer::effect(const QString& source)
{
    if (QSoundEffect* existing = m_effects.value(source))
        return existing;
    auto* sound = new QSoundEffect(this);
    sound->setSource(QUrl(source));
    connect(sound, &QSoundEffect::playingChanged, this, [this, sound] {
        if (sound == m_current && !sound->isPlaying())
            playNext();
    });
    connect(sound, &QSoundEffect::statusChanged, this, [this, sound] {
        // A clip asked for before it finished loading starts once it has.
        if (sound == m_current && sound->status() == QSoundEffect::Ready && !sound->isPlaying())
            sound->play();
        else if (sound == m_current && sound->status() == QSoundEffect::Error)
            playNext();
    });
    m_effects.insert(source, sound);
    return sound;
}

void SoundCuePlayer::play(Tone tone, const QString& spokenText)
{
    // A new cue replaces whatever was still queued: cues must stay on time.
    stop();
    if (settings().tones && tone != Tone::None)
        m_queue.append(toneSource(tone));
    if (settings().voice) {
        for (const QString& clip : SpeechClips::clipsFor(spokenText))
            m_queue.append(QStringLiteral("qrc") + clip);
    }
    playNext();
}

void SoundCuePlayer::playNext()
{
    if (m_queue.isEmpty()) {
        m_current = nullptr;
        return;
    }
    m_current = effect(m_queue.takeFirst());
    m_current->setVolume(static_cast<float>(settings().volume));
    if (m_current->status() == QSoundEffect::Ready)
        m_current->play();
}

void SoundCuePlayer::stop()
{
    m_queue.clear();
    if (m_current) {
        QSoundEffect* current = m_current;
        m_current = nullptr;
        current->stop();
    }
}

} // namespace carrywell::ui
