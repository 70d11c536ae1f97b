// Her journal moved to a new journal file: File ▸ Export, then File ▸ Import
// in a window on an empty journal, and the Journal page tells the same story.

#include "JournalUiFixture.h"
#include "JourneySupport.h"
#include "core/profile/ProfileStore.h"
#include "ui/journal/ImportDialog.h"
#include "ui/journal/JournalHistoryPanel.h"
#include "ui/journal/JournalPage.h"
#include "ui/window/MainWindow.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace carrywell;
using test::utc;

namespace {

/// What the Journal page shows: the cards' values and details, then the
/// history's rows, every column as displayed.
struct ShownJournal
{
    QStringList cards;
    QList<QStringList> history;
};

class ExportImportJourney : public test::JournalUiTest,
                            public ::testing::WithParamInterface<const char*>
{
protected:
    /// Opens the Journal page's history tab with clicks, and reads what it shows.
    static ShownJournal lookAtTheJournal(ui::MainWindow& window)
    {
        test::goTo(window, ui::MainWindow::journalPage());
        ui::JournalPage* page = window.journal();
        auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("journalTabs"));
        const int historyTab = tabs ? tabs->indexOf(page->history()) : -1;
        EXPECT_GE(historyTab, 0);
        if (historyTab >= 0 && tabs->currentIndex() != historyTab) {
            QTabBar* bar = tabs->tabBar();
            QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(historyTab).center());
        }
        EXPECT_TRUE(page->history()->isVisible());
        ShownJournal shown;
        for (QLabel* label : page->findChildren<QLabel*>()) {
            if (label->objectName().contains(QStringLiteral("Card")))
                shown.cards.append(label->objectName() + QStringLiteral(": ") + label->text());
        }
        shown.cards.sort();
        const QAbstractItemModel* rows = page->history()->view()->model();
        for (int row = 0; row < rows->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < rows->columnCount(); ++column)
                cells.append(rows->index(row, column).data().toString());
            shown.history.append(cells);
        }
        return shown;
    }

    static std::string describe(const ShownJournal& journal)
    {
        QStringList lines = journal.cards;
        for (const QStringList& row : journal.history)
            lines.append(row.join(QStringLiteral(" | ")));
        return lines.join(QLatin1Char('\n')).toStdString();
    }
};

} // namespace

TEST_P(ExportImportJourney, AnEmptyJournalShowsTheSameHistoryAfterTheImport)
{
    // A fortnight of her journal: check-ins with regions, triggers and notes, and a session.
    add({test::checkIn(utc(2026, 1, 5, 8), 6, {{core::Region::LowerBack, 6}},
                       {core::Trigger::Carrying},
                       QStringLiteral("Pram, \"heavy\" one\nand the stairs")),
         test::checkIn(utc(2026, 1, 8, 21, 30), 4,
                       {{core::Region::Neck, 3}, {core::Region::LowerBack, 4}},
                       {core::Trigger::Feeding}),
         test::checkIn(utc(2026, 1, 12, 7, 15), 5),
         test::checkIn(utc(2026, 1, 13, 19), 3, {{core::Region::HipsGlutes, 2}}, {},
                       QStringLiteral("Better; walked")),
         test::checkIn(utc(2026, 1, 14, 8, 40), 2)});
    add(test::session(utc(2026, 1, 13, 20), QStringLiteral("evening-release"), 12, 5, 3));

    ui::MainWindow old(test::shippedContent(), *m_settings, m_clock, m_journal.get());
    old.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&old));
    const ShownJournal before = lookAtTheJournal(old);
    ASSERT_EQ(before.history.size(), 5) << describe(before);

    // File ▸ Export journal…, a name typed in the file dialog.
    const QString folder = m_dir.filePath(QStringLiteral("moving"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString format = QString::fromLatin1(GetParam());
    test::answerFileDialog(QDir(folder).filePath(QStringLiteral("my-journal.") + format));
    ASSERT_TRUE(test::chooseFromMenu(old, QStringLiteral("exportJournalAction")));
    const QStringList written = QDir(folder).entryList(QDir::Files, QDir::Name);
    ASSERT_FALSE(written.isEmpty()) << "nothing was exported";
    old.close();

    // A new, empty journal of her own, in its own window.
    const QString elsewhere = m_dir.filePath(QStringLiteral("new-computer"));
    ASSERT_TRUE(QDir().mkpath(elsewhere));
    QSettings settings(QDir(elsewhere).filePath(QStringLiteral("settings.ini")),
                       QSettings::IniFormat);
    core::ProfileStore(settings).setFirstRunDone(true);
    core::JournalOpenResult opened =
        core::Journal::open(QDir(elsewhere).filePath(QStringLiteral("journal.sqlite")), m_clock);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    std::unique_ptr<core::Journal> journal = opened.takeJournal();
    ui::MainWindow window(test::shippedContent(), settings, m_clock, journal.get());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_TRUE(lookAtTheJournal(window).history.isEmpty());

    // File ▸ Import into journal… for each file the export wrote.
    for (const QString& name : written) {
        SCOPED_TRACE(name.toStdString());
        test::answerFileDialog(QDir(folder).filePath(name));
        ASSERT_TRUE(test::chooseFromMenu(window, QStringLiteral("importJournalAction")));
        ui::ImportDialog* review = nullptr;
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                review = qobject_cast<ui::ImportDialog*>(QApplication::activeModalWidget());
                return review && review->isVisible();
            },
            test::kPatienceMs))
            << "no review of the file";
        auto* import = review->findChild<QPushButton*>(QStringLiteral("importButton"));
        test::click(import);
        ASSERT_TRUE(review->report().has_value()) << review->summaryText().toStdString();
        EXPECT_TRUE(review->report()->leftOut.isEmpty()) << review->summaryText().toStdString();
        EXPECT_TRUE(review->report()->duplicates.isEmpty()) << review->summaryText().toStdString();
        test::click(review->findChild<QPushButton*>(QStringLiteral("closeImportButton")));
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return !QApplication::activeModalWidget(); }, test::kPatienceMs));
    }

    // The same cards, the same history, row by row.
    ShownJournal after;
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            after = lookAtTheJournal(window);
            return after.history == before.history && after.cards == before.cards;
        },
        test::kPatienceMs))
        << "before:\n"
        << describe(before) << "\nafter:\n"
        << describe(after);
}

INSTANTIATE_TEST_SUITE_P(Formats, ExportImportJourney, ::testing::Values("json", "csv"),
                         [](const ::testing::TestParamInfo<const char*>& info) {
                             return std::string(info.param);
                         });
