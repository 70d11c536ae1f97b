#include "ui/plan/MakeWeekDialog.h"

#include "core/common/LocaleFormat.h"
#include "core/plan/PlanRequest.h"
#include "ui/settings/ProfileForm.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace carrywell::ui {

MakeWeekDialog::MakeWeekDialog(const core::ContentLibrary& library, const core::Profile& profile,
                               const core::PlanPreferences& preferences, const QDate& today,
                               QWidget* parent)
    : QDialog(parent), m_form(new ProfileForm(library, this, ProfileForm::Activities::Elsewhere)),
      m_today(today), m_initial(preferences), m_minutes(new QSpinBox(this)),
      m_minutesSlider(new QSlider(Qt::Horizontal, this)), m_time(new QTimeEdit(this)),
      m_hint(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("makeWeekDialog"));
    setWindowTitle(tr("Make my week"));
    // The gap between the belly muscles is asked once, in the profile part;
    // an answer given here before it was part of the profile still counts.
    core::Profile shown = profile;
    shown.diastasis = profile.diastasis || preferences.diastasis;
    m_form->setProfile(shown, today);

    QLabel* intro = buildIntro();
    QHBoxLayout* minutesRow = buildMinutesRow(preferences);
    QHBoxLayout* daysRow = buildDaysRow(preferences);
    QGroupBox* week = buildWeekGroup(preferences, minutesRow, daysRow);
    setUpHintAndButtons();
    layOut(intro, week);
    connectSignals();
    updateAcceptable();
}

QLabel* MakeWeekDialog::buildIntro()
{
    auto* intro = new QLabel(tr("Tell Carrywell about you and your week. Each free day gets a "
                                "short routine: breathing first, then gentle mobility, strength "
                                "and core, and a release to finish."),
                             this);
    intro->setWordWrap(true);
    return intro;
}

QHBoxLayout* MakeWeekDialog::buildMinutesRow(const core::PlanPreferences& preferences)
{
    m_minutes->setObjectName(QStringLiteral("planMinutes"));
    m_minutes->setAccessibleName(tr("Minutes a day"));
    m_minutes->setAccessibleDescription(tr("How long each day's routine may take"));
    m_minutes->setRange(core::PlanRequest::kMinMinutes, core::PlanRequest::kMaxMinutes);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(preferences.minutesPerDay);
    m_minutesSlider->setObjectName(QStringLiteral("planMinutesSlider"));
    m_minutesSlider->setAccessibleName(tr("Minutes a day"));
    m_minutesSlider->setAccessibleDescription(tr("How long each day's routine may take"));
    m_minutesSlider->setRange(m_minutes->minimum(), m_minutes->maximum());
    m_minutesSlider->setPageStep(5);
    m_minutesSlider->setValue(preferences.minutesPerDay);
    auto* minutesRow = new QHBoxLayout;
    minutesRow->addWidget(m_minutesSlider, 1);
    minutesRow->addWidget(m_minutes);
    return minutesRow;
}

QHBoxLayout* MakeWeekDialog::buildDaysRow(const core::PlanPreferences& preferences)
{
    auto* daysRow = new QHBoxLayout;
    for (int i = 0; i < 7; ++i) {
        auto* box = new QCheckBox(
            core::LocaleFormat::weekdayName(i + 1, core::LocaleFormat::Length::Short), this);
        box->setObjectName(QStringLiteral("planFreeDay%1").arg(i + 1));
        box->setAccessibleName(core::LocaleFormat::weekdayName(i + 1));
        box->setChecked(preferences.freeDays[size_t(i)]);
        m_days.append(box);
        daysRow->addWidget(box);
    }
    daysRow->addStretch(1);
    return daysRow;
}

QGroupBox* MakeWeekDialog::buildWeekGroup(const core::PlanPreferences& preferences,
                                          QHBoxLayout* minutesRow, QHBoxLayout* daysRow)
{
    m_time->setObjectName(QStringLiteral("planSessionTime"));
    m_time->setAccessibleName(tr("Usual time for the routine"));
    m_time->setAccessibleDescription(tr("Used for the calendar file and the printed plan"));
    m_time->setDisplayFormat(core::LocaleFormat::timePattern());
    m_time->setTime(preferences.sessionTime);

    auto* week = new QGroupBox(tr("Your week"), this);
    week->setObjectName(QStringLiteral("planWeekGroup"));
    auto* weekForm = new QFormLayout(week);
    weekForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    weekForm->addRow(tr("Minutes a day:"), minutesRow);
    weekForm->addRow(tr("Free days:"), daysRow);
    auto* timeRow = new QHBoxLayout;
    timeRow->addWidget(m_time);
    timeRow->addStretch(1);
    weekForm->addRow(tr("Usual time:"), timeRow);
    return week;
}

void MakeWeekDialog::setUpHintAndButtons()
{
    m_hint->setObjectName(QStringLiteral("planHint"));
    m_hint->setText(tr("Choose at least one free day."));
    m_hint->setStyleSheet(QStringLiteral("color: palette(highlight); font-weight: 600;"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Make my week"));
}

void MakeWeekDialog::layOut(QLabel* intro, QGroupBox* week)
{
    auto* columns = new QHBoxLayout;
    auto* about = new QGroupBox(tr("About you"), this);
    auto* aboutLayout = new QVBoxLayout(about);
    aboutLayout->addWidget(m_form);
    columns->addWidget(about, 3);
    auto* right = new QVBoxLayout;
    right->addWidget(week);
    right->addStretch(1);
    columns->addLayout(right, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
}

void MakeWeekDialog::connectSignals()
{
    connect(m_minutesSlider, &QSlider::valueChanged, m_minutes, &QSpinBox::setValue);
    connect(m_minutes, &QSpinBox::valueChanged, m_minutesSlider, &QSlider::setValue);
    for (QCheckBox* box : m_days)
        connect(box, &QCheckBox::toggled, this, &MakeWeekDialog::updateAcceptable);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void MakeWeekDialog::updateAcceptable()
{
    const bool anyDay = std::any_of(m_days.begin(), m_days.end(),
                                    [](const QCheckBox* box) { return box->isChecked(); });
    m_hint->setVisible(!anyDay);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(anyDay);
}

core::Profile MakeWeekDialog::profile() const
{
    return m_form->profile(m_today);
}

core::PlanPreferences MakeWeekDialog::preferences() const
{
    core::PlanPreferences result = m_initial;
    result.minutesPerDay = m_minutes->value();
    for (int i = 0; i < 7; ++i)
        result.freeDays[size_t(i)] = m_days.at(i)->isChecked();
    result.diastasis = profile().diastasis;
    result.sessionTime = m_time->time();
    return result;
}

} // namespace carrywell::ui
