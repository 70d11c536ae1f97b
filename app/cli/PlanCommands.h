#pragma once

namespace carrywell::ui {

struct CommandContext;

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
    static int printPlan(const CommandContext& context);
    /// --export-calendar.
    static int exportCalendar(const CommandContext& context);
};

} // namespace carrywell::ui
