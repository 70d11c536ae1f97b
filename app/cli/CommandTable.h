#pragma once

#include "cli/CommandLine.h"
#include "cli/OptionTable.h"
#include "core/common/Done.h"

#include <QCommandLineParser>
#include <span>
#include <vector>

namespace carrywell::ui {

struct CommandContext;

/// What a command needs before it runs; the start-up path provides it.
struct CommandNeeds
{
    enum class App
    {
        Core,    ///< QCoreApplication: no display, works over ssh and in scripts.
        Gui,     ///< QGuiApplication for fonts, offscreen unless QT_QPA_PLATFORM says otherwise.
        Widgets, ///< QApplication: windows, and a display.
    };
    App app = App::Core;
    /// The exercise library; read beside Qt's start when the app is Gui or Widgets.
    bool content = false;
    /// The data folder with the journal and settings, opened before it runs.
    bool journal = false;
};

/// An option as a command's synopsis shows it.
struct CommandOption
{
    const char* name;
    /// Its value: <…> for what the user fills in ("<id>[=<score>]"), the rest
    /// as typed ("text|json"); null for a switch.
    const char* syntax = nullptr;
    /// May be given more than once.
    bool repeats = false;
};

/// One command of Carrywell's command line: a row of the table. Adding a
/// command is one row plus its function; --help, the manual page and the
/// README's synopsis come from the rows.
struct CommandSpec
{
    CommandLineOptions::Action action;
    /// The option that asks for it ("list-exercises"); null for the window.
    const char* option;
    /// The command option's value in the synopsis, like CommandOption::syntax.
    const char* syntax = nullptr;
    /// The options that go with it, in synopsis order. Shared options
    /// (--data-dir, --content-dir) go with every command even when not listed.
    std::vector<CommandOption> options{};
    CommandNeeds needs{};
    /// Reads and checks the values of its options; null when there are none to read.
    core::Result<core::Done> (*read)(const QCommandLineParser& parser,
                                     CommandLineOptions& options) = nullptr;
    /// Runs it and returns the exit code: 0 done, 1 could not be done, 2 bad arguments.
    int (*run)(const CommandContext& context) = nullptr;
};

/// Every command, in the order of the synopsis.
std::span<const CommandSpec> commandTable();
/// The row of `action`.
const CommandSpec& commandFor(CommandLineOptions::Action action);
/// Whether `option` may be given with `command`.
bool goesWith(const CommandSpec& command, const OptionSpec& option);

} // namespace carrywell::ui
