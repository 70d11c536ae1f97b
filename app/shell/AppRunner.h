#pragma once


namespace carrywell::ui {

/// Runs Carrywell for a command line: a terminal command (with no display
/// needed), or the main window. Bad arguments are answered before any window
/// system is touched. Returns the process exit code.
int runCarrywell(int& argc, char** argv);

} // namespace carrywell::ui
