// The plan's print, PDF and calendar actions as the plan page uses them:
// enabled only with a plan, the layout remembered, the preview showing the
// sheet and turning the page with the layout, errors told in a message box.
#include "ui/print/PlanPrintActions.h"

#include "PlanPrintSupport.h"
#include "core/common/Clock.h"
#include "core/plan/PlanPreferences.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QWidget>
#include <functional>
#include <gtest/gtest.h>

using namespace carrywell;

namespace {

class PlanPrintActionsTest : public ::testing::Test
{
protected:
    QString file(const QString& name) const { return m_dir.filePath(name); }

    std::unique_ptr<ui::PlanPrintActions> makeActions()
    {
        return std::make_unique<ui::PlanPrintActions>(test::shippedLibrary(), m_settings, m_clock,
                                                      &m_window);
    }

    /// Runs `check` on the first modal dialog that opens, then closes it.
    static void whenModalOpens(std::function<void(QWidget*)> check)
    {
        auto* timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, [timer, check] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            timer->stop();
            timer->deleteLater();
            check(modal);
            if (modal->isVisible())
                modal->close();
        });
        timer->start();
    }

    QTemporaryDir m_dir;
    QSettings m_settings{m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    core::ManualClock m_clock{QDateTime(QDate(2026, 1, 4), QTime(18, 0), Qt::UTC)};
    QWidget m_window;
};

} // namespace

TEST_F(PlanPrintActionsTest, ActionsWorkOnlyWithAPlan)
{
    const auto actions = makeActions();
    for (QAction* action :
         {actions->printAction(), actions->saveAsPdfAction(), actions->exportCalendarAction()})
        EXPECT_FALSE(action->isEnabled()) << action->objectName().toStdString();
    EXPECT_EQ(actions->printAction()->shortcut(), QKeySequence(QKeySequence::Print));

    const core::WeeklyPlan plan = test::shortPlan();
    actions->setPlan(&plan);
    EXPECT_TRUE(actions->hasPlan());
    for (QAction* action :
         {actions->printAction(), actions->saveAsPdfAction(), actions->exportCalendarAction()})
        EXPECT_TRUE(action->isEnabled()) << action->objectName().toStdString();

    actions->setPlan(nullptr);
    EXPECT_FALSE(actions->printAction()->isEnabled());
    EXPECT_FALSE(actions->saveAsPdfTo(file(QStringLiteral("none.pdf"))));
    EXPECT_FALSE(QFile::exists(file(QStringLiteral("none.pdf"))));
}

TEST_F(PlanPrintActionsTest, TheLayoutChoiceIsRemembered)
{
    {
        const auto actions = makeActions();
        EXPECT_EQ(actions->layout(), ui::PlanLayout::WeekGrid) << "the default";
        ASSERT_EQ(actions->layoutActions()->actions().size(), 2);
        QAction* days =
            actions->layoutActions()->findChild<QAction*>(QStringLiteral("planLayoutDaysAction"));
        ASSERT_TRUE(days);
        QSignalSpy changed(actions.get(), &ui::PlanPrintActions::layoutChanged);
        days->trigger();
        EXPECT_EQ(actions->layout(), ui::PlanLayout::DayByDay);
        EXPECT_EQ(changed.size(), 1);
        EXPECT_EQ(m_settings.value(QStringLiteral("print/layout")).toString(),
                  QStringLiteral("days"));
    }
    const auto again = makeActions();
    EXPECT_EQ(again->layout(), ui::PlanLayout::DayByDay);
    EXPECT_TRUE(again->layoutActions()->checkedAction()->objectName() ==
                QStringLiteral("planLayoutDaysAction"));

    m_settings.setValue(QStringLiteral("print/layout"), QStringLiteral("sideways"));
    EXPECT_EQ(makeActions()->layout(), ui::PlanLayout::WeekGrid)
        << "a hand-edited value falls back";
}

TEST_F(PlanPrintActionsTest, SavesThePdfInTheChosenLayout)
{
    const auto actions = makeActions();
    const core::WeeklyPlan plan = test::busyPlan();
    actions->setPlan(&plan);
    actions->setLayout(ui::PlanLayout::DayByDay);
    QSignalSpy status(actions.get(), &ui::PlanPrintActions::statusMessage);
    const QString path = file(QStringLiteral("plan.pdf"));
    ASSERT_TRUE(actions->saveAsPdfTo(path));
    ASSERT_EQ(status.size(), 1);
    EXPECT_TRUE(status.first().first().toString().contains(QStringLiteral("plan.pdf")));
    const test::PdfFacts pdf = test::readPdf(path);
    // The tests run in an American locale: Letter, portrait for day by day.
    EXPECT_NEAR(pdf.pageSize.width(), 612, 1);
    EXPECT_NEAR(pdf.pageSize.height(), 792, 1);
}

