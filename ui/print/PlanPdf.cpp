#include "ui/print/PlanPdf.h"

#include "core/common/AtomicFile.h"
#include "core/common/PathDisplay.h"
#include "core/common/Translate.h"
#include "ui/print/PlanSheet.h"
#include "ui/print/PlanSheetPainter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>

CARRYWELL_TR_CONTEXT(carrywell::ui::PlanPdf);

namespace carrywell::ui {
core::Result<core::Done> PlanPdf::write(const QString& path, const core::WeeklyPlan& plan,
                                        const core::ContentLibrary& library, PlanLayout layout,
                                        const QPageSize& pageSize)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    const PlanSheet sheet = PlanSheet::from(plan, library);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(planPageLayout(layout, pageSize));
        writer.setResolution(600);
        writer.setTitle(
            tr("%1, %2").arg(PlanSheet::title(), PlanSheet::dateRange(sheet.weekStart)));
        writer.setCreator(QStringLiteral("Carrywell"));
        pages = PlanSheetPainter::paint(writer, sheet, layout);
    }
    if (pages == 0) {
        return core::Error{
            tr("Carrywell could not draw the plan into “%1”. Nothing was saved there.")
                .arg(core::shownPath(path))};
    }
    return core::AtomicFile::write(
        path, pdf, tr("Carrywell could not write the plan to “%1” (%2). Choose another place."));
}

} // namespace carrywell::ui
