#pragma once

#include "content/ContentLibrary.h"

#include <QWidget>

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
    QString exerciseId() const;
    ExercisePane* pane() const { return m_pane; }

signals:
    void backRequested();
    void exerciseLinkActivated(const QString& exerciseId);

private:
    QPushButton* m_back;
    ExercisePane* m_pane;
};

} // namespace carrywell::ui
