#pragma once

#include "common/Result.h"
#include "content/Vocabulary.h"

#include <QStringList>

#include <optional>

namespace carrywell::ui {

/// What the user asked for on the command line.
struct CommandLineOptions
{
    enum class Action
    {
        ShowWindow,
        ShowHelp,
        ShowVersion,
        ListExercises,
        RenderIllustrations,
    };
    enum class Format
    {
        Text,
        Json,
    };

    Action action = Action::ShowWindow;
    Format format = Format::Text;
    std::optional<core::Region> region;
    QString dataDir;
    QString contentDir;
    QString renderDir;
    QString helpText;
};

/// Parses Carrywell's command line (QCommandLineParser); bad arguments give
/// an error message that names the problem and the accepted values.
class CommandLine
{
public:
    static core::Result<CommandLineOptions> parse(const QStringList& arguments);
};

} // namespace carrywell::ui
