#include "ui/print/PlanPrintActions.h"

#include "core/common/LocaleFormat.h"
#include "core/plan/IsoWeek.h"
#include "core/plan/PlanCalendar.h"
#include "core/plan/PlanPreferences.h"
#include "ui/print/PlanPdf.h"
#include "ui/print/PlanSheet.h"
#include "ui/print/PlanSheetPainter.h"

#include <QAction>
#include <QActionGroup>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolBar>
#include <QUrl>
#include <QWidget>
#include <algorithm>

namespace carrywell::ui {
namespace {

QPageLayout::Orientation orientationFor(PlanLayout layout)
{
    return layout == PlanLayout::WeekGrid ? QPageLayout::Landscape : QPageLayout::Portrait;
}

} // namespace

PlanPrintActions::PlanPrintActions(const core::ContentLibrary& library,
                                   const SettingsStores& settings, const core::Clock& clock,
                                   QWidget* parent)
    : QObject(parent), m_library(library), m_layoutStore(settings.print),
      m_preferences(settings.plan), m_clock(clock), m_parent(parent),
      m_print(new QAction(tr("&Print plan…"), this)),
      m_savePdf(new QAction(tr("Save plan as P&DF…"), this)),
      m_exportCalendar(new QAction(tr("Add plan to &calendar…"), this)),
      m_layouts(new QActionGroup(this)),
      m_weekGrid(new QAction(tr("&Week grid (landscape)"), m_layouts)),
      m_dayByDay(new QAction(tr("&Day by day (portrait)"), m_layouts))
{
    m_print->setObjectName(QStringLiteral("printPlanAction"));
    m_savePdf->setObjectName(QStringLiteral("savePlanPdfAction"));
    m_exportCalendar->setObjectName(QStringLiteral("exportPlanCalendarAction"));
    m_weekGrid->setObjectName(QStringLiteral("planLayoutWeekAction"));
    m_dayByDay->setObjectName(QStringLiteral("planLayoutDaysAction"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(tr("Print the week's plan to pin up, with a preview first"));
    m_savePdf->setToolTip(tr("Save the week's plan as a PDF to print later or share"));
    m_exportCalendar->setToolTip(
        tr("Save the week's exercise days as a calendar file (.ics) for your calendar app"));
    m_weekGrid->setToolTip(tr("The seven days side by side on a landscape page"));
    m_dayByDay->setToolTip(tr("One day under another on a portrait page"));
    for (QAction* choice : {m_weekGrid, m_dayByDay})
        choice->setCheckable(true);

    m_layout = m_layoutStore.load();
    (m_layout == PlanLayout::WeekGrid ? m_weekGrid : m_dayByDay)->setChecked(true);

    connect(m_print, &QAction::triggered, this, &PlanPrintActions::print);
    connect(m_savePdf, &QAction::triggered, this, &PlanPrintActions::saveAsPdf);
    connect(m_exportCalendar, &QAction::triggered, this, &PlanPrintActions::exportCalendar);
    connect(m_weekGrid, &QAction::triggered, this, [this] { setLayout(PlanLayout::WeekGrid); });
    connect(m_dayByDay, &QAction::triggered, this, [this] { setLayout(PlanLayout::DayByDay); });
    updateEnabled();
}

void PlanPrintActions::setPlan(const core::WeeklyPlan* plan)
{
    if (plan)
        m_plan = *plan;
    else
        m_plan.reset();
    updateEnabled();
}

void PlanPrintActions::updateEnabled()
{
    for (QAction* action : {m_print, m_savePdf, m_exportCalendar})
        action->setEnabled(m_plan.has_value());
}

void PlanPrintActions::setLayout(PlanLayout layout)
{
    (layout == PlanLayout::WeekGrid ? m_weekGrid : m_dayByDay)->setChecked(true);
    if (layout == m_layout)
        return;
    m_layout = layout;
    m_layoutStore.save(layout);
    emit layoutChanged(layout);
}

QWidget* PlanPrintActions::dialogParent() const
{
    return m_parent ? m_parent->window() : nullptr;
}

QString PlanPrintActions::suggestedPath(const QString& suffix) const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString week = m_plan ? core::IsoWeek::format(m_plan->weekStart) : QString();
    return QDir(folder).filePath(QStringLiteral("carrywell-plan-%1.%2").arg(week, suffix));
}

int PlanPrintActions::paintOn(QPrinter* printer) const
{
    if (!m_plan || !printer)
        return 0;
    return PlanSheetPainter::paint(*printer, *m_plan, m_library, m_layout);
}

void PlanPrintActions::print()
{
    if (!m_plan)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(planPageLayout(m_layout, planPageSize(QLocale())));
    printer.setDocName(
        tr("%1, %2").arg(PlanSheet::title(), PlanSheet::dateRange(m_plan->weekStart)));
    QPrintPreviewDialog preview(&printer, dialogParent());
    preview.setObjectName(QStringLiteral("planPrintPreview"));
    preview.setWindowTitle(tr("Print your plan"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter* target) { paintOn(target); });
    // The layout can be changed while looking at it; the page turns with it.
    auto* view = preview.findChild<QPrintPreviewWidget*>();
    if (auto* toolbar = preview.findChild<QToolBar*>()) {
        toolbar->addSeparator();
        toolbar->addActions(m_layouts->actions());
    }
    const QMetaObject::Connection relayout =
        connect(this, &PlanPrintActions::layoutChanged, &preview, [view](PlanLayout layout) {
            if (view)
                view->setOrientation(orientationFor(layout));
        });
    const int result = preview.exec();
    disconnect(relayout);
    if (result == QDialog::Accepted)
        emit statusMessage(tr("The plan was sent to the printer."));
}

void PlanPrintActions::saveAsPdf()
{
    if (!m_plan)
        return;
    QString path =
        QFileDialog::getSaveFileName(dialogParent(), tr("Save the plan as PDF"),
                                     suggestedPath(QStringLiteral("pdf")), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".pdf");
    if (!saveAsPdfTo(path))
        return;
    QMessageBox done(QMessageBox::Information, tr("Plan saved"),
                     tr("The plan is in %1.").arg(QDir::toNativeSeparators(path)),
                     QMessageBox::Close, dialogParent());
    QPushButton* open = done.addButton(tr("Open it"), QMessageBox::AcceptRole);
    done.exec();
    if (done.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

bool PlanPrintActions::saveAsPdfTo(const QString& path)
{
    if (!m_plan)
        return false;
    const core::Result<core::Done> written =
        PlanPdf::write(path, *m_plan, m_library, m_layout, planPageSize(QLocale()));
    if (!written) {
        QMessageBox::warning(dialogParent(), tr("The plan was not saved"), written.error());
        return false;
    }
    emit statusMessage(tr("Saved the plan to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void PlanPrintActions::exportCalendar()
{
    if (!m_plan)
        return;
    QString path = QFileDialog::getSaveFileName(dialogParent(), tr("Add the plan to your calendar"),
                                                suggestedPath(QStringLiteral("ics")),
                                                tr("Calendar file (*.ics)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(QLatin1String("ics"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".ics");
    exportCalendarTo(path);
}

bool PlanPrintActions::exportCalendarTo(const QString& path)
{
    if (!m_plan)
        return false;
    const QTime time = m_preferences.load().sessionTime;
    const core::Result<core::Done> written = core::PlanCalendar::save(
        path, core::PlanCalendar::toIcs(*m_plan, m_library, time, m_clock.now()));
    if (!written) {
        QMessageBox::warning(dialogParent(), tr("The calendar file was not saved"),
                             written.error());
        return false;
    }
    const auto days = std::count_if(m_plan->days.cbegin(), m_plan->days.cend(),
                                    [](const core::PlanDay& day) { return !day.rest; });
    emit statusMessage(tr("Saved the plan's exercise days (%1 of 7, at %2) to %3. Open the file "
                          "with your calendar app to add them.")
                           .arg(core::LocaleFormat::number(days), core::LocaleFormat::time(time),
                                QDir::toNativeSeparators(path)));
    return true;
}

} // namespace carrywell::ui
