#include "ui/journal/ActivityChartView.h"

#include "core/common/LocaleFormat.h"
#include "ui/widgets/PainColors.h"

#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace carrywell::ui {

ActivityChartView::ActivityChartView(QWidget* parent)
    : FocusChartView(parent), m_chart(chart()), m_time(new QDateTimeAxis(m_chart)),
      m_score(new QValueAxis(m_chart))
{
    setObjectName(QStringLiteral("activityChart"));
    setAccessibleName(tr("My activities over time"));
    setAccessibleDescription(tr("No activities rated in these days."));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setFocusPolicy(Qt::NoFocus);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setAnimationOptions(QChart::NoAnimation);

    m_score->setRange(0, 10);
    m_score->setTickCount(6);
    m_score->setLabelFormat(QStringLiteral("%d"));
    m_score->setTitleText(tr("How well (0–10, higher is better)"));
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_score, Qt::AlignLeft);
    applyPalette();
}

void ActivityChartView::setData(const core::DateRange& days, const QStringList& activities,
                                const QList<core::ActivityRating>& ratings)
{
    for (QLineSeries* line : std::as_const(m_lines)) {
        m_chart->removeSeries(line);
        delete line;
    }
    m_lines.clear();

    QStringList names = activities;
    for (const core::ActivityRating& rating : ratings) {
        const bool known = std::any_of(names.begin(), names.end(), [&](const QString& name) {
            return name.compare(rating.activity, Qt::CaseInsensitive) == 0;
        });
        if (!known)
            names.append(rating.activity);
    }
    int rated = 0;
    for (const QString& name : std::as_const(names)) {
        auto* line = new QLineSeries(m_chart);
        line->setName(name);
        line->setPointsVisible(true);
        for (const core::ActivityRating& rating : ratings) {
            if (rating.activity.compare(name, Qt::CaseInsensitive) == 0)
                line->append(double(rating.ratedAt.toMSecsSinceEpoch()), rating.score);
        }
        if (line->count() > 0)
            ++rated;
        m_chart->addSeries(line);
        line->attachAxis(m_time);
        line->attachAxis(m_score);
        m_lines.append(line);
    }
    m_time->setRange(QDateTime(days.first, QTime(0, 0)), QDateTime(days.last, QTime(23, 59)));
    m_time->setFormat(days.dayCount() <= 62 ? core::LocaleFormat::dayAndMonthPattern()
                                            : core::LocaleFormat::monthAndYearPattern());
    m_time->setTickCount(int(std::clamp<qint64>(days.dayCount(), 2, 6)));
    applyPalette();
    setAccessibleDescription(ratings.isEmpty()
                                 ? tr("No activities rated in these days.")
                                 : tr("%1 ratings of %2 activities from %3 to %4.")
                                       .arg(core::LocaleFormat::number(ratings.size()),
                                            core::LocaleFormat::number(rated),
                                            core::LocaleFormat::dayWithWeekday(days.first),
                                            core::LocaleFormat::dayWithWeekday(days.last)));
}

void ActivityChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void ActivityChartView::applyPalette()
{
    const QPalette& pal = palette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    m_chart->setBackgroundBrush(pal.color(QPalette::Base));
    m_chart->setBackgroundPen(Qt::NoPen);
    const QColor text = pal.color(QPalette::Text);
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(90);
    for (QAbstractAxis* axis :
         {static_cast<QAbstractAxis*>(m_time), static_cast<QAbstractAxis*>(m_score)}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(pal.color(QPalette::Mid));
    }
    m_chart->legend()->setLabelColor(text);
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const QColor colour = PainColors::forRegion(int(i));
        m_lines[i]->setPen(QPen(dark ? colour.lighter(135) : colour, 2.5));
    }
}

} // namespace carrywell::ui
