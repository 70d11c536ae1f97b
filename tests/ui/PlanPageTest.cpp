#include "ui/plan/PlanPage.h"

#include "JournalUiFixture.h"
#include "ModalDialogs.h"
#include "core/journal/JournalHistory.h"
#include "core/plan/PlanJson.h"
#include "core/plan/PlanPreferences.h"
#include "core/plan/WeekPlanner.h"
#include "core/profile/ProfileStore.h"
#include "core/session/SessionEngine.h"
#include "ui/plan/ExercisePickerDialog.h"
#include "ui/plan/MakeWeekDialog.h"
#include "ui/plan/PlanDayList.h"
#include "ui/plan/PlanDayView.h"
#include "ui/plan/PlanExerciseList.h"
#include "ui/plan/PlanWorkspace.h"
#include "ui/print/PlanPrintActions.h"
#include "ui/session/SessionController.h"
#include "ui/session/SessionPage.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace carrywell;
using namespace carrywell::test;

namespace {

/// The Plan page on Wednesday 14 January 2026, for someone ten weeks after a
/// vaginal birth with a stiff mid back, free on every day but Wednesday and Saturday.
class PlanPageTest : public JournalUiTest
{
protected:
    void SetUp() override
    {
        JournalUiTest::SetUp();
        core::Profile profile;
        profile.birthType = core::BirthType::Vaginal;
        profile.setWeeksSinceBirth(10, m_clock.today());
        profile.symptomIds = {QStringLiteral("mid-upper-back-pain")};
        core::ProfileStore(*m_settings).save(profile);
        core::PlanPreferences preferences;
        preferences.minutesPerDay = 12;
        preferences.freeDays = {true, true, false, true, true, false, true};
        core::PlanPreferencesStore(*m_settings).save(preferences);
        m_page = std::make_unique<ui::PlanPage>(*m_journal, shippedContent().library, *m_settings,
                                                m_clock);
        m_page->resize(1100, 720);
        m_page->show();
    }

    void TearDown() override
    {
        m_page.reset();
        JournalUiTest::TearDown();
    }

    /// Makes the week straight from the saved answers.
    void makeWeek()
    {
        ui::PlanWorkspace* workspace = m_page->workspace();
        ASSERT_TRUE(workspace->makeWeek(workspace->profile(), workspace->preferences()));
    }

    std::optional<core::WeeklyPlan> stored(const QDate& day = {}) const
    {
        const auto saved =
            core::JournalHistory(*m_journal).planForWeek(day.isValid() ? day : m_clock.today());
        EXPECT_TRUE(saved);
        if (!saved || !saved.value())
            return std::nullopt;
        return core::weeklyPlanFrom(*saved.value()).value();
    }

    QStringList ids(const core::WeeklyPlan& plan, int day) const
    {
        QStringList result;
        for (const core::PlannedExercise& item : plan.days[day].exercises)
            result << item.exerciseId;
        return result;
    }

    template <typename T>
    T* find(const char* name) const
    {
        T* widget = m_page->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    std::unique_ptr<ui::PlanPage> m_page;
};

/// Every message box shown while it lives, answered as soon as it shows: the
/// title and text of each, in order, so a test can tell one report from two.
class MessageBoxRecorder : public QObject
{
public:
    MessageBoxRecorder() { qApp->installEventFilter(this); }
    ~MessageBoxRecorder() override { qApp->removeEventFilter(this); }

