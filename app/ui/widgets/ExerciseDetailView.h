#pragma once

#include "content/ContentLibrary.h"

#include <QTextBrowser>

namespace carrywell::ui {

/// Shows one exercise in full; links to easier or harder versions emit
/// exerciseLinkActivated instead of navigating.
class ExerciseDetailView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ExerciseDetailView(const core::ContentLibrary& library, QWidget* parent = nullptr);

    void showExercise(const core::Exercise* exercise);
    QString exerciseId() const { return m_exerciseId; }

signals:
    void exerciseLinkActivated(const QString& exerciseId);

private:
    const core::ContentLibrary& m_library;
    QString m_exerciseId;
};

} // namespace carrywell::ui
