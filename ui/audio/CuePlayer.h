#pragma once

#include "core/session/CueTone.h"

#include <QObject>

namespace carrywell::ui {

/// Plays what a guided session asks for: a short tone, then words. The real
/// player uses Qt Multimedia; tests and machines without sound use others.
class CuePlayer : public QObject
{
    Q_OBJECT

public:
    using Tone = core::CueTone;

    struct Settings
    {
        bool tones = true;
        bool voice = true;
        double volume = 0.8; ///< 0–1
        bool operator==(const Settings&) const = default;
    };

    using QObject::QObject;

    virtual void play(Tone tone, const QString& spokenText) = 0;
    /// Silences anything playing or queued (pause, stop).
    virtual void stop() = 0;
    /// False when there is no audio device: the session cues on screen instead.
    virtual bool hasSound() const = 0;

    void setSettings(const Settings& settings) { m_settings = settings; }
    const Settings& settings() const { return m_settings; }

private:
    Settings m_settings;
};

} // namespace carrywell::ui
