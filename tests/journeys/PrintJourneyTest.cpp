// Her week on paper: Save as PDF from the plan page, and the file says what
// the page showed, read back with pdftotext.

#include "JournalUiFixture.h"
#include "JourneySupport.h"
#include "PlanPrintSupport.h"
#include "ui/plan/PlanDayList.h"
#include "ui/plan/PlanDayView.h"
#include "ui/plan/PlanExerciseList.h"
#include "ui/plan/PlanPage.h"
#include "ui/window/MainWindow.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <gtest/gtest.h>

using namespace carrywell;

namespace {

class PrintJourney : public test::JournalUiTest
{
};

/// What the plan page shows of one day, read off the page.
struct ShownDay
{
    QString title;
    QStringList exercises;
};

} // namespace

TEST_F(PrintJourney, TheSavedPdfNamesTheDaysAndExercisesThePlanShows)
{
    ui::MainWindow window(test::shippedContent(), *m_settings, m_clock, m_journal.get());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    test::makeMyWeek(window, 16, 15);
    if (HasFatalFailure())
        return;

    // Each day in turn, clicked in the list, as the page shows it.
    ui::PlanPage* plan = window.plan();
    auto* weekTitle = plan->findChild<QLabel*>(QStringLiteral("planWeekTitle"));
    auto* dayTitle = plan->findChild<QLabel*>(QStringLiteral("planDayTitle"));
    ASSERT_NE(weekTitle, nullptr);
    ASSERT_NE(dayTitle, nullptr);
    QList<ShownDay> shown;
    for (int day = 0; day < plan->dayList()->count(); ++day) {
        test::clickRow(plan->dayList(), day);
        ASSERT_EQ(plan->dayView()->dayIndex(), day);
        ShownDay seen{dayTitle->text().section(QStringLiteral(" · "), 0, 0), {}};
        const ui::PlanExerciseList* list = plan->dayView()->list();
        if (list->isVisible()) {
            for (int row = 0; row < list->model()->rowCount(); ++row)
                seen.exercises.append(list->model()->index(row, 0).data().toString());
        }
        shown.append(seen);
    }
    ASSERT_EQ(shown.size(), 7);
    int exercises = 0;
    for (const ShownDay& day : shown)
        exercises += int(day.exercises.size());
    ASSERT_GT(exercises, 7) << "a week of fifteen-minute routines";

    // Save as PDF…, a name typed in the file dialog, and the note that it is saved.
    const QString folder = m_dir.filePath(QStringLiteral("papers"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("my-week.pdf"));
    QString told;
    test::answerFileDialog(path, [&told] {
        test::whenModalOpens<QMessageBox>(
            [&told](QMessageBox* box) {
                told = box->text();
                test::click(box->button(QMessageBox::Close));
            },
            "the note that the plan was saved");
    });
    test::click(plan->findChild<QToolButton*>(QStringLiteral("savePlanPdfActionButton")));
    EXPECT_TRUE(told.contains(QDir::toNativeSeparators(path))) << told.toStdString();
    ASSERT_TRUE(QFileInfo::exists(path));

    // The PDF's text: the week, every day by name, every exercise the page showed.
    const test::PdfFacts pdf = test::readPdf(path);
    EXPECT_GE(pdf.pages, 1);
    const QString text = test::squeezed(pdf.text);
    const QString week = weekTitle->text().section(QStringLiteral(" · "), -1);
    EXPECT_TRUE(pdf.text.contains(week)) << week.toStdString() << " not in\n"
                                         << pdf.text.toStdString();
    for (const ShownDay& day : shown) {
        SCOPED_TRACE(day.title.toStdString());
        const QString weekday = day.title.section(QLatin1Char(' '), 0, 0);
        EXPECT_TRUE(text.contains(test::squeezed(weekday))) << weekday.toStdString();
        for (const QString& name : day.exercises)
            EXPECT_TRUE(text.contains(test::squeezed(name))) << name.toStdString();
    }
}
