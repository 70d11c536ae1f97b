// Her activities (PSFS) in the window: the weekly question in the check-in
// and as a banner, and their lines on the Journal page.
#include "JournalUiFixture.h"
#include "core/journal/JournalHistory.h"
#include "core/profile/ProfileStore.h"
#include "ui/checkin/ActivityRatingDialog.h"
#include "ui/checkin/ActivityRatingsEditor.h"
#include "ui/checkin/CheckInDialog.h"
#include "ui/checkin/RatingPromptBanner.h"
#include "ui/journal/ActivityChartView.h"
#include "ui/journal/ActivityPanel.h"
#include "ui/journal/JournalPage.h"
#include "ui/widgets/PainScalePicker.h"
#include "ui/window/MainWindow.h"

#include <QCoreApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineSeries>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace carrywell;
using test::utc;

namespace {

class ActivityRatingUiTest : public test::JournalUiTest
{
protected:
    void nameActivities(const QStringList& activities)
    {
        core::ProfileStore store(*m_settings);
        core::Profile profile = store.load();
        profile.activities = activities;
        store.save(profile);
    }

    QList<core::ActivityRating> ratings() const
    {
        return core::JournalHistory(*m_journal).allActivityRatings().value();
    }

    /// Opens the check-in dialog with Ctrl+N.
    static ui::CheckInDialog* newCheckIn(ui::MainWindow& window)
    {
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        ui::CheckInDialog* dialog = nullptr;
        for (ui::CheckInDialog* open : window.findChildren<ui::CheckInDialog*>()) {
            if (open->isVisible())
                dialog = open;
        }
        return dialog;
    }

    static ui::RatingPromptBanner* banner(ui::MainWindow& window)
    {
        return window.findChild<ui::RatingPromptBanner*>("ratingPrompt");
    }
};

} // namespace

TEST_F(ActivityRatingUiTest, TheCheckInAsksAboutHerActivitiesWhenTheWeeklyQuestionIsDue)
{
    nameActivities({"Lifting the baby from the crib", "Pushing the pram"});
    ui::MainWindow window(test::shippedContent(), *m_settings, m_clock, m_journal.get());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    QPointer<ui::CheckInDialog> dialog = newCheckIn(window);
    ASSERT_FALSE(dialog.isNull());
    auto* group = dialog->findChild<QGroupBox*>("activitiesGroup");
    ASSERT_NE(group, nullptr);
    EXPECT_TRUE(group->isVisibleTo(dialog));
    auto* crib = dialog->findChild<QSpinBox*>("activityScore-0");
    auto* pram = dialog->findChild<QSpinBox*>("activityScore-1");
    ASSERT_TRUE(crib && pram);
    EXPECT_EQ(crib->text(), "Not rated");
    EXPECT_EQ(crib->accessibleName(), "Lifting the baby from the crib");

    dialog->scale()->button(5)->click();
    crib->setValue(4); // the pram is left unrated: skipping is fine
    dialog->findChild<QPushButton*>("saveCheckInButton")->click();
    EXPECT_TRUE(dialog.isNull() || !dialog->isVisible());

    const QList<core::ActivityRating> saved = ratings();
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved[0].activity, "Lifting the baby from the crib");
    EXPECT_EQ(saved[0].score, 4);
    EXPECT_EQ(saved[0].ratedAt, m_clock.now());
    EXPECT_EQ(allCheckIns().size(), 1);

    // Rated this week: the next check-in does not ask again.
    QPointer<ui::CheckInDialog> next = newCheckIn(window);
    ASSERT_FALSE(next.isNull());
    EXPECT_EQ(next->findChild<QGroupBox*>("activitiesGroup"), nullptr);
    next->reject();
}

TEST_F(ActivityRatingUiTest, SkippingTheActivitiesSavesTheCheckInAndAsksAgainNextTime)
{
    nameActivities({"Pushing the pram"});
    ui::MainWindow window(test::shippedContent(), *m_settings, m_clock, m_journal.get());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QPointer<ui::CheckInDialog> dialog = newCheckIn(window);
    ASSERT_FALSE(dialog.isNull());
    dialog->scale()->button(3)->click();
    dialog->findChild<QPushButton*>("saveCheckInButton")->click();
    EXPECT_EQ(allCheckIns().size(), 1);
    EXPECT_TRUE(ratings().isEmpty());
    QPointer<ui::CheckInDialog> next = newCheckIn(window);
    ASSERT_FALSE(next.isNull());
    EXPECT_NE(next->findChild<QGroupBox*>("activitiesGroup"), nullptr);
    next->reject();
}

TEST_F(ActivityRatingUiTest, WithoutActivitiesNothingAsksAboutThem)
{
    ui::MainWindow window(test::shippedContent(), *m_settings, m_clock, m_journal.get());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    EXPECT_FALSE(banner(window)->isVisible());
    QPointer<ui::CheckInDialog> dialog = newCheckIn(window);
    ASSERT_FALSE(dialog.isNull());
    EXPECT_EQ(dialog->findChild<QGroupBox*>("activitiesGroup"), nullptr);
    dialog->reject();
}

