#pragma once

#include "cli/CommandLine.h"
#include "core/common/Clock.h"
#include "core/content/ContentLibrary.h"

#include <QTextStream>

namespace carrywell::ui {

/// The journal's terminal commands. Each opens the journal in the data
/// folder, does one thing and returns the exit code: 0 done, 1 could not be
/// done (nothing changed), 2 bad arguments (nothing changed).
class JournalCommands
{
public:
    static int logPain(const CommandLineOptions& options, const core::Clock& clock,
                       QTextStream& out, QTextStream& err);
    static int exportJournal(const CommandLineOptions& options, const core::Clock& clock,
                             QTextStream& out, QTextStream& err);
    static int importJournal(const CommandLineOptions& options, const core::Clock& clock,
                             QTextStream& out, QTextStream& err);
    /// Needs a QGuiApplication (fonts), no display.
    static int report(const CommandLineOptions& options, const core::ContentLibrary& library,
                      const core::Clock& clock, QTextStream& out, QTextStream& err);
};

} // namespace carrywell::ui