TEST_F(PlanPrintActionsTest, ASaveThatFailsSaysWhyInAMessageBox)
{
    const auto actions = makeActions();
    const core::WeeklyPlan plan = test::shortPlan();
    actions->setPlan(&plan);
    QString shown;
    whenModalOpens([&shown](QWidget* modal) {
        if (auto* box = qobject_cast<QMessageBox*>(modal))
            shown = box->text();
    });
    const QString path = file(QStringLiteral("no-such-folder/plan.pdf"));
    EXPECT_FALSE(actions->saveAsPdfTo(path));
    EXPECT_TRUE(shown.contains(QStringLiteral("plan.pdf"))) << shown.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(PlanPrintActionsTest, TheCalendarUsesTheUsualSessionTime)
{
    core::PlanPreferences preferences;
    preferences.sessionTime = QTime(7, 30);
    core::PlanPreferencesStore(m_settings).save(preferences);
    const auto actions = makeActions();
    const core::WeeklyPlan plan = test::shortPlan();
    actions->setPlan(&plan);
    const QString path = file(QStringLiteral("week.ics"));
    ASSERT_TRUE(actions->exportCalendarTo(path));
    const QJsonArray events = test::readIcs(path)[QStringLiteral("events")].toArray();
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events[0].toObject()[QStringLiteral("start")].toString(),
              QStringLiteral("2026-01-05T07:30:00"));
    EXPECT_EQ(events[1].toObject()[QStringLiteral("start")].toString(),
              QStringLiteral("2026-01-07T07:30:00"));
    EXPECT_EQ(events[2].toObject()[QStringLiteral("start")].toString(),
              QStringLiteral("2026-01-09T07:30:00"));
    EXPECT_EQ(events[0].toObject()[QStringLiteral("stamp")].toString(),
              QStringLiteral("2026-01-04T18:00:00+00:00"));
}

TEST_F(PlanPrintActionsTest, ThePreviewShowsTheSheetAndTurnsWithTheLayout)
{
    const auto actions = makeActions();
    const core::WeeklyPlan plan = test::busyPlan();
    actions->setPlan(&plan);
    int pages = 0;
    QPageLayout::Orientation before = QPageLayout::Portrait;
    QPageLayout::Orientation after = QPageLayout::Landscape;
    bool layoutInToolbar = false;
    whenModalOpens([&](QWidget* modal) {
        auto* preview = qobject_cast<QPrintPreviewDialog*>(modal);
        ASSERT_TRUE(preview);
        auto* view = preview->findChild<QPrintPreviewWidget*>();
        ASSERT_TRUE(view);
        pages = view->pageCount();
        before = view->orientation();
        for (QToolBar* toolbar : preview->findChildren<QToolBar*>()) {
            for (QAction* action : toolbar->actions())
                layoutInToolbar |= action->objectName() == QStringLiteral("planLayoutDaysAction");
        }
        actions->layoutActions()
            ->findChild<QAction*>(QStringLiteral("planLayoutDaysAction"))
            ->trigger();
        after = view->orientation();
        preview->reject();
    });
    actions->printAction()->trigger();
    EXPECT_GE(pages, 1);
    EXPECT_LE(pages, 2);
    EXPECT_EQ(before, QPageLayout::Landscape) << "the week grid";
    EXPECT_EQ(after, QPageLayout::Portrait) << "day by day";
    EXPECT_TRUE(layoutInToolbar);
    EXPECT_EQ(m_settings.value(QStringLiteral("print/layout")).toString(), QStringLiteral("days"));
}

TEST_F(PlanPrintActionsTest, PrintingPaintsTheSameSheetOnAPrinter)
{
    const auto actions = makeActions();
    const core::WeeklyPlan plan = test::shortPlan();
    actions->setPlan(&plan);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(file(QStringLiteral("printed.pdf")));
    EXPECT_EQ(actions->paintOn(&printer), 1);
    const test::PdfFacts pdf = test::readPdf(file(QStringLiteral("printed.pdf")));
    EXPECT_EQ(pdf.pages, 1);
    EXPECT_TRUE(pdf.text.contains(QStringLiteral("Wednesday")));
}
