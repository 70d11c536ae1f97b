#pragma once

#include "cli/CommandLine.h"
#include "core/content/ContentLoader.h"

#include <QCoreApplication>

class QTextStream;

namespace carrywell::ui {

/// `carrywell --smoke-test`: checks that an installed Carrywell works. Opens
/// the real main window and checks the exercise library, the journal (in a
/// temporary data folder unless --data-dir names one), the on-screen session
/// cues and the sound cues; a machine without a sound device passes with
/// on-screen cues. Nothing is played aloud.
class SmokeTest
{
    Q_DECLARE_TR_FUNCTIONS(carrywell::ui::SmokeTest)

public:
    /// Needs a QApplication. Prints one line and returns 0 when everything
    /// works, else prints the reason and returns 1.
    static int run(const CommandLineOptions& options, const core::ContentLoadReport& content,
                   QTextStream& out, QTextStream& err);
};

} // namespace carrywell::ui
