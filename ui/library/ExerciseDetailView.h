#pragma once

#include "core/content/ContentLibrary.h"

#include <QTextBrowser>
#include <optional>

namespace carrywell::ui {

/// Shows one exercise in full; links to easier or harder versions emit
/// exerciseLinkActivated instead of navigating.
class ExerciseDetailView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ExerciseDetailView(const core::ContentLibrary& library, QWidget* parent = nullptr);

    void showExercise(const core::Exercise* exercise);
    /// Weeks since the birth, which decide whether the postnatal stop list shows.
    void setWeeksSinceBirth(std::optional<int> weeks);
    QString exerciseId() const { return m_exerciseId; }
    /// The size each step's drawing is shown at now (empty without drawings).
    QSize stepImageSize() const { return m_stepImageSize; }

signals:
    void exerciseLinkActivated(const QString& exerciseId);
    void guideLinkActivated(const QString& guideId);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    /// The size a step's drawing gets at this view's size.
    QSize stepImageSize(qreal aspectRatio) const;

    const core::ContentLibrary& m_library;
    QString m_exerciseId;
    QSize m_stepImageSize;
    qreal m_stepImageAspect = 1.0;
    bool m_redrawing = false;
    std::optional<int> m_weeksSinceBirth;
};

} // namespace carrywell::ui
