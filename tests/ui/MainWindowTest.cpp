#include "ui/window/MainWindow.h"

#include "ContentFixtures.h"
#include "core/content/ContentLoader.h"
#include "core/profile/ProfileStore.h"
#include "ui/figure/FigureView.h"
#include "ui/learn/LearnPage.h"
#include "ui/library/ExerciseDetailView.h"
#include "ui/library/ExerciseListModel.h"
#include "ui/library/ExercisePane.h"
#include "ui/library/LibraryFilterPanel.h"
#include "ui/library/LibraryPage.h"
#include "ui/widgets/BodyMapWidget.h"

#include <QApplication>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace carrywell;

namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dataDir.isValid());
        // Past the first run, so no wizard interrupts.
        QSettings settings(settingsFile(), QSettings::IniFormat);
        core::ProfileStore(settings).setFirstRunDone(true);
    }

    QString settingsFile() const { return m_dataDir.filePath("settings.ini"); }

    static const core::ContentLoadReport& shipped()
    {
        static const core::ContentLoadReport report =
            core::ContentLoader::load(core::ContentLoader::builtInDirectory());
        return report;
    }

    QTemporaryDir m_dataDir;
    core::ManualClock m_clock;
};

QStringList resultIds(ui::MainWindow& window)
{
    QStringList ids;
    for (const core::Exercise* e : window.library()->resultsModel()->exercises())
        ids.append(e->id);
    return ids;
}

} // namespace

TEST_F(MainWindowTest, ShowsEveryRegionAndEveryExercise)
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    ui::MainWindow window(shipped(), settings, m_clock);
    window.show();
    const core::ContentLibrary& library = shipped().library;

    auto* regions = window.findChild<QListWidget*>("regionList");
    ASSERT_NE(regions, nullptr);
    ASSERT_EQ(regions->count(), static_cast<int>(library.regions().size()) + 1); // + "All"
    for (const core::RegionInfo& region : library.regions()) {
        const auto found = regions->findItems(region.name, Qt::MatchStartsWith);
        EXPECT_EQ(found.size(), 1) << region.id().toStdString();
    }
    // With no filter, every exercise is listed, each once.
    const QStringList ids = resultIds(window);
    EXPECT_EQ(ids.size(), static_cast<qsizetype>(library.exercises().size()));
    for (const core::Exercise& exercise : library.exercises())
        EXPECT_TRUE(ids.contains(exercise.id)) << exercise.id.toStdString();
}

TEST_F(MainWindowTest, TheBodyMapAndTheExercisePicturesGrowWithTheWindow)
{
    // Measured in the window as it is used: the body map on the Library
    // page, and on an exercise's page its moving figure and step drawings.
    struct Sizes
    {
        int pageHeight = 0;
        QSize map;
        int figure = 0;
        int text = 0;
        QSize step;
    };
    QSettings settings(settingsFile(), QSettings::IniFormat);
    const auto measure = [&](QSize windowSize) {
        ui::MainWindow window(shipped(), settings, m_clock);
        window.resize(windowSize);
        window.show();
        QApplication::processEvents();
        Sizes sizes;
        sizes.pageHeight = window.library()->height();
        sizes.map = window.library()->filterPanel()->bodyMap()->size();
        EXPECT_TRUE(window.showExercise(QStringLiteral("double-chins")));
        QApplication::processEvents();
        const auto* pane = window.findChild<ui::ExercisePane*>(QStringLiteral("exercisePane"));
        EXPECT_NE(pane, nullptr);
        if (pane) {
            sizes.figure = pane->figureView()->height();
            sizes.text = pane->detailView()->height();
            sizes.step = pane->detailView()->stepImageSize();
        }
        return sizes;
    };
    const Sizes small = measure({1024, 600});
    const Sizes large = measure({1920, 1080});

    // 1024 × 600: the map keeps its usual size, the figure shows the body and
    // the text below it keeps room to read.
    EXPECT_GE(small.map.height(), 280);
    EXPECT_GE(small.figure, 160);
    EXPECT_GE(small.text, 250);
    EXPECT_GE(small.step.width(), 120);

    // 1920 × 1080: all of them grow, within reason.
    EXPECT_GE(large.map.height(), large.pageHeight * 45 / 100);
    EXPECT_GE(large.map.width(), small.map.width() * 3 / 2);
    EXPECT_LE(large.map.height(), 560);
    EXPECT_GE(large.figure, large.pageHeight * 33 / 100);
    EXPECT_GE(large.figure, small.figure * 3 / 2);
    EXPECT_LE(large.figure, 520);
    EXPECT_GE(large.step.width(), small.step.width() * 3 / 2);
    EXPECT_GE(large.text, large.pageHeight / 2);
}

TEST_F(MainWindowTest, OpeningAnExerciseShowsItsStepsAndDosage)
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    ui::MainWindow window(shipped(), settings, m_clock);
    window.show();
    auto* view = window.findChild<QListView*>("resultsView");
    ASSERT_NE(view, nullptr);
    const QStringList ids = resultIds(window);
    const int row = static_cast<int>(ids.indexOf("double-chins"));
    ASSERT_GE(row, 0);
    const QModelIndex index = view->model()->index(row, 0);
    view->setCurrentIndex(index);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);

    EXPECT_EQ(window.library()->currentExerciseId(), QStringLiteral("double-chins"));
    auto* detail = window.findChild<ui::ExerciseDetailView*>("exerciseDetail");
    ASSERT_NE(detail, nullptr);
    const QString text = detail->toPlainText();
    const core::Exercise* exercise = shipped().library.exercise("double-chins");
    EXPECT_TRUE(text.contains(exercise->name));
    for (const QString& step : exercise->steps)
        EXPECT_TRUE(text.contains(step)) << step.toStdString();
    EXPECT_TRUE(text.contains(exercise->dosage.describe()));
    EXPECT_TRUE(text.contains(exercise->stopIf.first()));

    // Back returns to the list with the same results.
    QTest::mouseClick(window.findChild<QPushButton*>("backToResultsButton"), Qt::LeftButton);
    EXPECT_TRUE(window.library()->currentExerciseId().isEmpty());
    EXPECT_EQ(resultIds(window), ids);
}

