// Her journeys through the real main window, driven as she would: keys and
// clicks on widgets found by their object names, the outcome checked where
// she would see it.

#include "JournalUiFixture.h"
#include "core/journal/JournalHistory.h"
#include "ui/checkin/CheckInDialog.h"
#include "ui/journal/JournalPage.h"
#include "ui/window/MainWindow.h"

#include <QCheckBox>
#include <QPointer>
#include <QTest>
#include <gtest/gtest.h>

using namespace carrywell;

namespace {

class CheckInJourney : public test::JournalUiTest
{
protected:
    /// Ctrl+N, 7, a tick at "pain woke me at night", Enter: the check-in of
    /// a bad night, from whatever page is shown.
    void checkInABadNight(ui::MainWindow& window)
    {
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QPointer<ui::CheckInDialog> dialog = window.findChild<ui::CheckInDialog*>();
        ASSERT_FALSE(dialog.isNull()) << "Ctrl+N opened no check-in";
        ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog.data(), Qt::Key_7);
        auto* nightPain = dialog->findChild<QCheckBox*>("sign-night-pain");
        ASSERT_NE(nightPain, nullptr);
        QTest::mouseClick(nightPain, Qt::LeftButton, {}, QPoint(8, nightPain->height() / 2));
        ASSERT_TRUE(nightPain->isChecked());
        QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog.data(),
                        Qt::Key_Return);
        ASSERT_TRUE(dialog.isNull() || !dialog->isVisible()) << "the check-in was not saved";
        // The closed dialog goes now, so the next Ctrl+N finds only its own.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    /// The prompt banners she can see once the window has drawn, by prompt id.
    static QStringList visiblePrompts(QWidget& window)
    {
        QCoreApplication::processEvents();
        QStringList ids;
        for (QWidget* banner : window.findChildren<QWidget*>()) {
            const QString id = banner->property("promptId").toString();
            if (!id.isEmpty() && banner->isVisible())
                ids.append(id);
        }
        return ids;
    }
};

} // namespace

TEST_F(CheckInJourney, AWarningSignBringsItsPromptWhereverTheCheckInWasSaved)
{
    ui::MainWindow window(test::shippedContent(), *m_settings, m_clock, m_journal.get());
    window.resize(1180, 720);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    int saved = 0;
    for (const QString& page : window.pageIds()) {
        SCOPED_TRACE(page.toStdString());
        window.showPage(page);
        checkInABadNight(window);
        ++saved;
        ASSERT_EQ(allCheckIns().size(), saved);
        // Saved as data: the prompt comes from the sign, not from words in a note.
        EXPECT_EQ(allCheckIns().last().warningSigns,
                  QList<core::WarningSign>{core::WarningSign::NightPain});
        EXPECT_TRUE(allCheckIns().last().note.isEmpty());
        EXPECT_TRUE(
            QTest::qWaitFor([&] { return visiblePrompts(window).contains("night-pain"); }, 3000))
            << "no prompt on the " << page.toStdString()
            << " page; shown: " << visiblePrompts(window).join(", ").toStdString();
        // Seen there, on that page, not only after a trip to the Journal.
        EXPECT_EQ(window.currentPage(), page);
    }
    // The Journal's own banner says it too.
    window.showPage(ui::MainWindow::journalPage());
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return visiblePrompts(*window.journal()).contains("night-pain"); }, 3000));
}
