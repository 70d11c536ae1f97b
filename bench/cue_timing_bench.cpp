// How close to their schedule cues really fire: runs a real-time guided
// session (the mid-back reset routine, shortened) through the real session
// controller and sound player, and reports the spread between each cue's
// planned time and the moment it was handed to the player, in ms.
//
//   cue_timing_bench [seconds]     (default 60: the first minute of the routine)
#include "audio/SoundCuePlayer.h"
#include "content/ContentLoader.h"
#include "session/SessionController.h"
#include "session/SessionPlan.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <numeric>

using namespace carrywell;

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(5, atoi(argv[1])) : 60;

    const core::ContentLoadReport content =
        core::ContentLoader::load(core::ContentLoader::builtInDirectory());
    const core::Routine* routine = content.library.routine(QStringLiteral("mid-back-reset"));
    if (!routine) {
        std::fprintf(stderr, "the mid-back reset routine is missing\n");
        return 1;
    }
    const auto plan = core::SessionPlan::forRoutine(*routine, content.library);
    if (!plan) {
        std::fprintf(stderr, "%s\n", qPrintable(plan.error()));
        return 1;
    }

    QTemporaryDir state;
    ui::SoundCuePlayer player;
    ui::SessionController controller(core::SystemClock::instance(), player, state.path());
    QElapsedTimer sinceStart;
    QList<double> lateness; // ms after the planned time
    QObject::connect(&controller, &ui::SessionController::cuesDue,
                     [&](const QList<core::Cue>& cues) {
                         for (const core::Cue& cue : cues)
                             lateness.append(sinceStart.nsecsElapsed() / 1e6 - cue.plannedMs);
                     });
    sinceStart.start();
    controller.start(plan.value());
    QTimer::singleShot(seconds * 1000, &app, &QApplication::quit);
    app.exec();

    if (lateness.isEmpty()) {
        std::printf("no cues in %d s\n", seconds);
        return 1;
    }
    std::sort(lateness.begin(), lateness.end());
    const double mean = std::accumulate(lateness.begin(), lateness.end(), 0.0) / lateness.size();
    const auto pct = [&](double p) { return lateness.at(static_cast<qsizetype>(p * (lateness.size() - 1))); };
    std::printf("cues: %lld over %d s (sound device: %s)\n", static_cast<long long>(lateness.size()),
                seconds, player.hasSound() ? "yes" : "no");
    std::printf("lateness ms: min %.1f  median %.1f  p95 %.1f  max %.1f  mean %.1f\n",
                lateness.first(), pct(0.5), pct(0.95), lateness.last(), mean);
    std::printf("spread (max - min): %.1f ms\n", lateness.last() - lateness.first());
    return 0;
}
