#pragma once

#include "core/journal/ActivityRating.h"
#include "core/journal/DateRange.h"

#include <QWidget>

class QLabel;

namespace carrywell::ui {

class ActivityChartView;

/// The Journal page's "My activities": each activity's line over the days
/// chosen, and under it each one from its first to its last rating with
/// whether the change is clear (core::MeaningfulChange).
class ActivityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityPanel(QWidget* parent = nullptr);

    void setData(const core::DateRange& days, const QStringList& activities,
                 const QList<core::ActivityRating>& ratings);

    ActivityChartView* chart() const { return m_chart; }
    /// The lines under the chart, or what to do when there is nothing to show.
    QLabel* summary() const { return m_summary; }

private:
    ActivityChartView* m_chart;
    QLabel* m_summary;
};

} // namespace carrywell::ui
