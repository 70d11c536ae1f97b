#pragma once

#include "core/journal/CheckIn.h"
#include "ui/widgets/BodyMapWidget.h"

namespace carrywell::ui {

/// The body map of the check-in: each region that hurts wears a badge with
/// its score, so several regions can be marked at once.
class ScoredBodyMap : public BodyMapWidget
{
    Q_OBJECT

public:
    explicit ScoredBodyMap(QWidget* parent = nullptr);

    void setScores(const QList<core::RegionScore>& scores);
    QList<core::RegionScore> scores() const { return m_scores; }

protected:
    void paintEvent(QPaintEvent* event) override;
    /// Space marks a region; Enter is left to the dialog, where it saves.
    void keyPressEvent(QKeyEvent* event) override;

private:
    QList<core::RegionScore> m_scores;
};

} // namespace carrywell::ui
