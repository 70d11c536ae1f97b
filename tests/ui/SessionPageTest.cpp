#include "ui/session/SessionPage.h"

#include "ModalDialogs.h"
#include "core/content/ContentLoader.h"
#include "core/journal/Journal.h"
#include "core/journal/JournalHistory.h"
#include "core/profile/ProfileStore.h"
#include "core/session/SessionPlan.h"
#include "core/session/SessionStateStore.h"
#include "ui/audio/CuePlayer.h"
#include "ui/audio/SpeechClips.h"
#include "ui/figure/FigureView.h"
#include "ui/session/RoutineChooser.h"
#include "ui/session/SessionController.h"
#include "ui/session/SessionEndView.h"
#include "ui/session/SessionRunView.h"
#include "ui/settings/Theme.h"
#include "ui/widgets/PainScalePicker.h"
#include "ui/window/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QFontInfo>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace carrywell;
using carrywell::test::answerNextDialog;

namespace {

const core::ContentLibrary& library()
{
    static const core::ContentLoadReport report =
        core::ContentLoader::load(core::ContentLoader::builtInDirectory());
    return report.library;
}

/// Records what it was asked to play.
class RecordingCuePlayer : public ui::CuePlayer
{
public:
    struct Played
    {
        Tone tone;
        QString text;
    };
    void play(Tone tone, const QString& text) override { played.append({tone, text}); }
    void stop() override { ++stops; }
    bool hasSound() const override { return sound; }

    QList<Played> played;
    int stops = 0;
    bool sound = true;
};

class SessionPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto player = std::make_unique<RecordingCuePlayer>();
        m_player = player.get();
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath("settings.ini"), QSettings::IniFormat);
        m_page = std::make_unique<ui::SessionPage>(library(), m_clock, *m_settings, m_dir.path(),
                                                   std::move(player));
        m_page->resize(1000, 700);
        m_page->show();
    }

    void advance(qint64 ms)
    {
        // Ticks every 100 ms of clock time, as the timer would.
        for (qint64 t = 0; t < ms; t += 100) {
            m_clock.advance(100);
            m_page->controller()->tick();
        }
    }

    /// Runs until the view shows this kind of segment (at most ten minutes).
    void advanceTo(core::SegmentKind kind)
    {
        for (int tick = 0; tick < 6000 && m_page->isRunning(); ++tick) {
            if (m_page->controller()->engine()->view().segment.kind == kind)
                return;
            advance(100);
        }
        FAIL() << "never reached " << core::toId(kind).toStdString();
    }

    /// Presses Esc and answers the stop box with Stop.
    void stopWithEscape()
    {
        answerNextDialog([](QWidget* box) {
            auto* stop = box->findChild<QPushButton*>("confirmStopButton");
            ASSERT_NE(stop, nullptr);
            stop->click();
        });
        QTest::keyClick(m_page.get(), Qt::Key_Escape);
    }

    struct Ended
    {
        core::SessionSummary summary;
        std::optional<int> before;
        std::optional<int> after;
    };
    /// Every sessionEnded the page emits from now on.
    QList<Ended>& recordEnded()
    {
        QObject::connect(m_page.get(), &ui::SessionPage::sessionEnded,
                         [this](const core::SessionSummary& summary, std::optional<int> before,
                                std::optional<int> after) {
                             m_ended.append({summary, before, after});
                         });
        return m_ended;
    }

    ui::SessionEndView* endScreen() const
    {
        auto* end = m_page->findChild<ui::SessionEndView*>("sessionEndScreen");
        return end && end->isVisible() ? end : nullptr;
    }

    QTemporaryDir m_dir;
    core::ManualClock m_clock;
    std::unique_ptr<QSettings> m_settings;
    RecordingCuePlayer* m_player = nullptr;
    /// Before the page: a page closed on its end screen still records the
    /// session as it goes, into a list that must outlive it.
    QList<Ended> m_ended;
    std::unique_ptr<ui::SessionPage> m_page;
};

int pixelSize(const QWidget* widget)
{
    return QFontInfo(widget->font()).pixelSize();
}

/// Where anything but the background is drawn in a picture of `widget`,
/// leaving out the floor line that runs across the whole of it.
QRect drawnBounds(QWidget* widget)
{
    const QImage image = widget->grab().toImage();
    const QRgb background = widget->palette().color(QPalette::Window).rgb();
    QRect bounds;
    for (int y = 0; y < image.height(); ++y) {
        int drawn = 0;
        for (int x = 0; x < image.width(); ++x)
            drawn += image.pixel(x, y) != background;
        if (drawn > image.width() * 9 / 10)
            continue;
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != background)
                bounds |= QRect(x, y, 1, 1);
        }
    }
    return bounds;
}

} // namespace

TEST(CueAnnouncement, EveryCueOfEverySessionCanBeSpokenFromTheBuiltInClips)
{
    QList<core::SessionPlan> plans;
    for (const core::Routine& routine : library().routines()) {
        const auto plan = core::SessionPlan::forRoutine(routine, library());
        ASSERT_TRUE(plan.ok()) << routine.id.toStdString();
        plans.append(plan.value());
    }
    for (const core::Exercise& exercise : library().exercises())
        plans.append(core::SessionPlan::forExercise(exercise));
    for (const core::SessionPlan& plan : plans) {
        for (const core::Cue& cue : plan.cues()) {
            QStringList missing;
            const QStringList clips = ui::SpeechClips::clipsFor(cue.text, &missing);
            EXPECT_TRUE(missing.isEmpty())
                << plan.name().toStdString() << ": \"" << cue.text.toStdString() << "\" lacks "
                << missing.join(' ').toStdString();
            EXPECT_FALSE(clips.isEmpty()) << cue.text.toStdString();
        }
    }
}

