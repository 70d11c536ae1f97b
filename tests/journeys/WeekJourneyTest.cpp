// Make my week, start today's routine from the plan, see the day ticked off.

#include "JournalUiFixture.h"
#include "JourneySupport.h"
#include "core/journal/JournalHistory.h"
#include "ui/library/ExerciseListModel.h"
#include "ui/plan/PlanDayList.h"
#include "ui/plan/PlanDayView.h"
#include "ui/plan/PlanExerciseList.h"
#include "ui/plan/PlanPage.h"
#include "ui/session/SessionPage.h"
#include "ui/window/MainWindow.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <gtest/gtest.h>

using namespace carrywell;

namespace {

class WeekJourney : public test::JournalUiTest
{
protected:
    /// The text of each day in the plan page's list, Monday first.
    static QStringList dayTexts(const ui::PlanPage& plan)
    {
        QStringList texts;
        for (int row = 0; row < plan.dayList()->count(); ++row)
            texts.append(plan.dayList()->item(row)->text());
        return texts;
    }
};

} // namespace

TEST_F(WeekJourney, TodaysRoutineStartedFromThePlanTicksTheDayOff)
{
    ui::MainWindow window(test::shippedContent(), *m_settings, m_clock, m_journal.get());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    test::makeMyWeek(window, 10, 5);
    if (HasFatalFailure())
        return;
    ui::PlanPage* plan = window.plan();
    const int today = m_clock.today().dayOfWeek() - 1;
    const QStringList before = dayTexts(*plan);
    ASSERT_EQ(before.size(), 7);
    EXPECT_TRUE(before.at(today).contains(QStringLiteral("Today")))
        << before.at(today).toStdString();
    for (const QString& day : before)
        EXPECT_FALSE(day.contains(QStringLiteral("done"))) << day.toStdString();

    // Today is the day shown, with its routine and its Start button.
    EXPECT_EQ(plan->dayList()->currentRow(), today);
    const ui::PlanExerciseList* list = plan->dayView()->list();
    QStringList planned;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        planned.append(
            list->model()->index(row, 0).data(ui::ExerciseListModel::ExerciseIdRole).toString());
    ASSERT_FALSE(planned.isEmpty()) << "today is a rest day";
    auto* start = plan->findChild<QPushButton*>(QStringLiteral("planStartButton"));
    ASSERT_NE(start, nullptr);
    EXPECT_TRUE(start->text().contains(QStringLiteral("today"))) << start->text().toStdString();
    test::click(start);
    ASSERT_EQ(window.currentPage(), ui::MainWindow::sessionPage());
    ASSERT_TRUE(window.session()->isRunning());

    // The routine to its end, and Done.
    test::runSessionToTheEnd(window, m_clock);
    auto* done = window.findChild<QPushButton*>(QStringLiteral("sessionEndDoneButton"));
    ASSERT_NE(done, nullptr);
    ASSERT_TRUE(done->isVisible()) << "no end screen";
    test::click(done);

    // Back on the plan, today says it is done, and only today.
    test::goTo(window, ui::MainWindow::planPage());
    const QStringList after = dayTexts(*plan);
    ASSERT_EQ(after.size(), 7);
    for (int day = 0; day < 7; ++day) {
        SCOPED_TRACE(after.at(day).toStdString());
        EXPECT_EQ(after.at(day).endsWith(QStringLiteral("done ✓")), day == today);
        if (day != today) {
            EXPECT_EQ(after.at(day), before.at(day));
        }
    }

    // And the journal holds the session, every planned exercise done.
    const QList<core::SessionRecord> sessions =
        core::JournalHistory(*m_journal).sessions({m_clock.today(), m_clock.today()}).value();
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions.first().routineId, ui::PlanPage::routineId());
    EXPECT_EQ(sessions.first().exercisesDone(), planned);
    EXPECT_TRUE(sessions.first().exercisesSkipped().isEmpty());
}
