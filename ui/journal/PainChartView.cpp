#include "ui/journal/PainChartView.h"

#include "core/common/LocaleFormat.h"
#include "ui/widgets/PainColors.h"

#include <QAreaSeries>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>

namespace carrywell::ui {
namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor forTheme(QColor colour, bool dark)
{
    return dark ? colour.lighter(135) : colour;
}

/// `weight` of `colour` and the rest of `background`, opaque.
QColor mix(const QColor& colour, const QColor& background, double weight)
{
    return QColor::fromRgbF(float(colour.redF() * weight + background.redF() * (1 - weight)),
                            float(colour.greenF() * weight + background.greenF() * (1 - weight)),
                            float(colour.blueF() * weight + background.blueF() * (1 - weight)));
}

} // namespace

PainChartView::PainChartView(const QHash<core::Region, QString>& regionNames, QWidget* parent)
    : FocusChartView(parent), m_regionNames(regionNames), m_chart(chart()),
      m_time(new QDateTimeAxis(m_chart)), m_pain(new QValueAxis(m_chart)),
      m_sessionCount(new QValueAxis(m_chart)), m_sessionsTop(new QLineSeries(m_chart)),
      m_daily(new QScatterSeries(m_chart)), m_average(new QLineSeries(m_chart))
{
    setObjectName(QStringLiteral("painChart"));
    setAccessibleName(tr("Pain over time"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    setFrameShape(QFrame::NoFrame);
    // A stop for Tab, so a screen reader reads the chart's summary.
    setFocusPolicy(Qt::StrongFocus);
    // The drawing area is part of the chart, not a second tab stop.
    viewport()->setFocusPolicy(Qt::NoFocus);
    setAccessibleDescription(tr("No check-ins in these days."));
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    // On the right, one series a line: names stay whole however many regions.
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setAnimationOptions(QChart::NoAnimation);

    setUpAxes();
    addSeries();
    applyPalette();
}

void PainChartView::setUpAxes()
{
    m_pain->setRange(0, 10);
    m_pain->setTickCount(6);
    m_pain->setLabelFormat(QStringLiteral("%d"));
    m_pain->setTitleText(tr("Pain (0–10)"));
    m_sessionCount->setLabelFormat(QStringLiteral("%d"));
    m_sessionCount->setTitleText(tr("Sessions a week"));
    m_sessionCount->setGridLineVisible(false);
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_pain, Qt::AlignLeft);
    m_chart->addAxis(m_sessionCount, Qt::AlignRight);
}

void PainChartView::addSeries()
{
    m_sessions = new QAreaSeries(m_sessionsTop);
    m_sessions->setName(tr("Sessions a week"));
    m_chart->addSeries(m_sessions);
    m_sessions->attachAxis(m_time);
    m_sessions->attachAxis(m_sessionCount);

    m_daily->setName(tr("Day’s average"));
    m_daily->setMarkerSize(7);
    m_chart->addSeries(m_daily);
    m_daily->attachAxis(m_time);
    m_daily->attachAxis(m_pain);

    int index = 0;
    for (const core::Region region : core::allValues<core::Region>()) {
        auto* series = new QLineSeries(m_chart);
        series->setName(m_regionNames.value(region, core::toId(region)));
        m_chart->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_pain);
        series->setProperty("regionIndex", index++);
        m_regions.insert(region, series);
    }

    m_average->setName(tr("7-day average"));
    m_chart->addSeries(m_average);
    m_average->attachAxis(m_time);
    m_average->attachAxis(m_pain);
}

void PainChartView::setData(const core::PainChartData& data)
{
    const core::PainChartPoints::Bucket bucket = core::PainChartPoints::bucket(data.days);
    m_time->setRange(QDateTime(data.days.first, QTime(0, 0)),
                     QDateTime(data.days.last, QTime(23, 59)));
    const qint64 dayCount = data.days.dayCount();
    // Month and year beyond two months: ticks fall evenly in time, not on
    // New Year, so a bare year would mislead.
    m_time->setFormat(dayCount <= 62 ? core::LocaleFormat::dayAndMonthPattern()
                                     : core::LocaleFormat::monthAndYearPattern());
    m_dayCount = dayCount;
    updateTickCount();
    m_daily->setName(core::PainChartPoints::averageName(bucket));
    m_daily->replace(core::PainChartPoints::daily(data.daily, bucket));
    m_average->replace(core::PainChartPoints::moving(data.moving, bucket));

    for (auto it = m_regions.begin(); it != m_regions.end(); ++it) {
        m_regionHasData.insert(it.key(), false);
        it.value()->clear();
    }
    for (const core::RegionTrend& trend : data.regions) {
        if (QLineSeries* series = m_regions.value(trend.region)) {
            series->replace(core::PainChartPoints::region(trend, bucket));
            m_regionHasData.insert(trend.region, !trend.days.isEmpty());
        }
    }
    m_sessionBars = core::PainChartPoints::sessionBars(data.weeks, bucket);
    m_sessions->setName(bucket == core::PainChartPoints::Bucket::Month
                            ? tr("Sessions a week (monthly)")
                            : tr("Sessions a week"));
    const int scale = core::PainChartPoints::sessionScale(data.weeks);
    m_sessionCount->setRange(0, scale);
    m_sessionCount->setTickCount(scale == 7 ? 8 : 6);
    updateRegionVisibility();
    viewport()->update(); // the bars are background, which the scene does not track

    double sum = 0;
    for (const core::DailyAverage& day : data.daily)
        sum += day.average;
    setAccessibleDescription(
        data.daily.isEmpty()
            ? tr("No check-ins in these days.")
            : tr("%1 days with check-ins from %2 to %3, average pain %4.")
                  .arg(core::LocaleFormat::number(data.daily.size()),
                       core::LocaleFormat::dayWithWeekday(data.days.first),
                       core::LocaleFormat::dayWithWeekday(data.days.last),
                       core::LocaleFormat::decimal(sum / double(data.daily.size()))));
}

