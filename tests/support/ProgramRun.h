#pragma once

#include "TestPaths.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace carrywell::test {

/// What the real carrywell program printed and how it exited.
struct ProgramRun
{
    int exitCode = -1; ///< -1 when it crashed or did not finish.
    QString out;
    QString err;
};

/// Runs the built carrywell program as a script would: no display at all.
inline ProgramRun runCarrywell(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("DISPLAY");
    env.remove("WAYLAND_DISPLAY");
    env.remove("QT_QPA_PLATFORM");
    process.setProcessEnvironment(env);
    process.start(CARRYWELL_EXECUTABLE, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace carrywell::test
