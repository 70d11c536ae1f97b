#pragma once

#include "core/journal/SessionEffects.h"
#include "ui/journal/FocusChartView.h"

class QBarCategoryAxis;
class QHorizontalBarSeries;
class QBarSet;
class QValueAxis;

namespace carrywell::ui {

/// Pain before and after sessions, for all sessions and for the routines
/// used most, as pairs of horizontal bars (room for routine names).
class SessionEffectChartView : public FocusChartView
{
    Q_OBJECT

public:
    /// The routines shown beside "All sessions", most used first.
    static constexpr int maxRoutines = 3;

    explicit SessionEffectChartView(QWidget* parent = nullptr);

    void setEffect(const core::SessionEffect& effect);
    QBarSet* beforeSet() const { return m_before; }
    QBarSet* afterSet() const { return m_after; }
    /// Top to bottom: "All (n)", then the routines.
    QStringList categories() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();

    /// Given to the view at construction: setChart() would leak the default chart.
    QChart* m_chart;
    QHorizontalBarSeries* m_series;
    QBarSet* m_before;
    QBarSet* m_after;
    QBarCategoryAxis* m_categories;
    QValueAxis* m_pain;
};

} // namespace carrywell::ui
