#include "ui/settings/SoundSection.h"

#include "ui/settings/SectionLayout.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>

namespace carrywell::ui {

SoundSection::SoundSection(QWidget* parent)
    : QWidget(parent), m_tones(new QCheckBox(tr("Play a short &tone at each change"), this)),
      m_voice(new QCheckBox(tr("Say what comes &next"), this)),
      m_volume(new QSlider(Qt::Horizontal, this)), m_countdown(new QSpinBox(this))
{
    setObjectName(QStringLiteral("soundSection"));
    m_tones->setObjectName(QStringLiteral("settingsTonesCheck"));
    m_tones->setAccessibleDescription(
        tr("A soft tone when a hold starts, a side changes or a rest begins."));
    m_voice->setObjectName(QStringLiteral("settingsVoiceCheck"));
    m_voice->setAccessibleDescription(
        tr("A voice names the next step, so you can keep your eyes on your baby."));
    m_volume->setObjectName(QStringLiteral("settingsVolumeSlider"));
    m_volume->setRange(0, 100);
    m_volume->setPageStep(10);
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setAccessibleDescription(tr("How loud tones and words are, from 0 to 100."));
    m_volume->setMinimumWidth(220);
    m_countdown->setObjectName(QStringLiteral("settingsCountdownSpin"));
    m_countdown->setRange(3, 15);
    m_countdown->setSuffix(tr(" s"));
    m_countdown->setAccessibleName(tr("Get-ready time"));
    m_countdown->setAccessibleDescription(tr("Seconds to get into position before each exercise."));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_tones);
    form->addRow(m_voice);
    form->addRow(tr("&Volume:"), m_volume);
    form->addRow(tr("&Get ready for:"), m_countdown);
    SectionLayout::build(this, tr("Guided sessions"),
                         tr("How sessions sound. Cues always show on screen too, so sessions work "
                            "with the sound off."),
                         form);

    for (QCheckBox* box : {m_tones, m_voice})
        connect(box, &QCheckBox::toggled, this, &SoundSection::changed);
    connect(m_volume, &QSlider::valueChanged, this, &SoundSection::changed);
    connect(m_countdown, &QSpinBox::valueChanged, this, &SoundSection::changed);
}

void SoundSection::setValues(const SoundSettings& values)
{
    const QSignalBlocker b1(m_tones), b2(m_voice), b3(m_volume), b4(m_countdown);
    m_tones->setChecked(values.player.tones);
    m_voice->setChecked(values.player.voice);
    m_volume->setValue(qRound(values.player.volume * 100));
    m_countdown->setValue(values.countdownSeconds);
}

SoundSettings SoundSection::values() const
{
    SoundSettings s;
    s.player.tones = m_tones->isChecked();
    s.player.voice = m_voice->isChecked();
    s.player.volume = m_volume->value() / 100.0;
    s.countdownSeconds = m_countdown->value();
    return s;
}

} // namespace carrywell::ui
