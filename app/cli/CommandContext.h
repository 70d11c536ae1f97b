#pragma once

#include "cli/CommandLine.h"

class QTextStream;

namespace carrywell::core {
class Clock;
class DataDirectory;
struct ContentLoadReport;
} // namespace carrywell::core

namespace carrywell::ui {

/// What a command of the table gets to run with: what it asked for in its
/// row's needs, and where to write.
struct CommandContext
{
    const CommandLineOptions& options;
    const core::Clock& clock;
    QTextStream& out;
    QTextStream& err;
    /// The exercise library, for a command that needs it (else null).
    const core::ContentLoadReport* content = nullptr;
    /// The data folder, opened, for a command that needs the journal (else null).
    const core::DataDirectory* dataDirectory = nullptr;
};

} // namespace carrywell::ui
