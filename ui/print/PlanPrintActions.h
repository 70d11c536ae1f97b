#pragma once

#include "core/common/Clock.h"
#include "core/content/ContentLibrary.h"
#include "core/plan/WeeklyPlan.h"
#include "ui/print/PlanLayout.h"
#include "ui/settings/SettingsStores.h"

#include <QObject>
#include <optional>

class QAction;
class QActionGroup;
class QPrinter;
class QWidget;

namespace carrywell::ui {

/// The weekly plan's way out of the app: print with a preview (Ctrl+P), save
/// as PDF, and add to a calendar (.ics), in the layout the user chose last
/// (kept by PlanPrintStore: week or days). The actions work on the plan
/// given to setPlan() and are disabled while there is none.
class PlanPrintActions : public QObject
{
    Q_OBJECT

public:
    /// Dialogs open over `parent`'s window. The calendar's event time comes
    /// from the plan preferences.
    PlanPrintActions(const core::ContentLibrary& library, const SettingsStores& settings,
                     const core::Clock& clock, QWidget* parent);

    QAction* printAction() const { return m_print; }
    QAction* saveAsPdfAction() const { return m_savePdf; }
    QAction* exportCalendarAction() const { return m_exportCalendar; }
    /// "Week grid (landscape)" and "Day by day (portrait)": checkable, one checked.
    QActionGroup* layoutActions() const { return m_layouts; }

    /// The plan to print; nullptr disables the actions. The plan is copied,
    /// so call again after it changes.
    void setPlan(const core::WeeklyPlan* plan);
    bool hasPlan() const { return m_plan.has_value(); }

    PlanLayout layout() const { return m_layout; }
    /// Chooses the layout and remembers it.
    void setLayout(PlanLayout layout);

    void print();
    void saveAsPdf();
    void exportCalendar();

    /// The steps after the file dialogs, for tests and scripts: true when
    /// the file was written; a message box says why when it was not.
    bool saveAsPdfTo(const QString& path);
    bool exportCalendarTo(const QString& path);
    /// Paints the plan on `printer` as the preview shows it; the pages used.
    int paintOn(QPrinter* printer) const;

signals:
    void statusMessage(const QString& message);
    void layoutChanged(carrywell::ui::PlanLayout layout);

private:
    QWidget* dialogParent() const;
    QString suggestedPath(const QString& suffix) const;
    void updateEnabled();

    const core::ContentLibrary& m_library;
    PlanPrintStore m_layoutStore;
    core::PlanPreferencesStore m_preferences;
    const core::Clock& m_clock;
    QWidget* m_parent;
    std::optional<core::WeeklyPlan> m_plan;
    PlanLayout m_layout = PlanLayout::WeekGrid;
    QAction* m_print;
    QAction* m_savePdf;
    QAction* m_exportCalendar;
    QActionGroup* m_layouts;
    QAction* m_weekGrid;
    QAction* m_dayByDay;
};

} // namespace carrywell::ui
