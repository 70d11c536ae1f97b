#pragma once

#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <optional>

class QLocale;

namespace carrywell::ui {

/// How a printed weekly plan is laid out.
enum class PlanLayout
{
    WeekGrid, ///< Landscape: the seven days side by side.
    DayByDay, ///< Portrait: one band per day, top to bottom.
};

/// "week" or "days", as the command line and settings spell them.
QString toId(PlanLayout layout);
std::optional<PlanLayout> planLayoutFromId(const QString& id);

/// A4, or Letter where the locale measures in US units.
QPageSize planPageSize(const QLocale& locale);
/// The page for a layout: landscape for the week grid, portrait for days,
/// with margins every home printer can print.
QPageLayout planPageLayout(PlanLayout layout, const QPageSize& size);

} // namespace carrywell::ui
