#pragma once

namespace carrywell::ui {

struct CommandContext;

/// Runs Carrywell for a command line: a terminal command (with no display
/// needed), or the main window. Bad arguments are answered before any window
/// system is touched; then the command's row in the command table says what
/// to set up before it runs. Returns the process exit code.
int runCarrywell(int& argc, char** argv);

/// The window, the command line's default command: runs the window loop
/// until the user quits.
int showWindow(const CommandContext& context);

} // namespace carrywell::ui
