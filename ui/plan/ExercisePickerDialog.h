#pragma once

#include "core/content/ContentLibrary.h"
#include "core/plan/PlanRequest.h"
#include "core/plan/WeeklyPlan.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;

namespace carrywell::ui {

class ExerciseListModel;

/// Chooses an exercise to add to a day or to swap in for one, with search
/// and, by default, only what suits her now (postpartum week, equipment at
/// hand, cautions).
class ExercisePickerDialog : public QDialog
{
    Q_OBJECT

public:
    /// `stage` narrows the choice to exercises that fit it (for a swap);
    /// `exclude` are the ids already on the day. `request` decides what suits.
    ExercisePickerDialog(const core::ContentLibrary& library,
                         std::optional<core::PlanRequest> request,
                         std::optional<core::PlanStage> stage, const QStringList& exclude,
                         const QString& title, const QString& acceptText,
                         QWidget* parent = nullptr);

    /// The chosen exercise, or null.
    const core::Exercise* chosen() const;
    /// Selects the exercise with `id` when it is listed; for tests and keyboard users.
    bool select(const QString& id);
    QLineEdit* searchField() const { return m_search; }
    QCheckBox* suitableOnly() const { return m_suitableOnly; }
    int shownCount() const;

private:
    void refilter();

    const core::ContentLibrary& m_library;
    std::optional<core::PlanRequest> m_request;
    std::optional<core::PlanStage> m_stage;
    QStringList m_exclude;
    QLineEdit* m_search;
    QCheckBox* m_suitableOnly;
    QListView* m_list;
    QLabel* m_empty;
    ExerciseListModel* m_model;
    QDialogButtonBox* m_buttons;
};

} // namespace carrywell::ui