TEST_F(ActivityRatingUiTest, NotThisWeekHidesTheBannerForAWeek)
{
    nameActivities({"Pushing the pram"});
    {
        ui::MainWindow window(test::shippedContent(), *m_settings, m_clock, m_journal.get());
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        ASSERT_TRUE(banner(window)->isVisible());
        banner(window)->laterButton()->click();
        EXPECT_FALSE(banner(window)->isVisible());
        // Nor does the check-in ask.
        QPointer<ui::CheckInDialog> dialog = newCheckIn(window);
        ASSERT_FALSE(dialog.isNull());
        EXPECT_EQ(dialog->findChild<QGroupBox*>("activitiesGroup"), nullptr);
        dialog->reject();
    }
    m_clock.set(m_clock.now().addDays(6));
    {
        ui::MainWindow window(test::shippedContent(), *m_settings, m_clock, m_journal.get());
        window.show();
        EXPECT_FALSE(banner(window)->isVisible()) << "six days later";
    }
    m_clock.set(m_clock.now().addDays(1));
    {
        ui::MainWindow window(test::shippedContent(), *m_settings, m_clock, m_journal.get());
        window.show();
        EXPECT_TRUE(banner(window)->isVisible()) << "a week later";
    }
}

TEST_F(ActivityRatingUiTest, RateThemAsksOnlyAboutTheActivitiesAndTheBannerGoes)
{
    nameActivities({"Lifting the baby from the crib", "Pushing the pram"});
    ui::MainWindow window(test::shippedContent(), *m_settings, m_clock, m_journal.get());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    banner(window)->rateButton()->click();
    QPointer<ui::ActivityRatingDialog> dialog = window.findChild<ui::ActivityRatingDialog*>();
    ASSERT_FALSE(dialog.isNull());
    auto* save = dialog->findChild<QPushButton*>("saveActivityRatingsButton");
    EXPECT_FALSE(save->isEnabled()) << "nothing rated yet";
    dialog->findChild<QSpinBox*>("activityScore-1")->setValue(8);
    EXPECT_TRUE(save->isEnabled());
    save->click();
    ASSERT_EQ(ratings().size(), 1);
    EXPECT_EQ(ratings()[0].activity, "Pushing the pram");
    EXPECT_EQ(ratings()[0].score, 8);
    EXPECT_FALSE(banner(window)->isVisible());
}

TEST_F(ActivityRatingUiTest, TheJournalPageShowsEachActivitysLineAndItsChangeInWords)
{
    nameActivities({"Lifting the baby from the crib", "Pushing the pram"});
    ASSERT_TRUE(
        m_journal
            ->addActivityRatings({{"Lifting the baby from the crib", 3, utc(2026, 1, 1, 20)},
                                  {"Pushing the pram", 5, utc(2026, 1, 1, 20)},
                                  {"Lifting the baby from the crib", 5, utc(2026, 1, 7, 20)},
                                  {"Lifting the baby from the crib", 7, utc(2026, 1, 13, 20)},
                                  {"Pushing the pram", 6, utc(2026, 1, 13, 20)}})
            .ok());
    ui::MainWindow window(test::shippedContent(), *m_settings, m_clock, m_journal.get());
    window.resize(1100, 760);
    window.show();
    ASSERT_TRUE(window.showPage(ui::MainWindow::journalPage()));
    ui::JournalPage* page = window.findChild<ui::JournalPage*>();
    ASSERT_NE(page, nullptr);
    page->tabs()->setCurrentWidget(page->activities());
    const QList<QLineSeries*> lines = page->activities()->chart()->lines();
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0]->name(), "Lifting the baby from the crib");
    EXPECT_EQ(lines[0]->count(), 3);
    EXPECT_EQ(lines[1]->count(), 2);
    const QString summary = page->activities()->summary()->text();
    EXPECT_TRUE(summary.contains("Lifting the baby from the crib: 3 → 7, a meaningful improvement"))
        << summary.toStdString();
    EXPECT_TRUE(summary.contains("Pushing the pram: 5 → 6, no clear change"));

    // A rating saved now shows at once.
    ASSERT_TRUE(m_journal->addActivityRatings({{"Pushing the pram", 9, {}}}).ok());
    QCoreApplication::processEvents(); // the page refreshes once per burst of changes
    EXPECT_EQ(page->activities()->chart()->lines().value(1)->count(), 3);
    EXPECT_TRUE(page->activities()->summary()->text().contains(
        "Pushing the pram: 5 → 9, a meaningful improvement"));
}

TEST_F(ActivityRatingUiTest, WithoutActivitiesThePanelSaysHowToNameThem)
{
    ui::MainWindow window(test::shippedContent(), *m_settings, m_clock, m_journal.get());
    window.show();
    ASSERT_TRUE(window.showPage(ui::MainWindow::journalPage()));
    ui::JournalPage* page = window.findChild<ui::JournalPage*>();
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->activities()->summary()->text().contains("Settings ▸ Profile"));
    EXPECT_FALSE(page->activities()->chart()->isVisibleTo(page->activities()));
}
