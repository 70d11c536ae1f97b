#pragma once

#include "core/journal/PainChartData.h"
#include "core/vocabulary/Vocabulary.h"
#include "ui/journal/FocusChartView.h"

#include <QHash>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace carrywell::ui {

/// Pain over time: each day's average as dots, the seven-day moving
/// average as a line, one line per body region, and sessions per week as
/// bars on the same time axis (their count on the right-hand axis).
class PainChartView : public FocusChartView
{
    Q_OBJECT

public:
    explicit PainChartView(const QHash<core::Region, QString>& regionNames,
                           QWidget* parent = nullptr);

    void setData(const core::PainChartData& data);
    void setRegionsVisible(bool visible);

    QScatterSeries* dailySeries() const { return m_daily; }
    QLineSeries* averageSeries() const { return m_average; }
    QLineSeries* regionSeries(core::Region region) const { return m_regions.value(region); }
    /// The bars' outline (see core::PainChartPoints::sessionBars), as drawn.
    const QList<QPointF>& sessionBars() const { return m_sessionBars; }
    QDateTimeAxis* timeAxis() const { return m_time; }

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    /// Draws the session bars behind the series: Qt Charts' own area series
    /// takes a quarter of a second per paint for ten years of weekly bars.
    void drawBackground(QPainter* painter, const QRectF& rect) override;

private:
    /// Time along the bottom, pain on the left, sessions a week on the right.
    void setUpAxes();
    /// Sessions, the day's averages, one line per region and the 7-day average.
    void addSeries();
    void applyPalette();
    void updateRegionVisibility();
    void updateTickCount();

    QHash<core::Region, QString> m_regionNames;
    /// Given to the view at construction: setChart() would leak the default chart.
    QChart* m_chart;
    QDateTimeAxis* m_time;
    QValueAxis* m_pain;
    QValueAxis* m_sessionCount;
    QAreaSeries* m_sessions; ///< Empty: gives the bars their legend entry and axis.
    QLineSeries* m_sessionsTop;
    QList<QPointF> m_sessionBars;
    QScatterSeries* m_daily;
    QLineSeries* m_average;
    QHash<core::Region, QLineSeries*> m_regions;
    QHash<core::Region, bool> m_regionHasData;
    bool m_regionsVisible = true;
    qint64 m_dayCount = 28;
};

} // namespace carrywell::ui
