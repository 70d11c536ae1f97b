#pragma once

#include "core/content/ContentLibrary.h"
#include "core/profile/Profile.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QGroupBox;
class QHBoxLayout;
class QSpinBox;

namespace carrywell::ui {

/// The few questions that tailor Carrywell: weeks since birth, kind of
/// birth, equipment at hand and what hurts. Every answer is optional.
class ProfileForm : public QWidget
{
    Q_OBJECT

public:
    ProfileForm(const core::ContentLibrary& library, QWidget* parent = nullptr);

    void setProfile(const core::Profile& profile, const QDate& today);
    /// The answers; unknown ones stay unset.
    core::Profile profile(const QDate& today) const;

signals:
    /// Any answer was changed.
    void changed();

private:
    QHBoxLayout* buildWeeksRow();
    /// The kind of birth, with the question about the belly muscles' gap.
    QGroupBox* buildBirthGroup();
    QGroupBox* buildEquipmentGroup();
    QGroupBox* buildSymptomsGroup(const core::ContentLibrary& library);
    void connectSignals();

    QCheckBox* m_weeksKnown;
    QSpinBox* m_weeks;
    QButtonGroup* m_birthType;
    QCheckBox* m_diastasis = nullptr;
    QList<QCheckBox*> m_equipment;
    QList<QCheckBox*> m_symptoms;
};

} // namespace carrywell::ui