    QStringList shown;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* box = qobject_cast<QMessageBox*>(watched);
        if (box && event->type() == QEvent::Show) {
            shown << box->windowTitle() + QStringLiteral(": ") + box->text();
            QMetaObject::invokeMethod(box, &QDialog::reject, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

TEST_F(PlanPageTest, OffersToMakeAWeekWhenNoneIsStored)
{
    auto* stack = m_page->findChild<QStackedWidget*>();
    ASSERT_NE(stack, nullptr);
    EXPECT_TRUE(stack->currentWidget()->isAncestorOf(find<QPushButton>("planEmptyMakeButton")));
    EXPECT_TRUE(find<QLabel>("planEmptyText")->text().contains(QStringLiteral("No plan")));
    EXPECT_TRUE(
        find<QLabel>("planWeekTitle")->text().contains(QStringLiteral("12 – 18 January 2026")));
    EXPECT_FALSE(stored());
}

TEST_F(PlanPageTest, MakeMyWeekAsksThenStoresThePlanAndRemembersTheAnswers)
{
    answerNextDialog([](QWidget* modal) {
        auto* dialog = qobject_cast<ui::MakeWeekDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->minutesSpin()->value(), 12);
        EXPECT_FALSE(dialog->dayBox(2)->isChecked());
        dialog->minutesSpin()->setValue(15);
        dialog->dayBox(6)->setChecked(false);
        // The gap is asked once, with the profile.
        dialog->findChild<QCheckBox*>("profileDiastasis")->setChecked(true);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    ASSERT_TRUE(m_page->makeWeek());

    const std::optional<core::WeeklyPlan> plan = stored();
    ASSERT_TRUE(plan);
    EXPECT_EQ(plan->minutesPerDay, 15);
    EXPECT_TRUE(plan->days[2].rest);
    EXPECT_TRUE(plan->days[6].rest);
    EXPECT_FALSE(plan->days[0].rest);
    const core::PlanPreferences saved = core::PlanPreferencesStore(*m_settings).load();
    EXPECT_EQ(saved.minutesPerDay, 15);
    EXPECT_TRUE(saved.diastasis);
    EXPECT_TRUE(core::ProfileStore(*m_settings).load().diastasis)
        << "one answer, kept with the profile";
    EXPECT_FALSE(saved.freeDays[6]);

    EXPECT_EQ(m_page->dayList()->count(), 7);
    EXPECT_TRUE(m_page->dayList()->item(2)->text().contains(QStringLiteral("Rest day")));
    EXPECT_TRUE(m_page->dayList()->item(2)->text().contains(QStringLiteral("Today")));
}

TEST_F(PlanPageTest, MakeMyWeekKeepsHerActivitiesAndHerName)
{
    // The dialog asks the profile's questions but not her activities nor her
    // name for a clinic; saving its answers must leave them as they were.
    core::Profile profile = core::ProfileStore(*m_settings).load();
    profile.activities = {QStringLiteral("Pushing the pram")};
    profile.name = QStringLiteral("Ana Ruiz");
    core::ProfileStore(*m_settings).save(profile);
    answerNextDialog([](QWidget* modal) {
        auto* dialog = qobject_cast<ui::MakeWeekDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->findChild<QWidget*>("activitiesEditor"), nullptr);
        EXPECT_EQ(dialog->findChild<QWidget*>("profileNameEdit"), nullptr);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    ASSERT_TRUE(m_page->makeWeek());
    EXPECT_EQ(core::ProfileStore(*m_settings).load().activities,
              QStringList{QStringLiteral("Pushing the pram")});
    EXPECT_EQ(core::ProfileStore(*m_settings).load().name, QStringLiteral("Ana Ruiz"));
}

TEST_F(PlanPageTest, MakeMyWeekNeedsAFreeDay)
{
    answerNextDialog([](QWidget* modal) {
        auto* dialog = qobject_cast<ui::MakeWeekDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        for (int day = 0; day < 7; ++day)
            dialog->dayBox(day)->setChecked(false);
        EXPECT_FALSE(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        EXPECT_TRUE(dialog->findChild<QLabel*>(QStringLiteral("planHint"))->isVisibleTo(dialog));
        dialog->reject();
    });
    EXPECT_FALSE(m_page->makeWeek());
    EXPECT_FALSE(stored());
}

TEST_F(PlanPageTest, EachExerciseSaysWhyItIsThere)
{
    makeWeek();
    m_page->dayList()->setCurrentRow(0);
    ui::PlanExerciseList* list = m_page->dayView()->list();
    ASSERT_GT(list->model()->rowCount(), 2);
    const core::WeeklyPlan plan = stored().value();
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QString why =
            list->model()->index(row, 0).data(Qt::AccessibleDescriptionRole).toString();
        EXPECT_FALSE(why.isEmpty());
        EXPECT_TRUE(plan.days[0].exercises[row].reason.contains(
            why.section(QStringLiteral(". "), 0, 0).mid(1)))
            << qPrintable(why);
    }
}

TEST_F(PlanPageTest, DeleteRemovesAnExerciseAndUndoBringsItBack)
{
    makeWeek();
    m_page->dayList()->setCurrentRow(0);
    const QStringList before = ids(stored().value(), 0);
    ui::PlanExerciseList* list = m_page->dayView()->list();
    list->setFocus();
    m_page->dayView()->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Delete);
    QStringList expected = before;
    expected.removeAt(1);
    EXPECT_EQ(ids(stored().value(), 0), expected);
    EXPECT_EQ(list->model()->rowCount(), expected.size());

    m_page->undoAction()->trigger();
    EXPECT_EQ(ids(stored().value(), 0), before);
    m_page->redoAction()->trigger();
    EXPECT_EQ(ids(stored().value(), 0), expected);
}

TEST_F(PlanPageTest, AChangeThatCannotBeMadeSaysWhyOnceAndLeavesThePlan)
{
    makeWeek();
    m_page->dayList()->setCurrentRow(0);
    const core::WeeklyPlan before = stored().value();
    const int undoable = m_page->workspace()->undoStack()->count();
    MessageBoxRecorder boxes;
    // A removal of a row the day no longer has, as a stale view could ask.
    emit m_page->dayView()->removeRequested(99);
    EXPECT_EQ(boxes.shown,
              QStringList{QStringLiteral(
                  "The plan was not changed: That exercise is no longer in the plan.")});
    EXPECT_EQ(stored().value(), before);
    EXPECT_EQ(m_page->workspace()->undoStack()->count(), undoable);
}

TEST_F(PlanPageTest, AnUndoThatCannotBeSavedSaysWhyOnce)
{
    makeWeek();
    m_page->dayList()->setCurrentRow(0);
    m_page->dayView()->setCurrentRow(1);
    emit m_page->dayView()->removeRequested(1);
    {
        // Another program takes the saved plans away behind Carrywell's back.
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("saboteur"));
        other.setDatabaseName(journalPath());
        ASSERT_TRUE(other.open());
        QSqlQuery drop(other);
        ASSERT_TRUE(drop.exec(QStringLiteral("DROP TABLE plans")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));
    MessageBoxRecorder boxes;
    m_page->undoAction()->trigger();
    ASSERT_EQ(boxes.shown.size(), 1) << boxes.shown.join(QStringLiteral(" | ")).toStdString();
    EXPECT_TRUE(boxes.shown.first().startsWith(QStringLiteral("The plan was not changed: ")))
        << boxes.shown.first().toStdString();
}

TEST_F(PlanPageTest, AltDownMovesAnExerciseLaterInTheDay)
{
    makeWeek();
    m_page->dayList()->setCurrentRow(1);
    const QStringList before = ids(stored().value(), 1);
    ASSERT_GE(before.size(), 2) << qPrintable(before.join(QStringLiteral(", ")));
    ui::PlanExerciseList* list = m_page->dayView()->list();
    m_page->dayView()->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    QStringList expected = before;
    expected.move(0, 1);
    EXPECT_EQ(ids(stored().value(), 1), expected);
    EXPECT_EQ(m_page->dayView()->currentRow(), 1);
    find<QToolButton>("planUpButton")->click();
    EXPECT_EQ(ids(stored().value(), 1), before);
}

TEST_F(PlanPageTest, MoveToAnotherDayFromTheMenuTurnsARestDayIntoATrainingDay)
{
    makeWeek();
    m_page->dayList()->setCurrentRow(0);
    m_page->dayView()->setCurrentRow(m_page->dayView()->list()->model()->rowCount() - 1);
    const QString moved = ids(stored().value(), 0).last();
    QAction* toWednesday = m_page->findChild<QAction*>(QStringLiteral("planMoveTo3"));
    ASSERT_NE(toWednesday, nullptr);
    toWednesday->trigger();
    const core::WeeklyPlan plan = stored().value();
    EXPECT_FALSE(ids(plan, 0).contains(moved));
    EXPECT_EQ(ids(plan, 2), QStringList{moved});
    EXPECT_FALSE(plan.days[2].rest);
    EXPECT_FALSE(m_page->dayList()->item(2)->text().contains(QStringLiteral("Rest day")));
}

TEST_F(PlanPageTest, DroppingOnADayMovesTheExercise)
{
    makeWeek();
    m_page->dayList()->setCurrentRow(3);
    const QString moved = ids(stored().value(), 3).at(1);
    emit m_page->dayList()->exerciseDropped(3, 1, 5);
    const core::WeeklyPlan plan = stored().value();
    EXPECT_FALSE(ids(plan, 3).contains(moved));
    EXPECT_TRUE(ids(plan, 5).contains(moved));
}

TEST_F(PlanPageTest, RestDayButtonClearsTheDayAndSaysItIsRest)
{
    makeWeek();
    m_page->dayList()->setCurrentRow(4);
    find<QPushButton>("planRestButton")->click();
    EXPECT_TRUE(stored()->days[4].rest);
    EXPECT_TRUE(find<QLabel>("planRestNote")->isVisible());
    EXPECT_FALSE(find<QPushButton>("planStartButton")->isEnabled());
    m_page->undoAction()->trigger();
    EXPECT_FALSE(stored()->days[4].rest);
}

TEST_F(PlanPageTest, AddPicksOnlySuitableExercisesNotAlreadyOnTheDay)
{
    makeWeek();
    m_page->dayList()->setCurrentRow(0);
    const QStringList before = ids(stored().value(), 0);
    QString added;
    answerNextDialog([&](QWidget* modal) {
        auto* picker = qobject_cast<ui::ExercisePickerDialog*>(modal);
        ASSERT_NE(picker, nullptr);
        EXPECT_TRUE(picker->suitableOnly()->isChecked());
        const int suitable = picker->shownCount();
        EXPECT_FALSE(picker->select(before.first())) << "already on the day";
        picker->suitableOnly()->setChecked(false);
        EXPECT_GT(picker->shownCount(), suitable) << "some exercises come later or need equipment";
        picker->suitableOnly()->setChecked(true);
        picker->searchField()->setText(QStringLiteral("bridge"));
        ASSERT_GE(picker->shownCount(), 1);
        added = picker->chosen()->id;
        picker->accept();
    });
    find<QPushButton>("planAddButton")->click();
    const QStringList after = ids(stored().value(), 0);
    EXPECT_EQ(after.size(), before.size() + 1);
    EXPECT_TRUE(after.contains(added)) << qPrintable(added);
}

TEST_F(PlanPageTest, SwapOffersExercisesOfTheSameStage)
{
    makeWeek();
    m_page->dayList()->setCurrentRow(0);
    const core::PlannedExercise first = stored()->days[0].exercises.first();
    m_page->dayView()->setCurrentRow(0);
    QString swappedIn;
    answerNextDialog([&](QWidget* modal) {
        auto* picker = qobject_cast<ui::ExercisePickerDialog*>(modal);
        ASSERT_NE(picker, nullptr);
        ASSERT_GE(picker->shownCount(), 1);
        swappedIn = picker->chosen()->id;
        picker->accept();
    });
    find<QPushButton>("planSwapButton")->click();
    const core::PlannedExercise now = stored()->days[0].exercises.first();
    EXPECT_EQ(now.exerciseId, swappedIn);
    EXPECT_NE(now.exerciseId, first.exerciseId);
    EXPECT_EQ(now.stage, first.stage);
}

TEST_F(PlanPageTest, StartSendsTheDaysExercisesWithTheirPlannedDoses)
{
    makeWeek();
    m_page->dayList()->setCurrentRow(0);
    QSignalSpy started(m_page.get(), &ui::PlanPage::startRequested);
    find<QPushButton>("planStartButton")->click();
    ASSERT_EQ(started.size(), 1);
    EXPECT_EQ(started.at(0).at(0).toString(), ui::PlanPage::routineId());
    const auto items = started.at(0).at(2).value<QList<core::SessionItem>>();
    const core::PlanDay monday = stored()->days[0];
    ASSERT_EQ(items.size(), monday.exercises.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        EXPECT_EQ(items[i].exerciseId, monday.exercises[i].exerciseId);
        EXPECT_EQ(items[i].dosage.estimatedSeconds(),
                  monday.exercises[i].dosage.estimatedSeconds());
    }
}

TEST_F(PlanPageTest, TodaysButtonSaysToday)
{
    makeWeek();
    m_page->dayList()->setCurrentRow(3);
    EXPECT_EQ(find<QPushButton>("planStartButton")->text(), QStringLiteral("Start this routine"));
    m_page->showDay(QDate(2026, 1, 13));
    EXPECT_EQ(find<QPushButton>("planStartButton")->text(), QStringLiteral("Start this routine"));
    EXPECT_TRUE(find<QLabel>("planDayTitle")->text().contains(QStringLiteral("Tuesday")));
}

TEST_F(PlanPageTest, WeeksAreBrowsedAndEachKeepsItsOwnPlan)
{
    makeWeek();
    find<QPushButton>("planNextWeek")->click();
    EXPECT_EQ(m_page->workspace()->week(), QDate(2026, 1, 19));
    EXPECT_EQ(m_page->workspace()->plan(), nullptr);
    EXPECT_TRUE(find<QLabel>("planWeekTitle")->text().startsWith(QStringLiteral("Next week")));
    makeWeek();
    EXPECT_TRUE(stored(QDate(2026, 1, 20)));
    find<QPushButton>("planThisWeek")->click();
    EXPECT_EQ(m_page->workspace()->week(), QDate(2026, 1, 12));
    ASSERT_NE(m_page->workspace()->plan(), nullptr);
    EXPECT_EQ(core::JournalHistory(*m_journal).plans()->size(), 2);
}

TEST_F(PlanPageTest, ADayWithAPlanSessionIsMarkedDone)
{
    makeWeek();
    core::SessionRecord done = session(utc(2026, 1, 13, 19), ui::PlanPage::routineId(), 10);
    add(done);
    EXPECT_TRUE(m_page->dayList()->item(1)->text().contains(QStringLiteral("done")));
    EXPECT_FALSE(m_page->dayList()->item(0)->text().contains(QStringLiteral("done")));
}

TEST_F(PlanPageTest, TryAnotherPlanKeepsTheAnswersAndCanBeUndone)
{
    makeWeek();
    const core::WeeklyPlan first = stored().value();
    find<QPushButton>("planAnotherButton")->click();
    const core::WeeklyPlan second = stored().value();
    EXPECT_NE(second.seed, first.seed);
    EXPECT_EQ(second.minutesPerDay, first.minutesPerDay);
    m_page->undoAction()->trigger();
    EXPECT_EQ(stored().value(), first);
}

TEST_F(PlanPageTest, MainWindowStartsTheDayAsAGuidedSessionOnTheSessionPage)
{
    makeWeek();
    m_page.reset();
    ui::MainWindow window(shippedContent(), *m_settings, m_clock, m_journal.get());
    window.show();
    ASSERT_TRUE(window.showPage(ui::MainWindow::planPage()));
    ui::PlanPage* page = window.plan();
    ASSERT_NE(page, nullptr);
    page->dayList()->setCurrentRow(0);
    page->findChild<QPushButton*>(QStringLiteral("planStartButton"))->click();
    EXPECT_EQ(window.currentPage(), ui::MainWindow::sessionPage());
    ASSERT_TRUE(window.session()->isRunning());
    EXPECT_EQ(window.session()->controller()->engine()->plan().routineId(),
              ui::PlanPage::routineId());
    EXPECT_EQ(window.session()->controller()->engine()->plan().items().size(),
              stored()->days[0].exercises.size());
}

TEST_F(PlanPageTest, PrintSaveAndCalendarFollowTheShownWeeksPlan)
{
    auto* printButton = find<QToolButton>("printPlanActionButton");
    ui::PlanPrintActions* print = m_page->printActions();
    EXPECT_FALSE(print->printAction()->isEnabled()) << "no plan yet";
    makeWeek();
    EXPECT_TRUE(print->printAction()->isEnabled());
    EXPECT_TRUE(printButton->isVisible());
    const QString pdf = m_dir.filePath(QStringLiteral("week.pdf"));
    ASSERT_TRUE(print->saveAsPdfTo(pdf));
    EXPECT_GT(QFileInfo(pdf).size(), 1000);
    find<QPushButton>("planNextWeek")->click();
    EXPECT_FALSE(print->printAction()->isEnabled()) << "next week has no plan";
}

TEST_F(PlanPageTest, CtrlPPrintsThePlanOnThePlanPageAndTheReportOnTheJournalPage)
{
    makeWeek();
    m_page.reset();
    ui::MainWindow window(shippedContent(), *m_settings, m_clock, m_journal.get());
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_TRUE(window.showPage(ui::MainWindow::planPage()));
    ui::PlanPage* page = window.plan();
    QAction* printPlan = page->printActions()->printAction();
    QAction* report = window.findChild<QAction*>(QStringLiteral("journalReportAction"));
    ASSERT_NE(report, nullptr);
    QSignalSpy planPrinted(printPlan, &QAction::triggered);
    QSignalSpy reported(report, &QAction::triggered);

    page->dayList()->setFocus();
    answerNextDialog([](QWidget* preview) { preview->close(); });
    ASSERT_NE(QApplication::focusWidget(), nullptr);
    EXPECT_TRUE(page->isAncestorOf(QApplication::focusWidget()))
        << qPrintable(QApplication::focusWidget()->objectName());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier);
    EXPECT_EQ(planPrinted.size(), 1);
    EXPECT_EQ(reported.size(), 0);

    auto* fileMenu = window.menuBar()->actions().first()->menu();
    ASSERT_NE(fileMenu, nullptr);
    emit fileMenu->aboutToShow();
    EXPECT_TRUE(fileMenu->actions().contains(printPlan));
    EXPECT_TRUE(fileMenu->actions().contains(report));
    // One menu item says Ctrl+P: the one it does on this page.
    int printKeys = 0;
    for (const QAction* action : fileMenu->actions())
        printKeys += action->shortcut() == QKeySequence(QKeySequence::Print);
    EXPECT_EQ(printKeys, 1);
    EXPECT_EQ(printPlan->shortcut(), QKeySequence(QKeySequence::Print));
}

TEST_F(PlanPageTest, PagesAreBuiltWhenFirstShown)
{
    m_page.reset();
    ui::MainWindow window(shippedContent(), *m_settings, m_clock, m_journal.get());
    window.show();
    EXPECT_FALSE(window.isPageBuilt(ui::MainWindow::planPage()));
    EXPECT_FALSE(window.isPageBuilt(ui::MainWindow::sessionPage()));
    EXPECT_FALSE(window.isPageBuilt(ui::MainWindow::learnPage()));
    ASSERT_TRUE(window.showPage(ui::MainWindow::planPage()));
    EXPECT_TRUE(window.isPageBuilt(ui::MainWindow::planPage()));
    EXPECT_EQ(window.currentPage(), ui::MainWindow::planPage());
    EXPECT_TRUE(window.plan()->isVisible());
    EXPECT_FALSE(window.isPageBuilt(ui::MainWindow::sessionPage()));
}
