// Plays a short real session through the real cue player into a PulseAudio
// null sink, records the sink, and checks the recording: sound when cues
// fire, silence between them. PulseAudio's latency through the null sink is
// about a second and jittery, so the windows are coarse.
#include "core/session/SessionPlan.h"
#include "ui/audio/SoundCuePlayer.h"
#include "ui/session/SessionController.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <gtest/gtest.h>

using namespace carrywell;

namespace {

class PulseNullSink
{
public:
    explicit PulseNullSink(const QString& runtimeDir) : m_runtime(runtimeDir)
    {
        QFile::setPermissions(runtimeDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtimeDir.toLocal8Bit());
        qunsetenv("PULSE_SERVER");
        m_daemon.setProcessChannelMode(QProcess::MergedChannels);
        m_daemon.start("pulseaudio",
                       {"-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
                        "--disable-shm=yes", "-L", "module-native-protocol-unix", "-L",
                        "module-null-sink sink_name=ci_null rate=44100 channels=1"});
    }

    ~PulseNullSink()
    {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000))
            m_daemon.kill();
        m_daemon.waitForFinished(2000);
    }

    /// Waits until the server answers and makes the null sink the default.
    QString waitUntilReady()
    {
        for (int attempt = 0; attempt < 50; ++attempt) {
            if (m_daemon.state() == QProcess::NotRunning)
                return "pulseaudio exited: " + QString::fromLocal8Bit(m_daemon.readAll());
            QProcess info;
            info.start("pactl", {"set-default-sink", "ci_null"});
            if (info.waitForFinished(3000) && info.exitCode() == 0)
                return {};
            QTest::qWait(200);
        }
        return "pulseaudio did not answer: " + QString::fromLocal8Bit(m_daemon.readAll());
    }

private:
    QString m_runtime;
    QProcess m_daemon;
};

/// Loudness (RMS of 16-bit samples) of every 100 ms of a mono WAV file.
QList<double> loudnessPer100ms(const QByteArray& wav, int* sampleRate)
{
    QList<double> windows;
    const qsizetype fmt = wav.indexOf("fmt ");
    const qsizetype data = wav.indexOf("data");
    if (fmt < 0 || data < 0)
        return windows;
    const auto u16 = [&wav](qsizetype at) {
        return static_cast<quint16>(static_cast<quint8>(wav[at]) |
                                    (static_cast<quint8>(wav[at + 1]) << 8));
    };
    const int channels = u16(fmt + 10);
    *sampleRate = static_cast<int>(u16(fmt + 12) | (u16(fmt + 14) << 16));
    const int window = *sampleRate / 10;
    // The header's size may be unfinished when recording is interrupted:
    // read the samples to the end of the file.
    const qsizetype start = data + 8;
    const qsizetype frames = (wav.size() - start) / (2 * channels);
    for (qsizetype w = 0; w + window <= frames; w += window) {
        double sum = 0;
        for (qsizetype i = w; i < w + window; ++i) {
            const auto sample = static_cast<qint16>(u16(start + i * 2 * channels));
            sum += static_cast<double>(sample) * sample;
        }
        windows.append(std::sqrt(sum / window));
    }
    return windows;
}

double loudest(const QList<double>& windows, double fromSeconds, double toSeconds)
{
    double peak = 0;
    for (qsizetype i = std::max<qsizetype>(0, static_cast<qsizetype>(fromSeconds * 10));
         i < static_cast<qsizetype>(toSeconds * 10) && i < windows.size(); ++i)
        peak = std::max(peak, windows[i]);
    return peak;
}

} // namespace

TEST(AudioIntegration, CuesAreHeardWhenTheyFireAndSilenceFallsBetweenThem)
{
    QTemporaryDir runtime;
    QTemporaryDir work;
    PulseNullSink sink(runtime.path());
    const QString problem = sink.waitUntilReady();
    ASSERT_TRUE(problem.isEmpty()) << problem.toStdString();

    QProcess recorder;
    const QString recording = work.filePath("sink.wav");
    recorder.start("parecord", {"-d", "ci_null.monitor", "--channels=1", "--rate=44100",
                                "--format=s16le", "--file-format=wav", recording});
    ASSERT_TRUE(recorder.waitForStarted(5000));
    // parecord takes a moment to start writing: wait until half a second is
    // on disk, so the session starts while it records.
    constexpr double bytesPerSecond = 44100 * 2;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return QFileInfo(recording).size() > 44 + bytesPerSecond / 2; }, 10000));

    ui::SoundCuePlayer player;
    ASSERT_TRUE(player.hasSound()) << "the null sink is not seen as an audio output";
    // One long hold: cues at 0–5 s (get ready, 3-2-1, go), 15 s (halfway),
    // 22–25 s (3-2-1, done) and nothing from about 6.5 s to 15 s.
    core::SessionItem item;
    item.exerciseId = "childs-pose";
    item.name = "Child's pose";
    item.category = core::Category::Stretch;
    item.dosage.sets = 1;
    item.dosage.reps = 1;
    item.dosage.holdSeconds = 20;
    const auto plan = core::SessionPlan::forItems({}, "Audio check", {item});
    ASSERT_TRUE(plan.ok()) << plan.error().toStdString();
    ui::SessionController controller(core::SystemClock::instance(), player, work.path());
    // Where the session starts in the recording (what is written so far).
    const double sessionStart = (QFileInfo(recording).size() - 44) / bytesPerSecond;
    bool ended = false;
    QObject::connect(&controller, &ui::SessionController::ended, [&ended] { ended = true; });
    controller.start(plan.value());
    const double totalSeconds = plan->totalMs() / 1000.0;
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return ended; }, static_cast<int>(totalSeconds * 1000) + 5000));
    QTest::qWait(2500); // the last clip and the sink's latency
    recorder.terminate();
    ASSERT_TRUE(recorder.waitForFinished(5000));

    QFile file(recording);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    int rate = 0;
    const QList<double> loudness = loudnessPer100ms(file.readAll(), &rate);
    ASSERT_EQ(rate, 44100);
    ASSERT_GT(loudness.size(), static_cast<qsizetype>((sessionStart + totalSeconds) * 10));

    double halfwayAt = 0;
    for (const core::Cue& cue : plan->cues()) {
        if (cue.kind == core::CueKind::Halfway)
            halfwayAt = cue.plannedMs / 1000.0;
    }
    ASSERT_GT(halfwayAt, 12.0);
    const auto at = [sessionStart](double s) { return sessionStart + s; };
    const double loud = 300; // speech and tones reach thousands
    const double quiet = 60; // the null sink records digital silence
    // Coarse windows: the sink's latency moves sounds by up to about a second.
    EXPECT_GT(loudest(loudness, at(-1), at(3)), loud) << "no sound for the get-ready cue";
    EXPECT_GT(loudest(loudness, at(halfwayAt - 1), at(halfwayAt + 3)), loud)
        << "no sound at halfway";
    EXPECT_GT(loudest(loudness, at(totalSeconds - 1), at(totalSeconds + 3)), loud)
        << "no sound at the end";
    // Between "Go. Hold." and "Halfway" there are over seven quiet seconds:
    // at least two of them in a row must be silent.
    double quietest = 1e9;
    for (double s = 7.0; s + 2.0 <= halfwayAt - 0.5; s += 0.1)
        quietest = std::min(quietest, loudest(loudness, at(s), at(s + 2.0)));
    EXPECT_LT(quietest, quiet) << "sound where no cue was due";
}
