#pragma once

#include "core/content/ContentLibrary.h"

#include <QWidget>
#include <optional>

class QPushButton;

namespace carrywell::ui {

class ExercisePane;

/// One exercise in full, with a way back to the results.
class ExercisePage : public QWidget
{
    Q_OBJECT

public:
    explicit ExercisePage(const core::ContentLibrary& library, QWidget* parent = nullptr);

    void showExercise(const core::Exercise* exercise);
    void setWeeksSinceBirth(std::optional<int> weeks);
    QString exerciseId() const;
    ExercisePane* pane() const { return m_pane; }

signals:
    void backRequested();
    /// Run the shown exercise as a one-exercise guided session.
    void startRequested(const QString& exerciseId);
    void exerciseLinkActivated(const QString& exerciseId);
    void guideLinkActivated(const QString& guideId);

private:
    QPushButton* m_back;
    QPushButton* m_start;
    ExercisePane* m_pane;
};

} // namespace carrywell::ui
