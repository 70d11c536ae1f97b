#pragma once

#include <QCoreApplication>

namespace carrywell::ui {

struct CommandContext;

/// The exercise library's terminal commands: the exercises, the routines and
/// the drawings of every exercise. Each returns the exit code.
class LibraryCommands
{
    Q_DECLARE_TR_FUNCTIONS(carrywell::ui::LibraryCommands)

public:
    /// --list-exercises, as text or JSON, for one region or all of them.
    static int listExercises(const CommandContext& context);
    /// --list-routines, as text or JSON.
    static int listRoutines(const CommandContext& context);
    /// --render-illustrations. Needs a QGuiApplication (fonts), no display.
    static int renderIllustrations(const CommandContext& context);
};

} // namespace carrywell::ui
