#pragma once

#include "core/journal/ActivityRating.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QSpinBox;

namespace carrywell::ui {

/// One 0–10 control per activity she named (the Patient-Specific Functional
/// Scale): how well she can do it now, from 0 (not at all) to 10 (as well as
/// before). Each starts unrated; an activity left unrated is simply skipped.
class ActivityRatingsEditor : public QWidget
{
    Q_OBJECT

public:
    /// The activities in `columns` side by side (the check-in has little height to spare).
    explicit ActivityRatingsEditor(const QStringList& activities, int columns = 1,
                                   QWidget* parent = nullptr);

    /// The activities given a score, each rated at `at`.
    QList<core::ActivityRating> ratings(const QDateTime& at) const;
    bool anyRated() const;
    /// Hides the line that explains the scale, for a caller that says it itself.
    void hideScaleHint();
    /// Every control and the row it is on, top to bottom.
    QList<QWidget*> focusChain() const;

signals:
    void changed();

private:
    QStringList m_activities;
    QLabel* m_scaleHint;
    QList<QSpinBox*> m_scores;
};

} // namespace carrywell::ui
