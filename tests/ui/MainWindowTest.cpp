#include "ContentFixtures.h"
#include "MainWindow.h"
#include "content/ContentLoader.h"
#include "models/ExerciseTreeModel.h"
#include "widgets/ExerciseDetailView.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace carrywell;

namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dataDir.isValid()); }

    QString settingsFile() const { return m_dataDir.filePath("settings.ini"); }

    static const core::ContentLoadReport& shipped()
    {
        static const core::ContentLoadReport report =
            core::ContentLoader::load(core::ContentLoader::builtInDirectory());
        return report;
    }

    QTemporaryDir m_dataDir;
};

QTreeView* treeOf(ui::MainWindow& window)
{
    return window.findChild<QTreeView*>("exerciseTree");
}

} // namespace

TEST_F(MainWindowTest, ListsEveryRegionAndUnderItEveryExerciseForIt)
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    ui::MainWindow window(shipped(), settings);
    window.show();
    QTreeView* tree = treeOf(window);
    ASSERT_NE(tree, nullptr);
    QAbstractItemModel* model = tree->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);

    const core::ContentLibrary& library = shipped().library;
    ASSERT_EQ(model->rowCount(), static_cast<int>(library.regions().size()));
    QSet<QString> seenExercises;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex regionIndex = model->index(r, 0);
        const auto region = core::fromId<core::Region>(
            regionIndex.data(ui::ExerciseTreeModel::RegionIdRole).toString());
        ASSERT_TRUE(region.has_value());
        EXPECT_TRUE(tree->isExpanded(regionIndex));
        EXPECT_TRUE(regionIndex.data().toString().startsWith(library.region(*region)->name));

        QStringList shown;
        for (int e = 0; e < model->rowCount(regionIndex); ++e) {
            const QModelIndex exerciseIndex = model->index(e, 0, regionIndex);
            shown.append(exerciseIndex.data(ui::ExerciseTreeModel::ExerciseIdRole).toString());
            EXPECT_FALSE(exerciseIndex.data().toString().isEmpty());
        }
        QStringList expected;
        for (const core::Exercise* exercise : library.exercisesFor(*region))
            expected.append(exercise->id);
        EXPECT_EQ(shown, expected) << core::toId(*region).toStdString();
        for (const QString& id : shown)
            seenExercises.insert(id);
    }
    EXPECT_EQ(seenExercises.size(), static_cast<qsizetype>(library.exercises().size()));
}

TEST_F(MainWindowTest, ClickingAnExerciseShowsItsStepsAndDosage)
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    ui::MainWindow window(shipped(), settings);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTreeView* tree = treeOf(window);
    auto* model = qobject_cast<ui::ExerciseTreeModel*>(tree->model());
    const QModelIndex index = model->indexOfExercise("double-chins");
    ASSERT_TRUE(index.isValid());
    tree->scrollTo(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());

    auto* detail = window.findChild<ui::ExerciseDetailView*>("exerciseDetail");
    ASSERT_NE(detail, nullptr);
    EXPECT_EQ(detail->exerciseId(), QStringLiteral("double-chins"));
    const QString text = detail->toPlainText();
    const core::Exercise* exercise = shipped().library.exercise("double-chins");
    EXPECT_TRUE(text.contains(exercise->name));
    for (const QString& step : exercise->steps)
        EXPECT_TRUE(text.contains(step)) << step.toStdString();
    EXPECT_TRUE(text.contains(exercise->dosage.describe()));
    EXPECT_TRUE(text.contains(exercise->stopIf.first()));
}

TEST_F(MainWindowTest, FollowingAnEasierVersionLinkSelectsThatExercise)
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    ui::MainWindow window(shipped(), settings);
    // Pick any exercise whose easier version is another exercise.
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
    EXPECT_EQ(detail->exerciseId(), from->easier.first().exerciseId);
    auto* model = qobject_cast<ui::ExerciseTreeModel*>(treeOf(window)->model());
    EXPECT_EQ(model->exerciseAt(treeOf(window)->currentIndex())->id, from->easier.first().exerciseId);
}

TEST_F(MainWindowTest, RemembersSizeAndTheExerciseBeingReadAcrossRestarts)
{
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        ui::MainWindow window(shipped(), settings);
        window.show();
        window.resize(900, 640);
        ASSERT_TRUE(window.showExercise("glute-bridge"));
        window.close();
    }
    QSettings settings(settingsFile(), QSettings::IniFormat);
    ui::MainWindow window(shipped(), settings);
    window.show();
    EXPECT_EQ(window.size(), QSize(900, 640));
    auto* detail = window.findChild<ui::ExerciseDetailView*>("exerciseDetail");
    EXPECT_EQ(detail->exerciseId(), QStringLiteral("glute-bridge"));
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
    ui::MainWindow window(report, settings);
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
    ui::MainWindow window(shipped(), settings);
    EXPECT_EQ(window.findChild<QWidget*>("contentProblemsBanner"), nullptr);
}
