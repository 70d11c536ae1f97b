#include "pages/SessionPage.h"

#include "ModalDialogs.h"
#include "audio/CuePlayer.h"
#include "audio/SpeechClips.h"
#include "content/ContentLoader.h"
#include "dialogs/PainRatingDialog.h"
#include "session/CueAnnouncement.h"
#include "session/SessionController.h"
#include "session/SessionPlan.h"
#include "session/SessionRunView.h"
#include "session/SessionStateStore.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
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
        m_settings = std::make_unique<QSettings>(m_dir.filePath("settings.ini"), QSettings::IniFormat);
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

    QTemporaryDir m_dir;
    core::ManualClock m_clock;
    std::unique_ptr<QSettings> m_settings;
    RecordingCuePlayer* m_player = nullptr;
    std::unique_ptr<ui::SessionPage> m_page;
};

} // namespace

TEST(CueAnnouncement, CuesDueTogetherAreSpokenTogetherWithTheStrongestTone)
{
    core::Cue go;
    go.kind = core::CueKind::Go;
    go.text = "Go";
    core::Cue out;
    out.kind = core::CueKind::Out;
    out.text = "Out";
    const ui::CueAnnouncement both = ui::CueAnnouncement::forCues({go, out});
    EXPECT_EQ(both.text, QStringLiteral("Go. Out."));
    EXPECT_EQ(both.tone, ui::CuePlayer::Tone::Go);
}

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

TEST_F(SessionPageTest, EscapeAsksBeforeStoppingAndThenAsksAboutPain)
{
    ASSERT_TRUE(m_page->startExercise("cat-cow"));
    advance(2000);
    std::optional<int> before;
    std::optional<int> after;
    bool ended = false;
    QObject::connect(m_page.get(), &ui::SessionPage::sessionEnded,
                     [&](const core::SessionSummary& summary, std::optional<int> b,
                         std::optional<int> a) {
                         ended = true;
                         before = b;
                         after = a;
                         EXPECT_FALSE(summary.completed);
                         EXPECT_EQ(summary.exercisesSkipped(), QStringList{"cat-cow"});
                     });
    // "No" keeps the session going.
    answerNextDialog([](QWidget* box) {
        qobject_cast<QMessageBox*>(box)->button(QMessageBox::No)->click();
    });
    QTest::keyClick(m_page.get(), Qt::Key_Escape);
    EXPECT_TRUE(m_page->isRunning());
    EXPECT_FALSE(ended);

    answerNextDialog([](QWidget* box) {
        qobject_cast<QMessageBox*>(box)->button(QMessageBox::Yes)->click();
        answerNextDialog([](QWidget* dialog) {
            auto* pain = qobject_cast<ui::PainRatingDialog*>(dialog);
            ASSERT_NE(pain, nullptr);
            pain->setBefore(6);
            pain->setAfter(4);
            pain->accept();
        });
    });
    QTest::keyClick(m_page.get(), Qt::Key_Escape);
    EXPECT_FALSE(m_page->isRunning());
    EXPECT_TRUE(ended);
    EXPECT_EQ(before, 6);
    EXPECT_EQ(after, 4);
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
