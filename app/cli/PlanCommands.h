#pragma once

#include "cli/CommandLine.h"
#include "core/common/Clock.h"
#include "core/content/ContentLibrary.h"

#include <QTextStream>

namespace carrywell::ui {

/// The weekly plan's terminal commands: the printable sheet as a PDF and the
/// plan as a calendar file, for an ISO week (default: this week). Each takes
/// the plan the journal keeps for that week, or makes and saves one from the
/// profile and plan preferences in settings.ini, like "Make my week" does.
/// Returns the exit code: 0 done, 1 could not be done (the journal and the
/// file are as they were).
class PlanCommands
{
public:
    /// --print-plan. Needs a QGuiApplication (fonts), no display.
    static int printPlan(const CommandLineOptions& options, const core::ContentLibrary& library,
                         const core::Clock& clock, QTextStream& out, QTextStream& err);
    /// --export-calendar.
    static int exportCalendar(const CommandLineOptions& options,
                              const core::ContentLibrary& library, const core::Clock& clock,
                              QTextStream& out, QTextStream& err);
};

} // namespace carrywell::ui
