#pragma once

#include "core/content/ContentLibrary.h"
#include "core/profile/Profile.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QGroupBox;
class QHBoxLayout;
class QLineEdit;
class QSpinBox;

namespace carrywell::ui {

class ActivitiesEditor;

/// The few questions that tailor Carrywell: weeks since birth, kind of
/// birth, equipment at hand, what hurts and (unless the first-run wizard asks
/// on a page of its own) the everyday activities that are hard now, with her
/// name for the file she exports for a clinic. Every answer is optional.
class ProfileForm : public QWidget
{
    Q_OBJECT

public:
    enum class Activities
    {
        Included,
        /// Neither the activities nor her name are asked here: profile() gives
        /// back those setProfile() had, unchanged.
        Elsewhere,
    };

    ProfileForm(const core::ContentLibrary& library, QWidget* parent = nullptr,
                Activities activities = Activities::Included);

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
    QGroupBox* buildActivitiesGroup();
    /// Her name, only for the FHIR export, with a line saying so.
    QGroupBox* buildNameGroup();
    void connectSignals();

    QCheckBox* m_weeksKnown;
    QSpinBox* m_weeks;
    QButtonGroup* m_birthType;
    QCheckBox* m_diastasis = nullptr;
    QList<QCheckBox*> m_equipment;
    QList<QCheckBox*> m_symptoms;
    ActivitiesEditor* m_activities = nullptr;
    QLineEdit* m_name = nullptr;
    QStringList m_keptActivities;
    QString m_keptName;
};

} // namespace carrywell::ui
