// How close to their schedule cues really fire: runs a real-time guided
// session (the mid-back reset routine) through the real session controller
// and sound player, and reports how late each cue was handed to the player
// (cuesDue, emitted right after CuePlayer::play) against its planned time in
// the session's timeline, in ms: p50, p99, max, and the drift, the slope of
// lateness over the session (a timer that accumulates error shows a slope;
// one that schedules from the session's start shows none).
//
//   cue_timing_bench [seconds] [--busy THREADS] [--pause-every SECONDS]
//
// seconds: how long to run (default 60: the first minute of the routine).
// --busy: that many threads spin for the whole run, pinned to the last CPUs,
// like another program keeping the other core busy.
// --pause-every: pauses the session (Space) this often, for 1 to 5 s (the
// same lengths every run), as when the baby needs her; lateness is measured
// in active session time, the time cues are planned in.

#include "core/content/ContentLoader.h"
#include "core/session/SessionPlan.h"
#include "ui/audio/SoundCuePlayer.h"
#include "ui/session/SessionController.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <numeric>
#include <pthread.h>
#include <sched.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace carrywell;

namespace {

struct Sample
{
    double plannedMs;
    double latenessMs;
};

struct Drift
{
    double perMinute = 0;     ///< Least-squares slope of lateness over planned time.
    double standardError = 0; ///< Of the slope, from the scatter around the line.
};

/// How lateness changes over the session, in ms per minute.
Drift drift(const QList<Sample>& samples)
{
    if (samples.size() < 3)
        return {};
    double meanX = 0;
    double meanY = 0;
    for (const Sample& s : samples) {
        meanX += s.plannedMs;
        meanY += s.latenessMs;
    }
    meanX /= double(samples.size());
    meanY /= double(samples.size());
    double covariance = 0;
    double variance = 0;
    for (const Sample& s : samples) {
        covariance += (s.plannedMs - meanX) * (s.latenessMs - meanY);
        variance += (s.plannedMs - meanX) * (s.plannedMs - meanX);
    }
    if (variance <= 0)
        return {};
    const double slope = covariance / variance;
    double residuals = 0;
    for (const Sample& s : samples) {
        const double fitted = meanY + slope * (s.plannedMs - meanX);
        residuals += (s.latenessMs - fitted) * (s.latenessMs - fitted);
    }
    const double error = std::sqrt(residuals / double(samples.size() - 2) / variance);
    return {slope * 60000.0, error * 60000.0};
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int seconds = 60;
    int busyThreads = 0;
    int pauseEvery = 0;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--busy") == 0 && i + 1 < argc)
            busyThreads = std::max(0, atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--pause-every") == 0 && i + 1 < argc)
            pauseEvery = std::max(0, atoi(argv[++i]));
        else
            seconds = std::max(5, atoi(argv[i]));
    }

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

    std::atomic<bool> running{true};
    std::vector<std::thread> busy;
    const long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    for (int i = 0; i < busyThreads; ++i) {
        busy.emplace_back([&running] {
            volatile unsigned long spin = 0;
            while (running.load(std::memory_order_relaxed))
                spin = spin + 1;
        });
        cpu_set_t set;
        CPU_ZERO(&set);
        CPU_SET(int((cpus - 1 - i + cpus) % cpus), &set);
        pthread_setaffinity_np(busy.back().native_handle(), sizeof(set), &set);
    }

    QTemporaryDir state;
    ui::SoundCuePlayer player;
    ui::SessionController controller(core::SystemClock::instance(), player, state.path());
    QElapsedTimer sinceStart;
    double pausedMs = 0; // active session time = time since start - time paused
    QList<Sample> samples;
    QObject::connect(&controller, &ui::SessionController::cuesDue,
                     [&](const QList<core::Cue>& cues) {
                         const double now = double(sinceStart.nsecsElapsed()) / 1e6 - pausedMs;
                         for (const core::Cue& cue : cues)
                             samples.append({double(cue.plannedMs), now - double(cue.plannedMs)});
                     });
    sinceStart.start();
    controller.start(plan.value());
    QRandomGenerator pauseLengths(50);
    int pauses = 0;
    QTimer pauser;
    double pausedAt = 0;
    QObject::connect(&pauser, &QTimer::timeout, [&] {
        pausedAt = double(sinceStart.nsecsElapsed()) / 1e6;
        controller.togglePause();
        ++pauses;
        const int pauseMs = int(pauseLengths.bounded(1000, 5000));
        QTimer::singleShot(pauseMs, Qt::PreciseTimer, &controller, [&] {
            pausedMs += double(sinceStart.nsecsElapsed()) / 1e6 - pausedAt;
            controller.togglePause();
        });
    });
    if (pauseEvery > 0)
        pauser.start(pauseEvery * 1000);
    QTimer::singleShot(seconds * 1000, &app, &QApplication::quit);
    app.exec();
    running = false;
    for (std::thread& thread : busy)
        thread.join();

    // The cues of the start itself are due at 0 and announced by start(): not timed.
    samples.erase(std::remove_if(samples.begin(), samples.end(),
                                 [](const Sample& s) { return s.plannedMs <= 0; }),
                  samples.end());
    if (samples.isEmpty()) {
        std::printf("no cues in %d s\n", seconds);
        return 1;
    }
    QList<double> lateness;
    for (const Sample& s : samples)
        lateness.append(s.latenessMs);
    std::sort(lateness.begin(), lateness.end());
    const auto pct = [&](double p) {
        return lateness.at(static_cast<qsizetype>(p * double(lateness.size() - 1) + 0.5));
    };
    const double mean =
        std::accumulate(lateness.begin(), lateness.end(), 0.0) / double(lateness.size());
    const qsizetype quarter = std::max<qsizetype>(1, samples.size() / 4);
    QList<double> first, last;
    for (qsizetype i = 0; i < quarter; ++i) {
        first.append(samples.at(i).latenessMs);
        last.append(samples.at(samples.size() - 1 - i).latenessMs);
    }
    const long over5 =
        std::count_if(lateness.begin(), lateness.end(), [](double l) { return l > 5; });

    std::printf(
        "cues: %lld over %d s (sound device: %s, busy threads: %d of %ld CPUs, pauses: %d)\n",
        static_cast<long long>(lateness.size()), seconds, player.hasSound() ? "yes" : "no",
        busyThreads, cpus, pauses);
    std::printf("lateness ms: min %.2f  p50 %.2f  p95 %.2f  p99 %.2f  max %.2f  mean %.2f\n",
                lateness.first(), pct(0.5), pct(0.95), pct(0.99), lateness.last(), mean);
    std::printf("late by more than 5 ms: %ld of %lld\n", over5,
                static_cast<long long>(lateness.size()));
    const Drift trend = drift(samples);
    std::printf("drift: %+.3f ± %.3f ms per minute (median lateness, first quarter %.2f ms, last "
                "quarter %.2f ms)\n",
                trend.perMinute, trend.standardError, median(first), median(last));
    std::printf("result\tp50=%.3f\tp99=%.3f\tmax=%.3f\tdrift_ms_per_min=%.4f\tdrift_se=%.4f"
                "\tfirst_quarter=%.3f\tlast_quarter=%.3f\tcues=%lld\n",
                pct(0.5), pct(0.99), lateness.last(), trend.perMinute, trend.standardError,
                median(first), median(last), static_cast<long long>(lateness.size()));
    return 0;
}