void PainChartView::setRegionsVisible(bool visible)
{
    m_regionsVisible = visible;
    updateRegionVisibility();
}

void PainChartView::updateRegionVisibility()
{
    for (auto it = m_regions.begin(); it != m_regions.end(); ++it) {
        const bool shown = m_regionsVisible && m_regionHasData.value(it.key());
        it.value()->setVisible(shown);
        // Hidden series keep no legend entry, so the legend lists what is drawn.
        for (QLegendMarker* marker : m_chart->legend()->markers(it.value()))
            marker->setVisible(shown);
    }
    const bool anySessions = !m_sessionBars.isEmpty();
    for (QLegendMarker* marker : m_chart->legend()->markers(m_sessions))
        marker->setVisible(anySessions);
}

void PainChartView::drawBackground(QPainter* painter, const QRectF& rect)
{
    const QColor base = palette().color(QPalette::Base);
    painter->fillRect(rect, base);
    if (m_sessionBars.isEmpty())
        return;
    painter->save();
    const QRectF plot = m_chart->mapRectToScene(m_chart->plotArea());
    painter->setClipRect(plot.intersected(rect));
    // Opaque and pixel-aligned: translucent, antialiased bars cost a lot to
    // repaint with ten years of weeks.
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(mix(PainColors::sessions(), base, PainColors::sessions().alphaF()));
    for (qsizetype i = 0; i + 3 < m_sessionBars.size(); i += 4) {
        const QPointF top =
            m_chart->mapToScene(m_chart->mapToPosition(m_sessionBars.at(i + 1), m_sessions));
        const QPointF bottom =
            m_chart->mapToScene(m_chart->mapToPosition(m_sessionBars.at(i + 3), m_sessions));
        const QRectF bar = QRectF(top, bottom).normalized();
        if (bar.intersects(rect))
            painter->drawRect(bar.toAlignedRect());
    }
    painter->restore();
}

void PainChartView::updateTickCount()
{
    // As many dates as fit whole ("Nov 2016" needs about 90 pixels).
    const double plotWidth =
        m_chart->plotArea().width() > 0 ? m_chart->plotArea().width() : width() * 0.6;
    const int fit = std::clamp(int(plotWidth / (m_dayCount <= 62 ? 70 : 95)), 2, 7);
    m_time->setTickCount(m_dayCount <= 7 ? std::clamp(int(m_dayCount), 2, fit) : fit);
}

void PainChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    updateTickCount();
}

void PainChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void PainChartView::applyPalette()
{
    const QPalette& pal = palette();
    const bool dark = isDark(pal);
    // The view paints the background itself, with the session bars on it.
    m_chart->setBackgroundVisible(false);
    const QColor text = pal.color(QPalette::Text);
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(90);
    for (QAbstractAxis* axis :
         {static_cast<QAbstractAxis*>(m_time), static_cast<QAbstractAxis*>(m_pain),
          static_cast<QAbstractAxis*>(m_sessionCount)}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(pal.color(QPalette::Mid));
    }
    m_chart->legend()->setLabelColor(text);

    m_sessions->setColor(PainColors::sessions());
    m_sessions->setBorderColor(Qt::transparent);
    QPen daily(forTheme(PainColors::daily(), dark));
    m_daily->setColor(forTheme(PainColors::daily(), dark));
    m_daily->setBorderColor(forTheme(PainColors::daily(), dark).darker(115));
    m_daily->setPen(daily);
    m_average->setPen(QPen(forTheme(PainColors::average(), dark), 3));
    for (QLineSeries* series : std::as_const(m_regions)) {
        // Softened by mixing with the background, not by transparency: a
        // translucent pen costs ten times as much to draw over ten years.
        // Only on dark: on white a softened line falls below 3:1.
        const QColor colour =
            mix(forTheme(PainColors::forRegion(series->property("regionIndex").toInt()), dark),
                pal.color(QPalette::Base), dark ? 0.75 : 1.0);
        series->setPen(QPen(colour, 1.5));
    }
}

} // namespace carrywell::ui
