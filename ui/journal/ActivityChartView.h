#pragma once

#include "core/journal/ActivityRating.h"
#include "core/journal/DateRange.h"
#include "ui/journal/FocusChartView.h"

#include <QStringList>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace carrywell::ui {

/// Her activities over the days chosen: one line with dots per activity,
/// 0 (not at all) to 10 (as well as before). Higher is better here, unlike
/// the pain chart, and the axis title says so.
class ActivityChartView : public FocusChartView
{
    Q_OBJECT

public:
    explicit ActivityChartView(QWidget* parent = nullptr);

    /// `activities` orders the lines; ratings of other names (renamed or
    /// removed activities) get lines of their own after them.
    void setData(const core::DateRange& days, const QStringList& activities,
                 const QList<core::ActivityRating>& ratings);
    QList<QLineSeries*> lines() const { return m_lines; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();

    QChart* m_chart;
    QDateTimeAxis* m_time;
    QValueAxis* m_score;
    QList<QLineSeries*> m_lines;
};

} // namespace carrywell::ui
