#pragma once

#include "core/content/ExerciseFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLayout;
class QListWidget;
class QPushButton;

namespace carrywell::ui {

class BodyMapWidget;

/// The Library's "narrow it down" column: body map and region list, what
/// hurts, kind of exercise, equipment at hand and "suitable for me now".
class LibraryFilterPanel : public QWidget
{
    Q_OBJECT

public:
    LibraryFilterPanel(const core::ContentLibrary& library, QWidget* parent = nullptr);

    /// The criteria chosen here (the search text is added by the page).
    core::ExerciseFilter filter() const;

    /// Defaults from the profile: equipment at hand and weeks since birth.
    void setProfile(const core::Profile& profile, const QDate& today);
    void setRegion(std::optional<core::Region> region);
    void clear();

    BodyMapWidget* bodyMap() const { return m_bodyMap; }

signals:
    void changed();

private:
    void setUpBodyMap();
    /// "Where does it hurt?" above the map.
    QLabel* buildHeading();
    void buildRegionList();
    /// What hurts and the kind of exercise.
    void setUpChoices();
    void buildEquipmentGroup();
    /// The choices with their labels.
    QLayout* buildForm();
    void connectSignals();
    void onRegionListChanged();

    const core::ContentLibrary& m_library;
    BodyMapWidget* m_bodyMap;
    QListWidget* m_regionList;
    QComboBox* m_symptom;
    QComboBox* m_category;
    QGroupBox* m_equipmentGroup;
    QList<QCheckBox*> m_equipment;
    QCheckBox* m_suitable;
    QPushButton* m_clear;
    std::optional<core::Region> m_region;
    std::optional<int> m_weeks;
    core::BirthType m_birthType = core::BirthType::Unknown;
    bool m_diastasis = false;
    bool m_pelvicGirdlePain = false;
    bool m_updating = false;
};

} // namespace carrywell::ui
