#include "ui/journal/SessionEffectChartView.h"

#include "core/common/LocaleFormat.h"
#include "ui/widgets/PainColors.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QPainter>
#include <QValueAxis>
#include <algorithm>

namespace carrywell::ui {

SessionEffectChartView::SessionEffectChartView(QWidget* parent)
    : FocusChartView(parent), m_chart(chart()), m_series(new QHorizontalBarSeries(m_chart)),
      m_before(new QBarSet(tr("Before"), m_series)), m_after(new QBarSet(tr("After"), m_series)),
      m_categories(new QBarCategoryAxis(m_chart)), m_pain(new QValueAxis(m_chart))
{
    setObjectName(QStringLiteral("sessionEffectChart"));
    setAccessibleName(tr("Pain before and after sessions"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setFrameShape(QFrame::NoFrame);
    // A stop for Tab, so a screen reader reads the chart's summary.
    setFocusPolicy(Qt::StrongFocus);
    // The drawing area is part of the chart, not a second tab stop.
    viewport()->setFocusPolicy(Qt::NoFocus);
    setAccessibleDescription(
        tr("Rate your pain before and after a session to see how sessions help."));
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    // Within a category the first set is drawn lowest: After first puts Before on top.
    m_series->append(m_after);
    m_series->append(m_before);
    m_series->setLabelsVisible(true);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    m_series->setLabelsPrecision(2);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    m_chart->addSeries(m_series);
    m_pain->setRange(0, 10);
    m_pain->setTickCount(6);
    m_pain->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(m_categories, Qt::AlignLeft);
    m_chart->addAxis(m_pain, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_pain);
    applyPalette();
}

QStringList SessionEffectChartView::categories() const
{
    QStringList topDown = m_categories->categories();
    std::reverse(topDown.begin(), topDown.end());
    return topDown;
}

void SessionEffectChartView::setEffect(const core::SessionEffect& effect)
{
    m_before->remove(0, m_before->count());
    m_after->remove(0, m_after->count());
    m_categories->clear();
    if (!effect.averageBefore || !effect.averageAfter) {
        // Short enough for the narrow chart; the full hint is in the description.
        m_chart->setTitle(tr("No rated sessions yet"));
        setAccessibleDescription(
            tr("Rate your pain before and after a session to see how sessions help."));
        setToolTip(accessibleDescription());
        return;
    }
    // Horizontal bars run bottom to top: add the routines last-first so
    // "All sessions" ends on top.
    const QList<core::RoutineEffect> routines = effect.byRoutine.mid(0, maxRoutines);
    QStringList names;
    for (auto it = routines.crbegin(); it != routines.crend(); ++it) {
        names.append(tr("%1 (%2)").arg(it->routineName, core::LocaleFormat::number(it->sessions)));
        m_before->append(it->averageBefore);
        m_after->append(it->averageAfter);
    }
    names.append(tr("All (%1)").arg(core::LocaleFormat::number(effect.sessions)));
    m_before->append(*effect.averageBefore);
    m_after->append(*effect.averageAfter);
    m_categories->append(names);
    const double change = *effect.averageChange();
    m_chart->setTitle(
        change < 0 ? tr("Sessions eased pain by %1").arg(core::LocaleFormat::decimal(-change))
                   : tr("Pain before and after sessions"));
    setAccessibleDescription(tr("%1. Before %2, after %3, over %4 sessions.")
                                 .arg(m_chart->title(),
                                      core::LocaleFormat::decimal(*effect.averageBefore),
                                      core::LocaleFormat::decimal(*effect.averageAfter),
                                      core::LocaleFormat::number(effect.sessions)));
}

void SessionEffectChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void SessionEffectChartView::applyPalette()
{
    const QPalette& pal = palette();
    const QColor text = pal.color(QPalette::Text);
    m_chart->setBackgroundBrush(pal.color(QPalette::Base));
    m_chart->setBackgroundRoundness(6);
    m_chart->setTitleBrush(text);
    m_chart->legend()->setLabelColor(text);
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(90);
    for (QAbstractAxis* axis :
         {static_cast<QAbstractAxis*>(m_categories), static_cast<QAbstractAxis*>(m_pain)}) {
        axis->setLabelsColor(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(pal.color(QPalette::Mid));
    }
    m_before->setColor(PainColors::before());
    // A darker outline keeps the light orange bar 3:1 apart from a white background.
    m_before->setBorderColor(PainColors::before().darker(150));
    m_after->setColor(PainColors::after());
    m_after->setBorderColor(PainColors::after());
    // The labels sit inside the bars, on their light colours, in both themes.
    m_before->setLabelColor(QColor(0x1d, 0x1f, 0x22));
    m_after->setLabelColor(QColor(0x1d, 0x1f, 0x22));
}

} // namespace carrywell::ui
