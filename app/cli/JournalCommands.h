#pragma once

namespace carrywell::ui {

struct CommandContext;

/// The journal's terminal commands. Each opens the journal in the data
/// folder (CommandContext::dataDirectory), does one thing and returns the
/// exit code: 0 done, 1 could not be done (nothing changed), 2 bad arguments
/// (nothing changed).
class JournalCommands
{
public:
    static int logPain(const CommandContext& context);
    static int exportJournal(const CommandContext& context);
    static int importJournal(const CommandContext& context);
    /// Needs a QGuiApplication (fonts), no display, and the exercise library.
    static int report(const CommandContext& context);
};

} // namespace carrywell::ui
