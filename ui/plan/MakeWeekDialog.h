#pragma once

#include "core/content/ContentLibrary.h"
#include "core/plan/PlanPreferences.h"
#include "core/profile/Profile.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QSlider;
class QSpinBox;
class QTimeEdit;

namespace carrywell::ui {

class ProfileForm;

/// "Make my week": what hurts, weeks since the birth, the kind of birth and
/// the equipment at hand (the profile), then minutes a day, free days, a
/// belly gap and the usual time. Every answer comes back filled in next time.
class MakeWeekDialog : public QDialog
{
    Q_OBJECT

public:
    MakeWeekDialog(const core::ContentLibrary& library, const core::Profile& profile,
                   const core::PlanPreferences& preferences, const QDate& today,
                   QWidget* parent = nullptr);

    core::Profile profile() const;
    core::PlanPreferences preferences() const;

    QSpinBox* minutesSpin() const { return m_minutes; }
    QCheckBox* dayBox(int day) const { return m_days.value(day); }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    QLabel* buildIntro();
    QHBoxLayout* buildMinutesRow(const core::PlanPreferences& preferences);
    /// A box for each day of the week, Monday first.
    QHBoxLayout* buildDaysRow(const core::PlanPreferences& preferences);
    QGroupBox* buildWeekGroup(const core::PlanPreferences& preferences, QHBoxLayout* minutesRow,
                              QHBoxLayout* daysRow);
    void setUpHintAndButtons();
    /// The profile's questions on the left, the week's beside them.
    void layOut(QLabel* intro, QGroupBox* week);
    void connectSignals();
    void updateAcceptable();

    ProfileForm* m_form;
    QDate m_today;
    core::PlanPreferences m_initial;
    QSpinBox* m_minutes;
    QSlider* m_minutesSlider;
    QList<QCheckBox*> m_days;
    QTimeEdit* m_time;
    QLabel* m_hint;
    QDialogButtonBox* m_buttons;
};

} // namespace carrywell::ui