TEST_F(SessionPageTest, AnExerciseRunsWithCuesCountdownAndMovingFigure)
{
    ASSERT_TRUE(m_page->startExercise("banded-as"));
    ASSERT_TRUE(m_page->isRunning());
    ASSERT_FALSE(m_player->played.isEmpty());
    EXPECT_TRUE(m_player->played.first().text.contains("Banded A's"));
    EXPECT_TRUE(m_page->runView()->cueText().contains("Get ready"));

    advance(5000); // past the get-ready: work begins with "Go. Out."
    bool heardOut = false;
    for (const auto& played : m_player->played)
        heardOut = heardOut || played.text.contains("Out");
    EXPECT_TRUE(heardOut);
    // 5 s out: the countdown shows the seconds left in the phase.
    advance(2000);
    EXPECT_EQ(m_page->runView()->countdownText(), QStringLiteral("3"));
}

TEST_F(SessionPageTest, SpacePausesAndResumesWithoutLosingTime)
{
    ASSERT_TRUE(m_page->startExercise("glute-bridge"));
    advance(3000);
    const qint64 before = m_page->controller()->engine()->positionMs();
    QTest::keyClick(m_page.get(), Qt::Key_Space);
    EXPECT_EQ(m_page->controller()->engine()->status(), core::SessionStatus::Paused);
    const int played = m_player->played.size();
    advance(10000);
    EXPECT_EQ(m_page->controller()->engine()->positionMs(), before);
    EXPECT_EQ(m_player->played.size(), played); // silence while paused
    QTest::keyClick(m_page.get(), Qt::Key_Space);
    EXPECT_EQ(m_page->controller()->engine()->status(), core::SessionStatus::Running);
}

TEST_F(SessionPageTest, APauseShowsTheSignsThatMeanStopAndGetHelp)
{
    ASSERT_TRUE(m_page->startExercise("glute-bridge"));
    advance(6000);
    ui::SessionRunView* view = m_page->runView();
    EXPECT_FALSE(view->stopListShown());
    EXPECT_FALSE(view->stepText().isEmpty());

    QTest::keyClick(m_page.get(), Qt::Key_Space);
    ASSERT_TRUE(view->stopListShown());
    const QString shown = view->stopListText();
    const core::PostnatalStopList& stops = library().postnatalStopList();
    ASSERT_FALSE(stops.signs.isEmpty());
    EXPECT_TRUE(shown.contains(stops.title));
    for (const core::StopSign& sign : stops.signs) {
        EXPECT_TRUE(shown.contains(sign.text)) << sign.id.toStdString();
        EXPECT_TRUE(shown.contains(sign.action)) << sign.id.toStdString();
    }

    QTest::keyClick(m_page.get(), Qt::Key_Space); // and back to the step when she resumes
    EXPECT_FALSE(view->stopListShown());
    EXPECT_FALSE(view->stepText().isEmpty());
}

TEST_F(SessionPageTest, AfterASkipWhilePausedTheNextExerciseIsCuedTheMomentItResumes)
{
    ASSERT_TRUE(m_page->startRoutine("mid-back-reset"));
    advance(2000);
    QTest::keyClick(m_page.get(), Qt::Key_Space);
    QTest::keyClick(m_page.get(), Qt::Key_Right);
    ASSERT_EQ(m_page->controller()->engine()->currentExercise(), 1);
    const int played = m_player->played.size();
    // No tick in between: the cue comes with the key press, not 50 ms later.
    QTest::keyClick(m_page.get(), Qt::Key_Space);
    ASSERT_EQ(m_page->controller()->engine()->status(), core::SessionStatus::Running);
    ASSERT_GT(m_player->played.size(), played);
    EXPECT_NE(m_player->played.last().tone, ui::CuePlayer::Tone::None);
}

