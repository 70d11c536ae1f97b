#include "cli/SmokeTest.h"

#include "core/journal/Journal.h"
#include "core/storage/DataDirectory.h"
#include "ui/audio/CuePlayer.h"
#include "ui/audio/SoundCuePlayer.h"
#include "ui/audio/SpeechClips.h"
#include "ui/session/SessionPage.h"
#include "ui/session/SessionRunView.h"
#include "ui/window/DesktopIdentity.h"
#include "ui/window/MainWindow.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QPixmap>
#include <QSettings>
#include <QSoundEffect>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <QWindow>
#include <functional>
#include <memory>

namespace carrywell::ui {
namespace {

constexpr int kTimeoutMs = 10000;

/// Runs the event loop until `done` or the timeout; true when done.
bool waitFor(const std::function<bool()>& done, int timeoutMs = kTimeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

/// Stands in for the speakers while the session page is checked: remembers
/// what it was asked to play and plays nothing.
class SilentCuePlayer : public CuePlayer
{
public:
    explicit SilentCuePlayer(bool hasSound) : m_hasSound(hasSound) {}

    void play(Tone tone, const QString& spokenText) override
    {
        ++m_played;
        m_tone = tone;
        m_text = spokenText;
    }
    void stop() override {}
    bool hasSound() const override { return m_hasSound; }

    int played() const { return m_played; }
    Tone tone() const { return m_tone; }
    QString text() const { return m_text; }

private:
    bool m_hasSound;
    int m_played = 0;
    Tone m_tone = Tone::None;
    QString m_text;
};

core::Result<core::Done> checkContent(const core::ContentLoadReport& content)
{
    if (!content.errors.isEmpty()) {
        return core::Error{SmokeTest::tr("the exercise library has problems: %1")
                               .arg(content.errors.constFirst().toString())};
    }
    if (content.library.exercises().empty())
        return core::Error{SmokeTest::tr("the exercise library is empty")};
    return core::Done{};
}

core::Result<core::Done> checkDesktopIdentity()
{
    if (QGuiApplication::desktopFileName() != DesktopIdentity::desktopId()) {
        return core::Error{
            SmokeTest::tr("the app calls itself “%1” on the desktop instead of “%2”")
                .arg(QGuiApplication::desktopFileName(), DesktopIdentity::desktopId())};
    }
    if (QIcon(DesktopIdentity::builtInIconPath()).pixmap(16, 16).isNull()) {
        return core::Error{SmokeTest::tr("the app icon could not be drawn; Qt's SVG support "
                                         "(libqt6svg6) is missing")};
    }
    return core::Done{};
}

/// Opens the journal and reads it; in a temporary folder also writes a
/// check-in and reads it back.
core::Result<std::unique_ptr<core::Journal>> openJournal(const core::DataDirectory& dataDir,
                                                         bool scratch)
{
    core::JournalOptions options;
    options.dailyBackup = false;
    core::JournalOpenResult opened =
        core::Journal::open(dataDir.journalFile(), core::SystemClock::instance(), options);
    if (!opened)
        return core::Error{
            SmokeTest::tr("the journal could not be opened: %1").arg(opened.error())};
    std::unique_ptr<core::Journal> journal = opened.takeJournal();
    if (scratch) {
        core::CheckIn checkIn;
        checkIn.overall = 2;
        checkIn.note = QStringLiteral("smoke test");
        const core::Result<qint64> added = journal->addCheckIn(checkIn);
        if (!added)
            return core::Error{
                SmokeTest::tr("the journal could not save a check-in: %1").arg(added.error())};
    }
    const core::Result<core::JournalDiagnostics> read = journal->diagnostics();
    if (!read)
        return core::Error{SmokeTest::tr("the journal could not be read: %1").arg(read.error())};
    if (scratch && read->checkIns != 1) {
        return core::Error{
            SmokeTest::tr("the journal holds %1 check-ins instead of the one just saved")
                .arg(read->checkIns)};
    }
    return journal;
}

core::Result<core::Done> checkMainWindow(MainWindow& window)
{
    window.show();
    if (!waitFor([&window] { return window.windowHandle() && window.windowHandle()->isExposed(); }))
        return core::Error{SmokeTest::tr("the main window did not appear on the screen")};
    for (const QString& page : {MainWindow::libraryPage(), MainWindow::journalPage(),
                                MainWindow::sessionPage(), MainWindow::learnPage()}) {
        if (!window.pageIds().contains(page))
            return core::Error{SmokeTest::tr("the main window has no %1 page").arg(page)};
        if (!window.showPage(page))
            return core::Error{SmokeTest::tr("the %1 page could not be shown").arg(page)};
    }
    if (window.grab().isNull())
        return core::Error{SmokeTest::tr("the main window could not be drawn")};
    return core::Done{};
}

/// Starts a session of the first built-in exercise on a session page of its
/// own (its unfinished-session file goes into `stateFolder`) and checks that
/// the first cue is flashed on screen and handed to the player, with a voice
/// clip for every word of it. Returns the spoken words.
core::Result<QString> checkVisualCues(const core::ContentLibrary& library, bool hasSound,
                                      const QString& stateFolder)
{
    const core::Exercise* exercise = nullptr;
    for (const core::Exercise& candidate : library.exercises()) {
        if (candidate.origin.builtIn) {
            exercise = &candidate;
            break;
        }
    }
    if (!exercise)
        return core::Error{SmokeTest::tr("the library has no built-in exercise for a session")};

    QSettings settings(stateFolder + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    auto player = std::make_unique<SilentCuePlayer>(hasSound);
    const SilentCuePlayer* silent = player.get();
    SessionPage page(library, core::SystemClock::instance(), settings, stateFolder,
                     std::move(player));
    if (!page.startExercise(exercise->id))
        return core::Error{SmokeTest::tr("a session of “%1” could not start").arg(exercise->name)};
    if (!waitFor([&page] { return !page.runView()->cueText().isEmpty(); }))
        return core::Error{SmokeTest::tr("the session showed no cue on screen")};
    if (silent->played() == 0 || silent->text().isEmpty())
        return core::Error{SmokeTest::tr("the session gave the sound player no cue")};
    QStringList missing;
    const QStringList clips = SpeechClips::clipsFor(silent->text(), &missing);
    if (!missing.isEmpty() || clips.isEmpty()) {
        return core::Error{
            SmokeTest::tr("no voice clip says “%1”")
                .arg(missing.isEmpty() ? silent->text() : missing.join(QLatin1Char(' ')))};
    }
    return clips.constFirst();
}

/// Loads every cue tone and one voice clip the way the session player does,
/// without playing them.
core::Result<core::Done> checkSounds(const QString& voiceClip)
{
    QStringList sources;
    for (const CuePlayer::Tone tone :
         {CuePlayer::Tone::Tick, CuePlayer::Tone::Go, CuePlayer::Tone::Change,
          CuePlayer::Tone::Rest, CuePlayer::Tone::Done})
        sources.append(SoundCuePlayer::toneSource(tone));
    sources.append(QStringLiteral("qrc") + voiceClip);
    for (const QString& source : sources) {
        QSoundEffect effect;
        effect.setSource(QUrl(source));
        if (!waitFor([&effect] {
                return effect.status() == QSoundEffect::Ready ||
                       effect.status() == QSoundEffect::Error;
            })) {
            return core::Error{SmokeTest::tr("the sound %1 took too long to load").arg(source)};
        }
        if (effect.status() != QSoundEffect::Ready)
            return core::Error{SmokeTest::tr("the sound %1 could not be loaded").arg(source)};
    }
    return core::Done{};
}

} // namespace

int SmokeTest::run(const CommandLineOptions& options, const core::ContentLoadReport& content,
                   QTextStream& out, QTextStream& err)
{
    const auto fail = [&err](const QString& reason) {
        err << "carrywell: " << tr("smoke test failed: %1").arg(reason) << '\n';
        err.flush();
        return 1;
    };

    if (const core::Result<core::Done> checked = checkContent(content); !checked)
        return fail(checked.error());
    if (const core::Result<core::Done> checked = checkDesktopIdentity(); !checked)
        return fail(checked.error());

    // Scratch space: the data folder unless one was named, and the session
    // check's state, so the user's unfinished session is never touched.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(tr("no temporary folder could be made: %1").arg(scratch.errorString()));
    const bool ownData = options.dataDir.isEmpty();
    const QString dataPath = ownData ? scratch.filePath(QStringLiteral("data")) : options.dataDir;
    const core::Result<core::DataDirectory> dataDir = core::DataDirectory::open(dataPath);
    if (!dataDir)
        return fail(dataDir.error());

    core::Result<std::unique_ptr<core::Journal>> journal = openJournal(dataDir.value(), ownData);
    if (!journal)
        return fail(journal.error());

    QSettings settings(dataDir->settingsFile(), QSettings::IniFormat);
    MainWindow window(content, settings, core::SystemClock::instance(), journal.value().get());
    if (const core::Result<core::Done> checked = checkMainWindow(window); !checked)
        return fail(checked.error());

    const bool hasSound = SoundCuePlayer().hasSound();
    const QString sessionFolder = scratch.filePath(QStringLiteral("session"));
    if (!QDir().mkpath(sessionFolder))
        return fail(tr("no temporary folder could be made for the session check"));
    const core::Result<QString> voiceClip =
        checkVisualCues(content.library, hasSound, sessionFolder);
    if (!voiceClip)
        return fail(voiceClip.error());
    if (const core::Result<core::Done> checked = checkSounds(voiceClip.value()); !checked)
        return fail(checked.error());
    window.hide();

    const QString cues = hasSound ? tr("visual + sound") : tr("visual (no sound device)");
    out << tr("%1 %2 smoke test passed: %3 exercises, journal ok, cues: %4")
               .arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion())
               .arg(content.library.exercises().size())
               .arg(cues)
        << '\n';
    out.flush();
    return 0;
}

} // namespace carrywell::ui