TEST_F(MainWindowTest, FollowingAnEasierVersionLinkOpensThatExercise)
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    ui::MainWindow window(shipped(), settings, m_clock);
    const core::Exercise* from = nullptr;
    for (const core::Exercise& e : shipped().library.exercises()) {
        if (!e.easier.isEmpty() && !e.easier.first().exerciseId.isEmpty()) {
            from = &e;
            break;
        }
    }
    ASSERT_NE(from, nullptr);
    ASSERT_TRUE(window.showExercise(from->id));
    auto* detail = window.findChild<ui::ExerciseDetailView*>("exerciseDetail");
    emit detail->anchorClicked(QUrl("exercise:" + from->easier.first().exerciseId));
    EXPECT_EQ(window.library()->currentExerciseId(), from->easier.first().exerciseId);
}

TEST_F(MainWindowTest, RemembersSizePageAndWhatWasOpenAcrossRestarts)
{
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        ui::MainWindow window(shipped(), settings, m_clock);
        window.show();
        window.resize(900, 640);
        ASSERT_TRUE(window.showExercise("glute-bridge"));
        window.close();
    }
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        ui::MainWindow window(shipped(), settings, m_clock);
        window.show();
        EXPECT_EQ(window.size(), QSize(900, 640));
        EXPECT_EQ(window.currentPage(), ui::MainWindow::libraryPage());
        EXPECT_EQ(window.library()->currentExerciseId(), QStringLiteral("glute-bridge"));
        window.showPage(ui::MainWindow::learnPage());
        ASSERT_TRUE(window.learn()->showTopic("relaxin"));
        window.close();
    }
    QSettings settings(settingsFile(), QSettings::IniFormat);
    ui::MainWindow window(shipped(), settings, m_clock);
    EXPECT_EQ(window.currentPage(), ui::MainWindow::learnPage());
    EXPECT_EQ(window.learn()->currentTopicId(), QStringLiteral("relaxin"));
}

TEST_F(MainWindowTest, KeyboardShortcutsReachEveryPage)
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    ui::MainWindow window(shipped(), settings, m_clock);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    const QStringList pages = window.pageIds();
    ASSERT_GE(pages.size(), 3);
    for (int i = pages.size() - 1; i >= 0; --i) {
        QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
        EXPECT_EQ(window.currentPage(), pages.at(i));
    }
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), ui::MainWindow::libraryPage());
    EXPECT_EQ(QApplication::focusWidget(), window.findChild<QWidget*>("searchEdit"));
    QTest::keyClicks(QApplication::focusWidget(), "banister");
    EXPECT_EQ(resultIds(window), QStringList{"banded-as"});
}

TEST_F(MainWindowTest, ContentProblemsAreShownWithTheirDetails)
{
    QTemporaryDir builtIn;
    QTemporaryDir user;
    test::writeJson(builtIn.path(), "library.json", test::minimalLibrary());
    test::writeText(user.path(), "broken.json", "{ not json");
    const core::ContentLoadReport report = core::ContentLoader::load(builtIn.path(), user.path());
    ASSERT_EQ(report.skippedFiles.size(), 1);

    QSettings settings(settingsFile(), QSettings::IniFormat);
    ui::MainWindow window(report, settings, m_clock);
    window.show();
    QWidget* banner = window.findChild<QWidget*>("contentProblemsBanner");
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    auto* details = window.findChild<QPlainTextEdit*>("contentProblemsDetails");
    EXPECT_FALSE(details->isVisible());
    window.findChild<QPushButton*>("contentProblemsDetailsButton")->click();
    EXPECT_TRUE(details->isVisible());
    EXPECT_TRUE(details->toPlainText().contains("broken.json"));
    EXPECT_TRUE(details->toPlainText().contains("is not valid JSON"));
    window.findChild<QPushButton*>("contentProblemsDismissButton")->click();
    EXPECT_FALSE(banner->isVisible());
}

TEST_F(MainWindowTest, NoBannerWhenEverythingLoaded)
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    ui::MainWindow window(shipped(), settings, m_clock);
    EXPECT_EQ(window.findChild<QWidget*>("contentProblemsBanner"), nullptr);
}

TEST_F(MainWindowTest, LearnHasEveryTopicFromTheSources)
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    ui::MainWindow window(shipped(), settings, m_clock);
    const QStringList topics = window.learn()->topicIds();
    for (const char* id : {"relaxin", "postural-shifts", "feeding-carrying", "core-weakness",
                           "fatigue", "muscle-imbalance", "moving-less", "lift-with-a-hip-hinge",
                           "exhale-to-lift", "staggered-stance", "switch-hips", "feeding-posture",
                           "heat-and-rest", "see-a-doctor-now", "pelvic-floor-physiotherapist"})
        EXPECT_TRUE(topics.contains(id)) << id;
    ASSERT_TRUE(window.learn()->showTopic("exhale-to-lift"));
    auto* text = window.findChild<QTextBrowser*>("learnText");
    EXPECT_TRUE(text->toPlainText().contains(shipped().library.guide("exhale-to-lift")->title));
}
