#pragma once

#include "core/content/ContentLibrary.h"

#include <QWidget>
#include <optional>

class QLabel;
class QToolButton;

namespace carrywell::ui {

class ExerciseDetailView;
class FigureView;

/// One exercise in full: the figure moving in the exercise's tempo, with a
/// pause button, above the illustrated steps and everything else to know.
class ExercisePane : public QWidget
{
    Q_OBJECT

public:
    explicit ExercisePane(const core::ContentLibrary& library, QWidget* parent = nullptr);

    void showExercise(const core::Exercise* exercise);
    void setWeeksSinceBirth(std::optional<int> weeks);
    QString exerciseId() const;

    ExerciseDetailView* detailView() const { return m_detail; }
    FigureView* figureView() const { return m_figure; }

signals:
    void exerciseLinkActivated(const QString& exerciseId);
    void guideLinkActivated(const QString& guideId);

private:
    void updateTempoText();

    const core::ContentLibrary& m_library;
    FigureView* m_figure;
    QToolButton* m_playButton;
    QLabel* m_tempo;
    ExerciseDetailView* m_detail;
};

} // namespace carrywell::ui
