#include "ui/journal/ReportChartPainter.h"

#include "core/common/LocaleFormat.h"
#include "core/common/Translate.h"
#include "ui/widgets/PainColors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

CARRYWELL_TR_CONTEXT(carrywell::ui::ReportChartPainter);

namespace carrywell::ui {
namespace {

QString dateLabel(const QDate& day, qint64 days)
{
    return days <= 62 ? core::LocaleFormat::dayAndMonth(day)
                      : core::LocaleFormat::monthAndYear(day);
}

} // namespace

void ReportChartPainter::paint(QPainter& painter, const QRectF& bounds,
                               const core::PainChartData& data)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal line = metrics.height();
    const QColor text(0x30, 0x33, 0x38);
    const QColor grid(0xd8, 0xd8, 0xd4);

    // Legend on top, labels left (pain), right (sessions) and below (dates).
    const QRectF plot =
        bounds.adjusted(metrics.horizontalAdvance(QStringLiteral("10")) + line, line * 1.8,
                        -(metrics.horizontalAdvance(QStringLiteral("10")) + line), -line * 1.6);
    const core::PainChartPoints::Bucket bucket = core::PainChartPoints::bucket(data.days);
    const qreal x0 = core::PainChartPoints::x(data.days.first) - 12.0 * 3600 * 1000;
    const qreal x1 = core::PainChartPoints::x(data.days.last) + 12.0 * 3600 * 1000;
    const int sessionMax = core::PainChartPoints::sessionScale(data.weeks);
    auto mapX = [&](qreal x) { return plot.left() + (x - x0) / (x1 - x0) * plot.width(); };
    auto mapPain = [&](qreal y) { return plot.bottom() - y / 10.0 * plot.height(); };
    auto mapSessions = [&](qreal y) { return plot.bottom() - y / sessionMax * plot.height(); };

    // Grid and pain scale.
    painter.setPen(QPen(grid, 0));
    for (int score = 0; score <= 10; score += 2) {
        const qreal y = mapPain(score);
        painter.setPen(QPen(grid, line / 14));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(text);
        painter.drawText(
            QRectF(bounds.left(), y - line / 2, plot.left() - bounds.left() - line / 3, line),
            Qt::AlignRight | Qt::AlignVCenter, core::LocaleFormat::number(score));
    }
    // Session scale on the right.
    for (int count = 0; count <= sessionMax;
         count += sessionMax == 7 ? 1 : std::max(1, sessionMax / 5)) {
        const qreal y = mapSessions(count);
        painter.drawText(QRectF(plot.right() + line / 3, y - line / 2, line * 2, line),
                         Qt::AlignLeft | Qt::AlignVCenter, core::LocaleFormat::number(count));
    }

    // Sessions per week as bars (each bar is four outline points).
    const QList<QPointF> bars = core::PainChartPoints::sessionBars(data.weeks, bucket);
    painter.setPen(Qt::NoPen);
    painter.setBrush(PainColors::sessions());
    for (qsizetype i = 0; i + 3 < bars.size(); i += 4) {
        const QRectF bar(QPointF(mapX(bars[i].x()), mapSessions(bars[i + 1].y())),
                         QPointF(mapX(bars[i + 2].x()), mapSessions(0)));
        painter.drawRect(bar.intersected(plot));
    }

    // Daily (or weekly) averages as dots, the moving average as a line.
    painter.setBrush(PainColors::daily());
    painter.setPen(QPen(PainColors::daily().darker(120), line / 20));
    const qreal dot = std::clamp(plot.width() / 160.0, line / 6, line / 3);
    for (const QPointF& point : core::PainChartPoints::daily(data.daily, bucket))
        painter.drawEllipse(QPointF(mapX(point.x()), mapPain(point.y())), dot, dot);
    const QList<QPointF> moving = core::PainChartPoints::moving(data.moving, bucket);
    if (!moving.isEmpty()) {
        QPainterPath path(QPointF(mapX(moving.first().x()), mapPain(moving.first().y())));
        for (const QPointF& point : moving)
            path.lineTo(mapX(point.x()), mapPain(point.y()));
        painter.setBrush(Qt::NoBrush);
        painter.setPen(
            QPen(PainColors::average(), line / 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(path);
    }

    // Frame and dates.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(text, line / 16));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    const qint64 days = data.days.dayCount();
    const int ticks = int(std::min<qint64>(days, 6));
    for (int i = 0; i < ticks; ++i) {
        const QDate day = data.days.first.addDays(ticks == 1 ? 0 : i * (days - 1) / (ticks - 1));
        const qreal x = mapX(core::PainChartPoints::x(day));
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + line / 4));
        const QString label = dateLabel(day, days);
        const qreal width = metrics.horizontalAdvance(label) + line;
        const qreal left = std::clamp(x - width / 2, bounds.left(), bounds.right() - width);
        painter.drawText(QRectF(left, plot.bottom() + line / 4, width, line), Qt::AlignCenter,
                         label);
    }

    // Legend.
    qreal legendX = plot.left();
    const qreal legendY = bounds.top() + line * 0.2;
    auto legend = [&](const QString& label, auto&& swatch) {
        swatch(QRectF(legendX, legendY + line * 0.2, line * 1.2, line * 0.6));
        painter.setPen(text);
        painter.drawText(QPointF(legendX + line * 1.5, legendY + metrics.ascent()), label);
        legendX += line * 2.5 + metrics.horizontalAdvance(label);
    };
    legend(core::PainChartPoints::averageName(bucket), [&](const QRectF& r) {
        painter.setBrush(PainColors::daily());
        painter.setPen(QPen(PainColors::daily().darker(120), line / 20));
        painter.drawEllipse(r.center(), dot, dot);
    });
    legend(tr("7-day average"), [&](const QRectF& r) {
        painter.setPen(QPen(PainColors::average(), line / 6, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
    });
    legend(tr("Sessions per week (right scale)"), [&](const QRectF& r) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(PainColors::sessions());
        painter.drawRect(r);
    });
    painter.restore();
}

} // namespace carrywell::ui
