#pragma once

#include <QString>
#include <span>

namespace carrywell::ui {

/// The part of the manual page's OPTIONS section an option is described in.
enum class ManSection
{
    General,
    Library,
    Journal,
    Plan,
    Checking,
};

/// One command-line option, declared once: its spelling, its value, the
/// line --help prints and the paragraph of the manual page. The spelling is
/// what scripts type; it never changes.
struct OptionSpec
{
    /// As typed after "--": "data-dir".
    const char* name;
    /// The value's name in --help and the manual ("folder"); null for a switch.
    const char* valueName = nullptr;
    /// The --help line, translated at run time; %1 takes ids() when set.
    const char* help = nullptr;
    ManSection section = ManSection::General;
    /// The manual page's paragraph, in roff.
    const char* man = nullptr;
    /// The accepted ids, for the %1 of help.
    QString (*ids)() = nullptr;
    /// -h for --help: only Qt's own options have one.
    char shortName = 0;
    /// Goes with every command (--data-dir, --content-dir).
    bool shared = false;
    /// The error when given with a command it does not go with (%1: that
    /// command); without it, "--NAME goes with …" names its commands.
    const char* misplaced = nullptr;
    /// --help, --help-all and --version: QCommandLineParser adds them itself.
    bool builtIn = false;
    /// Left out of --help and the manual (--help-man).
    bool hidden = false;
};

/// Every option, in the order --help and the manual page list them.
std::span<const OptionSpec> optionTable();
/// The option spelled `name`, or null.
const OptionSpec* findOption(const QString& name);

/// The option's --help line and value name, in the user's language.
QString helpLine(const OptionSpec& option);
QString valueName(const OptionSpec& option);

} // namespace carrywell::ui
