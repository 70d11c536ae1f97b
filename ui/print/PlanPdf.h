#pragma once

#include "core/common/Done.h"
#include "core/common/Result.h"
#include "core/content/ContentLibrary.h"
#include "core/plan/WeeklyPlan.h"
#include "ui/print/PlanLayout.h"

#include <QPageSize>

namespace carrywell::ui {

/// Writes a weekly plan's printable sheet as a PDF, fonts embedded, with
/// only QGuiApplication (the command line needs no display).
class PlanPdf
{
public:
    /// Writes atomically: `path` ends up holding the whole sheet, or is left
    /// as it was. The page is `pageSize` turned the way `layout` wants.
    static core::Result<core::Done> write(const QString& path, const core::WeeklyPlan& plan,
                                          const core::ContentLibrary& library, PlanLayout layout,
                                          const QPageSize& pageSize);
};

} // namespace carrywell::ui
