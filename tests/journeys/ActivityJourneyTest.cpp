// Her activities (PSFS) end to end in the real main window: she names one in
// Settings ▸ Profile, rates it in her next check-in, and finds its line on the
// Journal page's My activities tab.

#include "JournalUiFixture.h"
#include "JourneySupport.h"
#include "core/journal/JournalHistory.h"
#include "ui/checkin/CheckInDialog.h"
#include "ui/checkin/RatingPromptBanner.h"
#include "ui/journal/ActivityChartView.h"
#include "ui/journal/ActivityPanel.h"
#include "ui/journal/JournalPage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/window/MainWindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace carrywell;

namespace {

using ActivityJourney = test::JournalUiTest;

} // namespace

TEST_F(ActivityJourney, SheNamesAnActivityRatesItInTheCheckInAndSeesItsLine)
{
    ui::MainWindow window(test::shippedContent(), *m_settings, m_clock, m_journal.get());
    window.resize(1180, 760);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    auto* banner = window.findChild<ui::RatingPromptBanner*>("ratingPrompt");
    ASSERT_NE(banner, nullptr);
    EXPECT_FALSE(banner->isVisible()) << "no activities, no question";

    // File ▸ Settings ▸ Profile: the first activity field, typed in.
    test::whenModalOpens<ui::SettingsDialog>(
        [](ui::SettingsDialog* dialog) {
            auto* sections = dialog->findChild<QListWidget*>(QStringLiteral("settingsSections"));
            test::clickRow(sections, static_cast<int>(ui::SettingsDialog::Section::Profile));
            auto* field = dialog->findChild<QComboBox*>(QStringLiteral("activityField-0"));
            ASSERT_NE(field, nullptr);
            ASSERT_TRUE(QTest::qWaitFor([field] { return field->isVisible(); }, 3000));
            test::click(field->lineEdit());
            QTest::keyClicks(field->lineEdit(), QStringLiteral("Lifting the baby from the crib"));
            auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("settingsButtons"));
            test::click(buttons->button(QDialogButtonBox::Ok));
        },
        "Settings");
    ASSERT_TRUE(test::chooseFromMenu(window, QStringLiteral("settingsAction")));
    ASSERT_TRUE(QTest::qWaitFor([] { return !QApplication::activeModalWidget(); }, 5000));
    EXPECT_TRUE(banner->isVisible()) << "the weekly question is due at once";

    // Ctrl+N: the check-in asks about it; 6 for the crib, 4 for the pain, Save.
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QPointer<ui::CheckInDialog> dialog = window.findChild<ui::CheckInDialog*>();
    ASSERT_FALSE(dialog.isNull());
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog.data(), Qt::Key_4);
    auto* group = dialog->findChild<QGroupBox*>(QStringLiteral("activitiesGroup"));
    ASSERT_NE(group, nullptr);
    auto* crib = dialog->findChild<QSpinBox*>(QStringLiteral("activityScore-0"));
    ASSERT_NE(crib, nullptr);
    EXPECT_EQ(crib->accessibleName(), "Lifting the baby from the crib");
    test::click(crib);
    crib->selectAll();
    QTest::keyClicks(crib, QStringLiteral("6"));
    EXPECT_EQ(crib->value(), 6);
    test::click(dialog->findChild<QPushButton*>(QStringLiteral("saveCheckInButton")));
    ASSERT_TRUE(dialog.isNull() || !dialog->isVisible())
        << dialog->findChild<QLabel*>(QStringLiteral("checkInProblem"))->text().toStdString();
    EXPECT_FALSE(banner->isVisible()) << "rated this week";

    const QList<core::ActivityRating> ratings =
        core::JournalHistory(*m_journal).allActivityRatings().value();
    ASSERT_EQ(ratings.size(), 1);
    EXPECT_EQ(ratings[0].activity, "Lifting the baby from the crib");
    EXPECT_EQ(ratings[0].score, 6);
    EXPECT_EQ(allCheckIns().size(), 1);
    EXPECT_EQ(allCheckIns()[0].overall, 4);

    // The Journal page, My activities tab: the line and the words under it.
    test::goTo(window, ui::MainWindow::journalPage());
    ui::JournalPage* page = window.journal();
    ASSERT_NE(page, nullptr);
    const int tab = page->tabs()->indexOf(page->activities());
    ASSERT_GE(tab, 0);
    QTabBar* bar = page->tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
    ASSERT_TRUE(page->activities()->isVisible());
    EXPECT_TRUE(page->activities()->chart()->isVisible());
    const QList<QLineSeries*> lines = page->activities()->chart()->lines();
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines[0]->name(), "Lifting the baby from the crib");
    ASSERT_EQ(lines[0]->count(), 1);
    EXPECT_EQ(lines[0]->at(0).y(), 6);
    EXPECT_EQ(page->activities()->summary()->text(),
              "Lifting the baby from the crib: 6 (one rating so far)");
}
