#include "ui/print/PlanPdf.h"

#include "ui/print/PlanSheet.h"
#include "ui/print/PlanSheetPainter.h"

#include <QCoreApplication>
#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

namespace carrywell::ui {
namespace {

// A class context lupdate can see, so the .ts file and the lookup at run time agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(carrywell::ui::PlanPdf)
};

} // namespace

core::Result<core::Done> PlanPdf::write(const QString& path, const core::WeeklyPlan& plan,
                                        const core::ContentLibrary& library, PlanLayout layout,
                                        const QPageSize& pageSize)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return core::Error{Tr::tr("Carrywell could not write the plan to “%1” (%2). Choose another "
                                  "place.")
                                   .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    const PlanSheet sheet = PlanSheet::from(plan, library);
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(planPageLayout(layout, pageSize));
        writer.setResolution(600);
        writer.setTitle(
            Tr::tr("%1, %2").arg(PlanSheet::title(), PlanSheet::dateRange(sheet.weekStart)));
        writer.setCreator(QStringLiteral("Carrywell"));
        pages = PlanSheetPainter::paint(writer, sheet, layout);
    }
    if (pages == 0) {
        file.cancelWriting();
        return core::Error{
            Tr::tr("Carrywell could not draw the plan into “%1”. Nothing was saved there.")
                    .arg(QDir::toNativeSeparators(path))};
    }
    if (!file.commit()) {
        return core::Error{
            Tr::tr("Carrywell could not finish writing the plan to “%1” (%2). Nothing "
                   "was saved there.")
                .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return core::Done{};
}

} // namespace carrywell::ui
