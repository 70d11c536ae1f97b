#include "ui/print/PlanLayout.h"

#include <QLocale>
#include <QMarginsF>

namespace carrywell::ui {

QString toId(PlanLayout layout)
{
    switch (layout) {
    case PlanLayout::WeekGrid:
        return QStringLiteral("week");
    case PlanLayout::DayByDay:
        return QStringLiteral("days");
    }
    return {};
}

std::optional<PlanLayout> planLayoutFromId(const QString& id)
{
    for (const PlanLayout layout : {PlanLayout::WeekGrid, PlanLayout::DayByDay}) {
        if (toId(layout) == id)
            return layout;
    }
    return std::nullopt;
}

QPageSize planPageSize(const QLocale& locale)
{
    return QPageSize(locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                             : QPageSize::A4);
}

QPageLayout planPageLayout(PlanLayout layout, const QPageSize& size)
{
    // 12 mm: inside what inkjet and laser printers leave blank at the edges.
    const qreal margin = 12;
    return QPageLayout(
        size, layout == PlanLayout::WeekGrid ? QPageLayout::Landscape : QPageLayout::Portrait,
        QMarginsF(margin, margin, margin, margin), QPageLayout::Millimeter);
}

} // namespace carrywell::ui
