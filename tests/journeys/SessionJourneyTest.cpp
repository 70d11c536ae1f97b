// From the body map to a finished session, and the session in her journal.

#include "JournalUiFixture.h"
#include "JourneySupport.h"
#include "core/journal/JournalHistory.h"
#include "ui/journal/JournalPage.h"
#include "ui/library/ExerciseListModel.h"
#include "ui/library/LibraryPage.h"
#include "ui/session/SessionPage.h"
#include "ui/widgets/BodyMapWidget.h"
#include "ui/window/MainWindow.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTest>
#include <gtest/gtest.h>

using namespace carrywell;

namespace {

class SessionJourney : public test::JournalUiTest
{
};

} // namespace

TEST_F(SessionJourney, AnExerciseFromTheBodyMapIsInTheJournalOnceDone)
{
    ui::MainWindow window(test::shippedContent(), *m_settings, m_clock, m_journal.get());
    window.resize(1366, 740);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    // Where does it hurt? A click on the mid and upper back of the body map.
    auto* bodyMap = window.findChild<ui::BodyMapWidget*>("bodyMap");
    ASSERT_NE(bodyMap, nullptr);
    const QPoint upperBack = bodyMap->regionRect(core::Region::UpperBack).center().toPoint();
    ASSERT_EQ(bodyMap->regionAt(upperBack), core::Region::UpperBack);
    QTest::mouseClick(bodyMap, Qt::LeftButton, {}, upperBack);

    // The list now holds the upper-back exercises; the first, opened with Enter.
    auto* results = window.findChild<QListView*>("resultsView");
    ASSERT_NE(results, nullptr);
    const QList<const core::Exercise*> shown = window.library()->resultsModel()->exercises();
    ASSERT_FALSE(shown.isEmpty());
    for (const core::Exercise* exercise : shown)
        EXPECT_TRUE(exercise->works(core::Region::UpperBack)) << exercise->id.toStdString();
    const QString chosen = shown.first()->id;
    results->setFocus();
    results->setCurrentIndex(window.library()->resultsModel()->index(0));
    QTest::keyClick(results, Qt::Key_Return);
    ASSERT_EQ(window.library()->currentExerciseId(), chosen);

    // Start, and the session runs through to its end screen.
    auto* start = window.findChild<QPushButton*>("startExerciseSessionButton");
    ASSERT_NE(start, nullptr);
    ASSERT_TRUE(start->isVisible());
    QTest::mouseClick(start, Qt::LeftButton);
    EXPECT_EQ(window.currentPage(), ui::MainWindow::sessionPage());
    ASSERT_TRUE(window.session()->isRunning());
    test::runSessionToTheEnd(window, m_clock);
    auto* done = window.findChild<QPushButton*>("sessionEndDoneButton");
    ASSERT_NE(done, nullptr);
    ASSERT_TRUE(done->isVisible()) << "no end screen";
    QTest::mouseClick(done, Qt::LeftButton);

    // Nothing she did is lost: the Journal counts the session this week.
    window.showPage(ui::MainWindow::journalPage());
    auto* count = window.journal()->findChild<QLabel*>("sessionsCardValue");
    ASSERT_NE(count, nullptr);
    EXPECT_TRUE(QTest::qWaitFor([&] { return count->text() == "1"; }, 3000))
        << "the Journal shows " << count->text().toStdString() << " sessions this week";
    const QList<core::SessionRecord> sessions =
        core::JournalHistory(*m_journal)
            .sessions({m_clock.today().addDays(-1), m_clock.today()})
            .value();
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions.first().routineId, chosen);
    EXPECT_EQ(sessions.first().exercisesDone(), QStringList{chosen});
}
