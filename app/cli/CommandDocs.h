#pragma once

#include <QString>

namespace carrywell::ui {

/// The command line's documentation, made from the option and command
/// tables: the synopsis in the README and the manual page's SYNOPSIS and
/// OPTIONS sections. Written in English, as the README and the manual are.
class CommandDocs
{
public:
    /// One line per command, as README.md's "Command line" section shows them.
    static QString readmeSynopsis();
    /// The manual page's SYNOPSIS section, in roff.
    static QString manSynopsis();
    /// The manual page's OPTIONS section, in roff.
    static QString manOptions();
};

} // namespace carrywell::ui
