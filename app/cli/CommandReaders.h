#pragma once

#include "cli/CommandLine.h"
#include "core/common/Done.h"

#include <QCommandLineParser>

namespace carrywell::ui {

/// Reads and checks the values of each command's options into
/// CommandLineOptions, one function per row of the command table. Each error
/// names the option, the value and what it accepts.
class CommandReaders
{
public:
    using Read = core::Result<core::Done>;

    static Read window(const QCommandLineParser& parser, CommandLineOptions& options);
    static Read listExercises(const QCommandLineParser& parser, CommandLineOptions& options);
    static Read listRoutines(const QCommandLineParser& parser, CommandLineOptions& options);
    static Read renderIllustrations(const QCommandLineParser& parser, CommandLineOptions& options);
    static Read logPain(const QCommandLineParser& parser, CommandLineOptions& options);
    static Read rateActivity(const QCommandLineParser& parser, CommandLineOptions& options);
    static Read listActivities(const QCommandLineParser& parser, CommandLineOptions& options);
    static Read exportJournal(const QCommandLineParser& parser, CommandLineOptions& options);
    static Read importJournal(const QCommandLineParser& parser, CommandLineOptions& options);
    static Read journalReport(const QCommandLineParser& parser, CommandLineOptions& options);
    static Read printPlan(const QCommandLineParser& parser, CommandLineOptions& options);
    static Read exportCalendar(const QCommandLineParser& parser, CommandLineOptions& options);
};

} // namespace carrywell::ui