TEST_F(SessionPageTest, TheStateIsSavedEveryFewSecondsButNeverJustBeforeACue)
{
    const QString stateFile = core::SessionStateStore(m_dir.path()).filePath();
    const auto savedBytes = [&stateFile] {
        QFile file(stateFile);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    ASSERT_TRUE(m_page->startRoutine("mid-back-reset"));
    ui::SessionController* controller = m_page->controller();
    QByteArray last = savedBytes();
    int saves = 0;
    // Two minutes in 10 ms ticks. This routine cues every five seconds, on
    // the five seconds; a pause of 2.43 s at 17.33 s moves the next save
    // (due five seconds after the one made at the pause) to 100 ms before
    // the cue at 20 s.
    for (int step = 1; step <= 12000 && controller->isActive(); ++step) {
        m_clock.advance(10);
        if (step == 1733 || step == 1733 + 243)
            controller->togglePause();
        controller->tick();
        const QByteArray now = savedBytes();
        if (now == last)
            continue;
        last = now;
        ++saves;
        if (controller->engine()->status() != core::SessionStatus::Running)
            continue;
        const std::optional<qint64> wait = controller->engine()->msUntilNextCue();
        EXPECT_TRUE(!wait || *wait >= 250)
            << "saved " << *wait << " ms before a cue, at step " << step;
    }
    EXPECT_GE(saves, 15) << "about one save every five seconds";
}

TEST_F(SessionPageTest, ArrowsSkipAndGoBackThroughARoutine)
{
    ASSERT_TRUE(m_page->startRoutine("mid-back-reset"));
    EXPECT_EQ(m_page->controller()->engine()->currentExercise(), 0);
    QTest::keyClick(m_page.get(), Qt::Key_Right);
    EXPECT_EQ(m_page->controller()->engine()->currentExercise(), 1);
    QTest::keyClick(m_page.get(), Qt::Key_Left);
    EXPECT_EQ(m_page->controller()->engine()->currentExercise(), 0);
}

TEST_F(SessionPageTest, EscapeAsksInTheBoxItselfBeforeStopping)
{
    ASSERT_TRUE(m_page->startExercise("cat-cow"));
    advance(2000);
    QList<Ended>& ended = recordEnded();
    // The question is in the box's text, not only its title; Keep going
    // carries on.
    answerNextDialog([](QWidget* widget) {
        auto* box = qobject_cast<QMessageBox*>(widget);
        ASSERT_NE(box, nullptr);
        EXPECT_TRUE(box->text().contains("Stop this session?"));
        EXPECT_TRUE(box->text().contains("What you have done so far is kept"));
        EXPECT_EQ(box->findChild<QPushButton*>("confirmStopButton")->text(),
                  QStringLiteral("Stop"));
        auto* keepGoing = box->findChild<QPushButton*>("keepGoingButton");
        ASSERT_NE(keepGoing, nullptr);
        EXPECT_EQ(keepGoing->text(), QStringLiteral("Keep going"));
        EXPECT_EQ(box->defaultButton(), keepGoing) << "Enter must not stop the session";
        EXPECT_EQ(box->escapeButton(), keepGoing) << "Esc twice must not stop the session";
        keepGoing->click();
    });
    QTest::keyClick(m_page.get(), Qt::Key_Escape);
    EXPECT_TRUE(m_page->isRunning());
    EXPECT_EQ(m_page->controller()->engine()->status(), core::SessionStatus::Running);

    stopWithEscape();
    EXPECT_FALSE(m_page->isRunning());
    ASSERT_NE(endScreen(), nullptr) << "stopping leads to the end screen";
    EXPECT_TRUE(ended.isEmpty()) << "nothing is recorded before she leaves the end screen";
}

TEST_F(SessionPageTest, TheEndScreenListsWhatWasDoneAndSkippedAndTheTimeSpent)
{
    ASSERT_TRUE(m_page->startRoutine("mid-back-reset"));
    QTest::keyClick(m_page.get(), Qt::Key_Right); // skips Banded A's
    ASSERT_EQ(m_page->controller()->engine()->currentExercise(), 1);
    advanceTo(core::SegmentKind::BetweenExercises); // Double chins done
    const int seconds = int(m_page->controller()->engine()->activeMs() / 1000);
    ASSERT_GE(seconds, 60);
    stopWithEscape();

    ui::SessionEndView* end = endScreen();
    ASSERT_NE(end, nullptr);
    EXPECT_EQ(
        end->exerciseLines(),
        (QStringList{"Banded A's: skipped", "Double chins: done", "Thread the needle: skipped",
                     "Thoracic foam roll: skipped", "Kneeling chest opener at the sofa: skipped"}));
    const QString time = seconds % 60
                             ? QStringLiteral("%1 min %2 s").arg(seconds / 60).arg(seconds % 60)
                             : QStringLiteral("%1 min").arg(seconds / 60);
    EXPECT_TRUE(end->timeText().contains(time))
        << end->timeText().toStdString() << " lacks " << time.toStdString();
    // Each line says done or skipped in words, not by colour alone.
    QStringList shown;
    for (const QLabel* label :
         end->findChild<QWidget*>("sessionEndExercises")->findChildren<QLabel*>())
        shown << label->text();
    EXPECT_EQ(shown.count("Done"), 1);
    EXPECT_EQ(shown.count("Skipped"), 4);
    EXPECT_TRUE(m_page->findChild<QLabel*>("sessionEndHeading")->text().contains("stopped"));
}

TEST_F(SessionPageTest, DoneRecordsTheSessionOnceWithThePainScoresGiven)
{
    ASSERT_TRUE(m_page->startExercise("cat-cow"));
    advance(3000);
    QList<Ended>& ended = recordEnded();
    stopWithEscape();
    ui::SessionEndView* end = endScreen();
    ASSERT_NE(end, nullptr);
    // Number keys answer the first question straight away; the second is a click.
    EXPECT_EQ(m_page->focusWidget(), end->beforeScale());
    QTest::keyClick(end->beforeScale(), Qt::Key_6);
    end->afterScale()->button(4)->click();
    EXPECT_TRUE(ended.isEmpty());

    end->doneButton()->click();
    ASSERT_EQ(ended.size(), 1);
    EXPECT_EQ(ended[0].before, 6);
    EXPECT_EQ(ended[0].after, 4);
    EXPECT_FALSE(ended[0].summary.completed);
    EXPECT_EQ(ended[0].summary.exercisesSkipped(), QStringList{"cat-cow"});
    EXPECT_EQ(endScreen(), nullptr) << "Done goes back to the sessions to choose from";
    EXPECT_TRUE(m_page->findChild<QWidget*>("sessionChooser")->isVisible());
    EXPECT_TRUE(m_page->findChild<QLabel*>("lastSessionLabel")->text().contains("Cat-cow"));

    // Leaving the page afterwards records nothing more.
    m_page.reset();
    EXPECT_EQ(ended.size(), 1);
}

TEST_F(SessionPageTest, AClearedScoreIsRecordedAsNotGiven)
{
    ASSERT_TRUE(m_page->startExercise("cat-cow"));
    QList<Ended>& ended = recordEnded();
    stopWithEscape();
    ui::SessionEndView* end = endScreen();
    ASSERT_NE(end, nullptr);
    end->beforeScale()->button(7)->click();
    auto* clear = end->findChild<QPushButton*>("painBeforeScaleClear");
    ASSERT_TRUE(clear->isEnabled());
    clear->click();
    EXPECT_FALSE(clear->isEnabled());
    QTest::keyClick(end, Qt::Key_Return); // Enter is Done
    ASSERT_EQ(ended.size(), 1);
    EXPECT_EQ(ended[0].before, std::nullopt);
    EXPECT_EQ(ended[0].after, std::nullopt);
}

TEST_F(SessionPageTest, ASessionThatRunsToItsEndIsRecordedOnceAsCompleted)
{
    ASSERT_TRUE(m_page->startExercise("double-chins"));
    QList<Ended>& ended = recordEnded();
    for (int tick = 0; tick < 3000 && m_page->isRunning(); ++tick)
        advance(100);
    ASSERT_FALSE(m_page->isRunning());
    ASSERT_NE(endScreen(), nullptr);
    EXPECT_TRUE(m_page->findChild<QLabel*>("sessionEndHeading")->text().contains("Well done"));
    EXPECT_EQ(endScreen()->exerciseLines(), QStringList{"Double chins: done"});
    endScreen()->doneButton()->click();
    ASSERT_EQ(ended.size(), 1);
    EXPECT_TRUE(ended[0].summary.completed);
}

TEST_F(SessionPageTest, StartingAnotherSessionRecordsTheLastOneOnceWithoutScores)
{
    ASSERT_TRUE(m_page->startExercise("cat-cow"));
    QList<Ended>& ended = recordEnded();
    stopWithEscape();
    ASSERT_NE(endScreen(), nullptr);
    // From the Library or the plan, while the end screen is still up.
    ASSERT_TRUE(m_page->startExercise("glute-bridge"));
    ASSERT_EQ(ended.size(), 1);
    EXPECT_EQ(ended[0].summary.routineId, QStringLiteral("cat-cow"));
    EXPECT_EQ(ended[0].before, std::nullopt);
    EXPECT_EQ(ended[0].after, std::nullopt);
    EXPECT_TRUE(m_page->isRunning());
    EXPECT_TRUE(m_page->runView()->isVisible());
}

TEST_F(SessionPageTest, ClosingTheWindowOnTheEndScreenRecordsTheSessionOnceWithWhatWasEntered)
{
    ASSERT_TRUE(m_page->startExercise("cat-cow"));
    QList<Ended>& ended = recordEnded();
    stopWithEscape();
    ASSERT_NE(endScreen(), nullptr);
    endScreen()->beforeScale()->button(5)->click();
    m_page->close();
    ASSERT_EQ(ended.size(), 1);
    EXPECT_EQ(ended[0].before, 5);
    EXPECT_EQ(ended[0].after, std::nullopt);
    m_page.reset();
    EXPECT_EQ(ended.size(), 1);
}

TEST_F(SessionPageTest, DestroyingThePageOnTheEndScreenRecordsTheSessionOnce)
{
    ASSERT_TRUE(m_page->startExercise("cat-cow"));
    QList<Ended>& ended = recordEnded();
    stopWithEscape();
    ASSERT_NE(endScreen(), nullptr);
    m_page.reset();
    ASSERT_EQ(ended.size(), 1);
    EXPECT_EQ(ended[0].summary.exercisesSkipped(), QStringList{"cat-cow"});
    EXPECT_EQ(ended[0].before, std::nullopt);
}

TEST_F(SessionPageTest, ClosingTheMainWindowOnTheEndScreenKeepsTheSessionInTheJournal)
{
    core::ProfileStore(*m_settings).setFirstRunDone(true);
    core::JournalOpenResult opened = core::Journal::open(m_dir.filePath("journal.sqlite"), m_clock);
    ASSERT_TRUE(opened.ok());
    std::unique_ptr<core::Journal> journal = opened.takeJournal();
    static const core::ContentLoadReport content =
        core::ContentLoader::load(core::ContentLoader::builtInDirectory());
    {
        ui::MainWindow window(content, *m_settings, m_clock, journal.get());
        window.show();
        ASSERT_TRUE(window.showPage(ui::MainWindow::sessionPage()));
        ui::SessionPage* page = window.session();
        ASSERT_TRUE(page->startExercise("cat-cow"));
        answerNextDialog(
            [](QWidget* box) { box->findChild<QPushButton*>("confirmStopButton")->click(); });
        QTest::keyClick(page, Qt::Key_Escape);
        ASSERT_TRUE(page->endView()->isVisible());
        page->endView()->afterScale()->button(3)->click();
        window.close();
    }
    const auto sessions = core::JournalHistory(*journal).allSessions();
    ASSERT_TRUE(sessions.ok());
    ASSERT_EQ(sessions.value().size(), 1);
    EXPECT_EQ(sessions.value()[0].routineId, QStringLiteral("cat-cow"));
    EXPECT_EQ(sessions.value()[0].painAfter, 3);
}

TEST_F(SessionPageTest, AnUnfinishedSessionCanBeResumedAfterARestart)
{
    ASSERT_TRUE(m_page->startRoutine("gentle-core-reconnection"));
    m_page->controller()->skip();
    advance(6000); // saved at least once since
    const int exercise = m_page->controller()->engine()->currentExercise();
    const qint64 position = m_page->controller()->engine()->positionMs();
    m_page.reset(); // the app closes mid-session

    auto player = std::make_unique<RecordingCuePlayer>();
    ui::SessionPage reopened(library(), m_clock, *m_settings, m_dir.path(), std::move(player));
    answerNextDialog([](QWidget* box) {
        auto* message = qobject_cast<QMessageBox*>(box);
        ASSERT_NE(message, nullptr);
        EXPECT_TRUE(message->text().contains("Gentle core"));
        message->buttons().first()->click(); // Continue
    });
    reopened.offerResume();
    ASSERT_TRUE(reopened.isRunning());
    EXPECT_EQ(reopened.controller()->engine()->status(), core::SessionStatus::Paused);
    EXPECT_EQ(reopened.controller()->engine()->currentExercise(), exercise);
    EXPECT_LE(position - reopened.controller()->engine()->positionMs(), 5000);
}

TEST_F(SessionPageTest, WithoutASoundDeviceTheCuesAreShownAndSaidSo)
{
    m_player->sound = false;
    ASSERT_TRUE(m_page->startExercise("double-chins"));
    EXPECT_TRUE(m_page->findChild<QWidget*>("noSoundNotice")->isVisible());
    EXPECT_FALSE(m_page->runView()->cueText().isEmpty());
}

TEST_F(SessionPageTest, WithoutSoundTheCueIsTheBigLineNotASmallOne)
{
    m_player->sound = false;
    m_page->resize(1024, 600);
    ASSERT_TRUE(m_page->startExercise("banded-as"));
    advanceTo(core::SegmentKind::Out);
    QApplication::processEvents();
    auto* cue = m_page->findChild<QLabel*>("sessionCue");
    ASSERT_NE(cue, nullptr);
    EXPECT_TRUE(cue->isVisible());
    EXPECT_EQ(m_page->runView()->cueText(), QStringLiteral("Out"));
    EXPECT_GE(pixelSize(cue), 0.15 * m_page->height());
}

class BigLetters : public SessionPageTest, public ::testing::WithParamInterface<QSize>
{
};

TEST_P(BigLetters, TheCountdownAndCueAreAtLeastFifteenPercentOfThePageHeight)
{
    m_page->resize(GetParam());
    ASSERT_TRUE(m_page->startExercise("thread-the-needle"));
    auto* countdown = m_page->findChild<QLabel*>("sessionCountdown");
    auto* cue = m_page->findChild<QLabel*>("sessionCue");
    ASSERT_NE(countdown, nullptr);
    ASSERT_NE(cue, nullptr);
    // Through the longest words of a session: getting ready, moving,
    // switching sides, resting.
    for (const core::SegmentKind kind : {core::SegmentKind::GetReady, core::SegmentKind::Out,
                                         core::SegmentKind::SwitchSides, core::SegmentKind::Rest}) {
        advanceTo(kind);
        QApplication::processEvents();
        const double floor = 0.15 * m_page->height();
        EXPECT_GE(pixelSize(countdown), floor) << core::toId(kind).toStdString();
        EXPECT_GE(pixelSize(cue), floor) << core::toId(kind).toStdString();
        // And the words fit where they are shown.
        const QFontMetrics metrics(cue->font());
        for (const QString& line : cue->text().split('\n'))
            EXPECT_LE(metrics.horizontalAdvance(line), cue->width()) << line.toStdString();
        EXPECT_LE(metrics.height() * cue->text().count('\n') + metrics.height(), cue->height() + 1);
    }
}

INSTANTIATE_TEST_SUITE_P(WindowSizes, BigLetters,
                         ::testing::Values(QSize(1024, 600), QSize(1366, 768), QSize(1920, 1080)),
                         [](const ::testing::TestParamInfo<QSize>& info) {
                             return std::to_string(info.param.width()) + "x" +
                                    std::to_string(info.param.height());
                         });

TEST_F(SessionPageTest, InTheWindowTheBigLettersAreAtLeastFifteenPercentOfTheWindowsHeight)
{
    static const core::ContentLoadReport content =
        core::ContentLoader::load(core::ContentLoader::builtInDirectory());
    core::ProfileStore(*m_settings).setFirstRunDone(true);
    for (const QSize size : {QSize(1024, 600), QSize(1920, 1080)}) {
        ui::MainWindow window(content, *m_settings, m_clock, nullptr);
        window.resize(size);
        window.show();
        ui::SessionPage* page = window.session();
        window.showPage(ui::MainWindow::sessionPage());
        ASSERT_TRUE(page->startExercise("banded-as"));
        QApplication::processEvents();
        const double floor = 0.15 * window.height();
        EXPECT_GE(pixelSize(page->findChild<QLabel*>("sessionCountdown")), floor) << size.width();
        EXPECT_GE(pixelSize(page->findChild<QLabel*>("sessionCue")), floor) << size.width();
        page->controller()->stop();
        page->endView()->doneButton()->click();
    }
}

TEST_F(SessionPageTest, TheStepThatGoesWithTheMomentIsInViewDuringTheExercise)
{
    const core::Exercise* exercise = library().exercise("banded-as");
    ASSERT_NE(exercise, nullptr);
    ASSERT_TRUE(m_page->startExercise("banded-as"));
    auto* step = m_page->findChild<QLabel*>("sessionStepText");
    ASSERT_NE(step, nullptr);
    // Getting ready: the first step, the position.
    EXPECT_EQ(m_page->runView()->stepText(), exercise->steps[0]);
    // Moving out: the step that sweeps the arms out into the A.
    advanceTo(core::SegmentKind::Out);
    QApplication::processEvents();
    EXPECT_EQ(m_page->runView()->stepText(), exercise->steps[3]);
    EXPECT_TRUE(step->isVisible());
    EXPECT_GE(step->height(), step->heightForWidth(step->width()) - 1) << "the step is cut off";
    // Coming back: the step that lets them drift back.
    advanceTo(core::SegmentKind::Back);
    EXPECT_EQ(m_page->runView()->stepText(), exercise->steps[4]);
    // Set, rep and side, and what comes next.
    EXPECT_EQ(m_page->runView()->countersText(), QStringLiteral("Set 1 of 2  ·  Rep 1 of 8"));
    EXPECT_EQ(m_page->runView()->nextText(), QStringLiteral("Last exercise"));
}

TEST_F(SessionPageTest, ARoutineShowsItsOwnDoseSideAndWhatComesNext)
{
    // The routine runs Thread the needle at one set a side, not its own two.
    ASSERT_TRUE(m_page->startRoutine("mid-back-reset"));
    QTest::keyClick(m_page.get(), Qt::Key_Right);
    EXPECT_EQ(m_page->runView()->nextText(), QStringLiteral("Next: Thread the needle"));
    advanceTo(core::SegmentKind::BetweenExercises);
    // Resting before it: it is shown, to get into its position.
    EXPECT_TRUE(m_page->findChild<QLabel*>("sessionTitle")->text().contains("Thread the needle"));
    EXPECT_EQ(m_page->runView()->stepText(), library().exercise("thread-the-needle")->steps[0]);
    EXPECT_EQ(m_page->runView()->nextText(), QStringLiteral("Then: Thoracic foam roll"));
    advanceTo(core::SegmentKind::Out);
    EXPECT_EQ(m_page->runView()->countersText(), QStringLiteral("Rep 1 of 6  ·  Left side"));
    advanceTo(core::SegmentKind::SwitchSides);
    EXPECT_TRUE(m_page->runView()->countersText().contains("Right side"));
}

TEST(SessionFigure, NoShippedExerciseIsCutOffAt1024x600)
{
    // The running view as a 1024×600 window's page gives it, each exercise at
    // the start, middle and end of its movement. Walls and doorways run up
    // out of the picture as a room's do; nothing else may touch an edge.
    ui::SessionRunView run(library());
    run.resize(1024 - 110, 600 - 30);
    run.show();
    for (const core::Exercise& exercise : library().exercises()) {
        const core::SessionPlan plan = core::SessionPlan::forExercise(exercise);
        run.setItems(plan.items());
        run.showView(core::SessionView::at(plan, plan.exerciseWorkStartMs(0) + 500));
        QApplication::processEvents();
        ui::FigureView* figure = run.figure();
        ASSERT_GT(figure->height(), 300) << "the figure has the room it needs";
        bool architecture = false;
        for (const core::PropSpec& prop : library().illustration(exercise.id)->props)
            architecture = architecture || prop.type == core::PropType::Wall ||
                           prop.type == core::PropType::Doorway;
        QRect wholeMovement;
        for (const double position : {0.0, 0.5, 1.0}) {
            figure->setPosition(position);
            const QRect drawn = drawnBounds(figure);
            wholeMovement |= drawn;
            const QRect inside = figure->rect().adjusted(5, 5, -5, -5);
            ASSERT_FALSE(drawn.isEmpty()) << exercise.id.toStdString();
            EXPECT_GE(drawn.left(), inside.left())
                << exercise.id.toStdString() << " at " << position;
            EXPECT_LE(drawn.right(), inside.right())
                << exercise.id.toStdString() << " at " << position;
            EXPECT_LE(drawn.bottom(), inside.bottom())
                << exercise.id.toStdString() << " at " << position;
            if (!architecture) {
                EXPECT_GE(drawn.top(), inside.top())
                    << exercise.id.toStdString() << " at " << position;
            }
        }
        // As large as the room allows: the movement fills the width or the height.
        EXPECT_TRUE(wholeMovement.width() > figure->width() * 0.6 ||
                    wholeMovement.height() > figure->height() * 0.6)
            << exercise.id.toStdString() << " is drawn small";
    }
}

TEST_F(SessionPageTest, TheDoubleChinsFigureShowsTheWholeChairAndLegs)
{
    // In a session, seen from across the room, she needs the whole body.
    m_page->resize(1024, 600);
    ASSERT_TRUE(m_page->startExercise("double-chins"));
    QApplication::processEvents();
    ui::FigureView* figure = m_page->runView()->figure();
    const QRectF scene = figure->sceneTarget();
    EXPECT_TRUE(QRectF(figure->rect()).contains(scene));
    // The chair and feet stand on the floor, inside the picture.
    const QRect drawn = drawnBounds(figure);
    EXPECT_LE(drawn.bottom(), figure->height() - 5);
    EXPECT_GE(drawn.left(), 5);
    EXPECT_LE(drawn.right(), figure->width() - 5);
}

TEST_F(SessionPageTest, TheChooserShowsEachRoutineAsACardWithItsTimeAndAStartButton)
{
    m_page->resize(1024, 600);
    QApplication::processEvents();
    ui::RoutineChooser* chooser = m_page->routineChooser();
    ASSERT_EQ(size_t(chooser->startButtons().size()), library().routines().size());
    EXPECT_EQ(chooser->columns(), 2) << "two cards a row fill the width";
    for (size_t i = 0; i < library().routines().size(); ++i) {
        const core::Routine& routine = library().routines().at(i);
        QPushButton* start = chooser->startButtons().at(qsizetype(i));
        EXPECT_TRUE(start->isVisible());
        EXPECT_EQ(start->property("routineId").toString(), routine.id);
        const QWidget* card = chooser->findChild<QWidget*>("routineCard-" + routine.id);
        ASSERT_NE(card, nullptr);
        EXPECT_TRUE(card->isAncestorOf(start));
        QStringList texts;
        for (const QLabel* label : card->findChildren<QLabel*>())
            texts << label->text();
        EXPECT_TRUE(texts.contains(routine.name));
        EXPECT_TRUE(texts.contains(routine.summary));
        EXPECT_TRUE(texts.join(' ').contains(QRegularExpression("About \\d+ min")))
            << texts.join('|').toStdString();
    }
    // The cards use the page: together they fill most of its height.
    const QWidget* last = chooser->startButtons().constLast();
    EXPECT_GT(last->mapTo(m_page.get(), QPoint(0, last->height())).y(), m_page->height() / 2);
    // Pictures of the exercises only where there is the height for them.
    EXPECT_FALSE(chooser->picturesShown());
    m_page->resize(1366, 768);
    EXPECT_TRUE(chooser->picturesShown());

    chooser->startButtons().at(1)->click();
    ASSERT_TRUE(m_page->isRunning());
    EXPECT_EQ(m_page->controller()->engine()->plan().routineId(), library().routines().at(1).id);
}

TEST_F(SessionPageTest, TheSessionFollowsTheDarkTheme)
{
    ui::applyTheme(*qApp, ui::Theme::Dark);
    m_page->resize(1024, 600);
    ASSERT_TRUE(m_page->startExercise("banded-as"));
    advanceTo(core::SegmentKind::Out);
    QApplication::processEvents();
    const QPalette dark = QApplication::palette();
    const QImage shot = m_page->grab().toImage();
    // The page's background and its words in the theme's colours.
    EXPECT_EQ(QColor(shot.pixel(shot.width() - 3, shot.height() / 2)),
              dark.color(QPalette::Window));
    for (const char* name : {"sessionCountdown", "sessionCue", "sessionCounters", "sessionStepText",
                             "sessionNext", "sessionTitle"}) {
        const QLabel* label = m_page->findChild<QLabel*>(name);
        EXPECT_EQ(label->palette().color(QPalette::WindowText), dark.color(QPalette::WindowText))
            << name;
    }
    // Quieter words in the theme's own muted colour (AA in both themes).
    EXPECT_EQ(
        m_page->findChild<QLabel*>("sessionStepCaption")->palette().color(QPalette::WindowText),
        dark.color(QPalette::PlaceholderText));
    m_page->controller()->stop();
    EXPECT_EQ(
        m_page->findChild<QLabel*>("sessionEndHeading")->palette().color(QPalette::WindowText),
        dark.color(QPalette::WindowText));
    ui::applyTheme(*qApp, ui::Theme::System);
}

TEST_F(SessionPageTest, WordsOfAMomentGiveWayToWhatTheStretchIs)
{
    // Child's pose: one long hold. "Halfway" is shown as it is said, then
    // the line goes back to "Hold" rather than saying "Halfway" to the end.
    ASSERT_TRUE(m_page->startExercise("childs-pose"));
    advanceTo(core::SegmentKind::Hold);
    EXPECT_EQ(m_page->runView()->cueText(), QStringLiteral("Hold"));
    const core::SessionView hold = m_page->controller()->engine()->view();
    advance(hold.segment.durationMs / 2 - hold.segmentElapsedMs + 200);
    EXPECT_EQ(m_page->runView()->cueText(), QStringLiteral("Halfway"));
    advance(4000);
    EXPECT_EQ(m_page->runView()->cueText(), QStringLiteral("Hold"));
}

TEST_F(SessionPageTest, TheLettersFollowTheWindowWhenItIsMadeSmaller)
{
    static const core::ContentLoadReport content =
        core::ContentLoader::load(core::ContentLoader::builtInDirectory());
    core::ProfileStore(*m_settings).setFirstRunDone(true);
    ui::MainWindow window(content, *m_settings, m_clock, nullptr);
    window.resize(1920, 1080);
    window.show();
    window.showPage(ui::MainWindow::sessionPage());
    ui::SessionPage* page = window.session();
    ASSERT_TRUE(page->startExercise("thoracic-foam-roll")); // a three-figure countdown
    QApplication::processEvents();
    auto* cue = page->findChild<QLabel*>("sessionCue");
    const int large = pixelSize(cue);
    // The big letters never hold the window at its larger size.
    window.resize(1024, 600);
    QApplication::processEvents();
    EXPECT_EQ(window.size(), QSize(1024, 600));
    EXPECT_LT(pixelSize(cue), large);
    EXPECT_GE(pixelSize(cue), 0.15 * window.height());
    EXPECT_LE(cue->geometry().bottom(), page->runView()->height());
    page->controller()->stop();
    page->endView()->doneButton()->click();
}

// Early after a caesarean: what does not suit yet says so on its card, asks
// before it starts, and offers the nearest routine that does.
TEST_F(SessionPageTest, ARoutineThatDoesNotSuitYetAsksAndOffersTheNearestThatDoes)
{
    core::Profile profile;
    profile.birthType = core::BirthType::Caesarean;
    profile.setWeeksSinceBirth(1, m_clock.today());
    core::ProfileStore(*m_settings).save(profile);
    const core::Routine* routine = library().routine("mid-back-reset");
    ASSERT_NE(routine, nullptr);
    const core::SuitabilityProfile now = m_page->suitabilityProfile();
    ASSERT_FALSE(core::RuleBook::forRoutine(*routine, library(), now).suits());
    const core::Routine* nearest = core::RuleBook::nearestSuitable(*routine, library(), now);

    m_page->hide();
    m_page->show(); // the cards read the profile when the page shows
    QWidget* card = m_page->findChild<QWidget*>("routineCard-mid-back-reset");
    ASSERT_NE(card, nullptr);
    const QString line = card->findChild<QLabel*>("routineSuitability")->text();
    EXPECT_TRUE(line.contains("Not yet for you")) << line.toStdString();
    EXPECT_TRUE(line.contains(
        QString::number(core::RuleBook::earliestWeeks(*routine, library()).caesarean)));

    // Cancel starts nothing.
    answerNextDialog([](QWidget* box) {
        EXPECT_EQ(box->objectName(), "notYetBox");
        qobject_cast<QMessageBox*>(box)->button(QMessageBox::Cancel)->click();
    });
    EXPECT_FALSE(m_page->requestRoutine("mid-back-reset"));
    EXPECT_FALSE(m_page->isRunning());

    // The nearest that suits, when there is one.
    if (nearest) {
        answerNextDialog(
            [](QWidget* box) { qobject_cast<QMessageBox*>(box)->defaultButton()->click(); });
        EXPECT_TRUE(m_page->requestRoutine("mid-back-reset"));
        EXPECT_EQ(m_page->controller()->engine()->plan().routineId(), nearest->id);
        QTest::keyClick(m_page.get(), Qt::Key_Escape);
    }
}

TEST_F(SessionPageTest, AnExerciseTooEarlyStartsOnlyAfterMyClinicianClearedMe)
{
    core::Profile profile;
    profile.birthType = core::BirthType::Caesarean;
    profile.setWeeksSinceBirth(1, m_clock.today());
    core::ProfileStore(*m_settings).save(profile);
    ASSERT_GT(library().exercise("banded-as")->phase.caesareanEarliestWeek, 1);

    answerNextDialog([](QWidget* box) {
        qobject_cast<QMessageBox*>(box)->button(QMessageBox::Cancel)->click();
    });
    EXPECT_FALSE(m_page->requestExercise("banded-as"));
    EXPECT_FALSE(m_page->isRunning());

    answerNextDialog(
        [](QWidget* box) { box->findChild<QPushButton*>("clinicianClearedButton")->click(); });
    EXPECT_TRUE(m_page->requestExercise("banded-as"));
    EXPECT_TRUE(m_page->isRunning());

    // What suits starts without a question.
    ASSERT_LE(library().exercise("breathing-360")->phase.caesareanEarliestWeek, 1);
}

// With pelvic girdle pain chosen in her profile, a routine holding a move best
// left out says so on its card, and Start asks first, even when the weeks since
// the birth are not known.
TEST_F(SessionPageTest, PelvicGirdlePainAsksBeforeAMoveBestLeftOutEvenWithoutKnownWeeks)
{
    core::Profile profile;
    profile.birthType = core::BirthType::Vaginal;
    profile.symptomIds = {core::pelvicGirdlePainSymptomId()};
    core::ProfileStore(*m_settings).save(profile);
    const core::SuitabilityProfile now = m_page->suitabilityProfile();
    ASSERT_TRUE(now.pelvicGirdlePain);
    ASSERT_FALSE(now.weeksSinceBirth.has_value());

    // A routine it holds back, found from the content rather than named here.
    const core::Routine* heldBack = nullptr;
    for (const core::Routine& routine : library().routines()) {
        if (core::RuleBook::forRoutine(routine, library(), now).fit ==
            core::Suitability::Fit::Avoid)
            heldBack = &routine;
    }
    ASSERT_NE(heldBack, nullptr);
    const core::Suitability fit = core::RuleBook::forRoutine(*heldBack, library(), now);
    EXPECT_EQ(fit.avoidedFor, core::Suitability::Condition::PelvicGirdlePain);
    const core::Exercise* decider = library().exercise(fit.exerciseId);
    ASSERT_NE(decider, nullptr);

    m_page->hide();
    m_page->show();
    QWidget* card = m_page->findChild<QWidget*>("routineCard-" + heldBack->id);
    ASSERT_NE(card, nullptr);
    const QString line = card->findChild<QLabel*>("routineSuitability")->text();
    EXPECT_TRUE(line.contains("Not for you now")) << line.toStdString();
    EXPECT_TRUE(line.contains("pelvic girdle pain")) << line.toStdString();
    EXPECT_TRUE(line.contains(decider->name.toHtmlEscaped())) << line.toStdString();

    QString asked;
    answerNextDialog([&asked](QWidget* box) {
        asked = qobject_cast<QMessageBox*>(box)->informativeText();
        qobject_cast<QMessageBox*>(box)->button(QMessageBox::Cancel)->click();
    });
    EXPECT_FALSE(m_page->requestExercise(decider->id));
    EXPECT_FALSE(m_page->isRunning());
    EXPECT_TRUE(asked.contains("pelvic girdle pain")) << asked.toStdString();
    EXPECT_TRUE(asked.contains(decider->pelvicGirdlePain.note)) << asked.toStdString();

    // What suits her starts without a question.
    EXPECT_TRUE(m_page->requestExercise("pelvic-tilts"));
    EXPECT_TRUE(m_page->isRunning());
    m_page->controller()->stop();
}
