#pragma once

#include "ui/audio/SoundSettings.h"

#include <QWidget>

class QCheckBox;
class QSlider;
class QSpinBox;

namespace carrywell::ui {

/// Settings ▸ Sessions: cue tones, spoken words, volume and get-ready time.
class SoundSection : public QWidget
{
    Q_OBJECT

public:
    explicit SoundSection(QWidget* parent = nullptr);

    void setValues(const SoundSettings& values);
    SoundSettings values() const;

signals:
    void changed();

private:
    QCheckBox* m_tones;
    QCheckBox* m_voice;
    QSlider* m_volume;
    QSpinBox* m_countdown;
};

} // namespace carrywell::ui
