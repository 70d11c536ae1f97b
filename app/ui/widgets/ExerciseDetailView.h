#pragma once

#include "content/ContentLibrary.h"

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

signals:
    void exerciseLinkActivated(const QString& exerciseId);
    void guideLinkActivated(const QString& guideId);

private:
    const core::ContentLibrary& m_library;
    QString m_exerciseId;
    std::optional<int> m_weeksSinceBirth;
};

} // namespace carrywell::ui
