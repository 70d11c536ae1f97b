// The history table, its filters, and undoable edits and deletes.
#include "JournalUiFixture.h"
#include "ui/checkin/CheckInDialog.h"
#include "ui/checkin/JournalEditor.h"
#include "ui/journal/JournalHistoryFilter.h"
#include "ui/journal/JournalHistoryModel.h"
#include "ui/journal/JournalHistoryPanel.h"
#include "ui/journal/JournalPage.h"
#include "ui/journal/JournalRangeBar.h"
#include "ui/journal/JournalText.h"
#include "ui/widgets/PainScalePicker.h"
#include "ui/window/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace carrywell;
using test::checkIn;
using test::utc;

namespace {

class HistoryTest : public test::JournalUiTest
{
protected:
    void SetUp() override
    {
        test::JournalUiTest::SetUp();
        // Today is Wed 14 Jan 2026.
        add({checkIn(utc(2025, 11, 20, 8), 6, {{core::Region::LowerBack, 6}}),
             checkIn(utc(2026, 1, 2, 8), 3, {{core::Region::Neck, 3}}, {core::Trigger::Feeding}),
             checkIn(utc(2026, 1, 12, 20), 8,
                     {{core::Region::LowerBack, 8}, {core::Region::HipsGlutes, 5}},
                     {core::Trigger::Lifting}, QStringLiteral("Carried the pram"),
                     {core::WarningSign::NightPain, core::WarningSign::Leaking}),
             checkIn(utc(2026, 1, 14, 7), 2)});
    }

    static QStringList scores(const ui::JournalHistoryPanel& panel)
    {
        QStringList result;
        const QAbstractItemModel* model = panel.view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            result.append(model->index(row, ui::JournalHistoryModel::PainColumn)
                              .data(ui::JournalHistoryModel::SortRole)
                              .toString());
        return result;
    }
};

} // namespace

TEST_F(HistoryTest, TheModelPassesQtsModelChecksAndSortsByValue)
{
    ui::JournalHistoryModel model(ui::JournalText::regionNames(test::shippedContent().library));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ui::JournalHistoryFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCheckIns(allCheckIns());
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.columnCount(), ui::JournalHistoryModel::ColumnCount);

    const QModelIndex pram = model.index(2, 0);
    EXPECT_EQ(model.data(pram.siblingAtColumn(ui::JournalHistoryModel::PainColumn)).toString(),
              QStringLiteral("8 · severe"));
    EXPECT_EQ(model.data(pram.siblingAtColumn(ui::JournalHistoryModel::RegionsColumn)).toString(),
              QStringLiteral("Lower back 8, Hips and glutes 5"));
    EXPECT_EQ(model.data(pram.siblingAtColumn(ui::JournalHistoryModel::TriggersColumn)).toString(),
              QStringLiteral("Lifting"));
    EXPECT_EQ(model.data(pram.siblingAtColumn(ui::JournalHistoryModel::SignsColumn)).toString(),
              QStringLiteral("Leaking, Night pain"));
    EXPECT_EQ(
        model.data(pram.siblingAtColumn(ui::JournalHistoryModel::SignsColumn), Qt::ToolTipRole)
            .toString(),
        QStringLiteral("Leaking, Pain woke me at night"));
    EXPECT_EQ(model.headerData(ui::JournalHistoryModel::SignsColumn, Qt::Horizontal).toString(),
              QStringLiteral("Also noticed"));
    EXPECT_EQ(model.data(pram.siblingAtColumn(ui::JournalHistoryModel::SignsColumn),
                         ui::JournalHistoryModel::SortRole),
              2);
    EXPECT_TRUE(
        model.data(model.index(0, ui::JournalHistoryModel::SignsColumn)).toString().isEmpty());
    EXPECT_EQ(model.data(pram.siblingAtColumn(ui::JournalHistoryModel::NoteColumn)).toString(),
              QStringLiteral("Carried the pram"));
    // The tests' locale is the US one: a 12-hour clock.
    EXPECT_EQ(model.data(pram).toString(), QStringLiteral("Mon 12 Jan 2026, 8:00 PM"));

    // Pain sorts as a number (10 after 8), not as text.
    model.setCheckIns(allCheckIns() << checkIn(utc(2026, 1, 13, 9), 10));
    filter.sort(ui::JournalHistoryModel::PainColumn, Qt::DescendingOrder);
    QList<int> sorted;
    for (int row = 0; row < filter.rowCount(); ++row)
        sorted.append(filter.index(row, ui::JournalHistoryModel::PainColumn)
                          .data(ui::JournalHistoryModel::SortRole)
                          .toInt());
    EXPECT_EQ(sorted, (QList<int>{10, 8, 6, 3, 2}));
}

TEST_F(HistoryTest, TheRangeAndRegionNarrowTheHistory)
{
    ui::JournalPage page(*m_journal, test::shippedContent().library, *m_settings, m_clock);
    page.show();
    ui::JournalHistoryPanel& history = *page.history();
    // The table reads the journal once it is on screen.
    EXPECT_EQ(history.view()->model()->rowCount(), 0);
    page.tabs()->setCurrentWidget(&history);
    // Default: the last four weeks (18 Dec to 14 Jan), newest first.
    EXPECT_EQ(page.rangeBar()->span(), ui::JournalRangeBar::Span::FourWeeks);
    EXPECT_EQ(scores(history), (QStringList{"2", "8", "3"}));

    page.rangeBar()->setSpan(ui::JournalRangeBar::Span::Week);
    EXPECT_EQ(scores(history), (QStringList{"2", "8"}));
    page.rangeBar()->setSpan(ui::JournalRangeBar::Span::Everything);
    EXPECT_EQ(scores(history), (QStringList{"2", "8", "3", "6"}));
    page.rangeBar()->setCustomDays({QDate(2025, 11, 1), QDate(2026, 1, 5)});
    EXPECT_EQ(page.rangeBar()->span(), ui::JournalRangeBar::Span::Custom);
    EXPECT_EQ(scores(history), (QStringList{"3", "6"}));
    // Days with no warning sign leave their column's room to the notes.
    EXPECT_TRUE(history.view()->isColumnHidden(ui::JournalHistoryModel::SignsColumn));

    page.rangeBar()->setSpan(ui::JournalRangeBar::Span::Everything);
    EXPECT_FALSE(history.view()->isColumnHidden(ui::JournalHistoryModel::SignsColumn));
    auto* region = page.findChild<QComboBox*>("historyRegionFilter");
    ASSERT_NE(region, nullptr);
    region->setCurrentIndex(region->findData(QStringLiteral("lower-back")));
    EXPECT_EQ(scores(history), (QStringList{"8", "6"}));
    region->setCurrentIndex(region->findData(QStringLiteral("neck")));
    EXPECT_EQ(scores(history), (QStringList{"3"}));
    region->setCurrentIndex(0);
    EXPECT_EQ(scores(history).size(), 4);

    // The choice of days is remembered.
    page.rangeBar()->setSpan(ui::JournalRangeBar::Span::ThreeMonths);
    ui::JournalPage again(*m_journal, test::shippedContent().library, *m_settings, m_clock);
    EXPECT_EQ(again.rangeBar()->span(), ui::JournalRangeBar::Span::ThreeMonths);
}

TEST_F(HistoryTest, EditingAndDeletingCanBeUndoneAndRedone)
{
    ui::JournalPage page(*m_journal, test::shippedContent().library, *m_settings, m_clock);
    page.show();
    ui::JournalHistoryPanel& history = *page.history();
    page.tabs()->setCurrentWidget(&history);
    QUndoStack* stack = page.editor()->undoStack();
    const QList<core::CheckIn> before = allCheckIns();
    const core::CheckIn pram = before.at(2);

    // Edit through the dialog: Enter on the row opens it, 4 and Enter saves.
    ASSERT_TRUE(history.selectCheckIn(pram.id));
    history.editSelected();
    auto* dialog = page.window()->findChild<ui::CheckInDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->scale()->value(), 8);
    QTest::keyClick(dialog->scale(), Qt::Key_4);
    QTest::keyClick(dialog->scale(), Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_EQ(allCheckIns().at(2).overall, 4);
    EXPECT_EQ(allCheckIns().at(2).note, pram.note);
    EXPECT_EQ(stack->count(), 1);
    EXPECT_TRUE(page.undoAction()->isEnabled());

    page.undoAction()->trigger();
    EXPECT_EQ(allCheckIns(), before);
    page.redoAction()->trigger();
    EXPECT_EQ(allCheckIns().at(2).overall, 4);

    // Delete from the table with the Delete key.
    QCoreApplication::processEvents(); // the page refreshes after each change
    ASSERT_TRUE(history.selectCheckIn(pram.id));
    QTest::keyClick(history.view(), Qt::Key_Delete);
    ASSERT_EQ(allCheckIns().size(), 3);
    EXPECT_EQ(stack->count(), 2);

    // Undo both: the deleted entry comes back whole, then the edit is undone
    // on it, although it came back with a new id.
    page.undoAction()->trigger();
    ASSERT_EQ(allCheckIns().size(), 4);
    EXPECT_EQ(allCheckIns().at(2).overall, 4);
    page.undoAction()->trigger();
    QList<core::CheckIn> restored = allCheckIns();
    ASSERT_EQ(restored.size(), 4);
    restored[2].id = pram.id;
    EXPECT_EQ(restored, before);

    // Redo both.
    page.redoAction()->trigger();
    page.redoAction()->trigger();
    EXPECT_EQ(allCheckIns().size(), 3);
    EXPECT_FALSE(page.redoAction()->isEnabled());
    QCoreApplication::processEvents();
    EXPECT_EQ(history.view()->model()->rowCount(), 2) << "the table follows the journal";
}

TEST_F(HistoryTest, AStepThatCannotBeWrittenIsReportedAndDropped)
{
    ui::JournalEditor editor(*m_journal);
    QStringList failures;
    QObject::connect(&editor, &ui::JournalEditor::failed,
                     [&failures](const QString& message) { failures.append(message); });
    const core::CheckIn first = allCheckIns().first();
    core::CheckIn changed = first;
    changed.overall = 1;
    ASSERT_TRUE(editor.edit(first, changed).ok());
    EXPECT_EQ(editor.undoStack()->count(), 1);

    // Someone else removed the entry: undo cannot put the old version back.
    ASSERT_TRUE(m_journal->removeCheckIn(first.id).ok());
    editor.undoStack()->undo();
    ASSERT_EQ(failures.size(), 1);
    EXPECT_TRUE(failures.first().contains("no longer in your journal"))
        << failures.first().toStdString();
    EXPECT_EQ(editor.undoStack()->count(), 0) << "the stack never disagrees with the journal";

    // A change that cannot be saved is not pushed at all.
    core::CheckIn bad = allCheckIns().first();
    core::CheckIn worse = bad;
    worse.overall = 11;
    const core::Result<core::Done> refused = editor.edit(bad, worse);
    EXPECT_FALSE(refused.ok());
    EXPECT_EQ(editor.undoStack()->count(), 0);
    // An unchanged edit is no step either.
    EXPECT_TRUE(editor.edit(bad, bad).ok());
    EXPECT_EQ(editor.undoStack()->count(), 0);
}

TEST_F(HistoryTest, TheUndoShortcutsWorkOnTheJournalPage)
{
    ui::MainWindow window(test::shippedContent(), *m_settings, m_clock, m_journal.get());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_TRUE(window.showPage(ui::MainWindow::journalPage()));
    ui::JournalPage* page = window.journal();
    page->tabs()->setCurrentWidget(page->history());
    const qsizetype count = allCheckIns().size();
    ASSERT_TRUE(page->history()->selectCheckIn(allCheckIns().last().id));
    page->history()->view()->setFocus();
    QTest::keyClick(page->history()->view(), Qt::Key_Delete);
    EXPECT_EQ(allCheckIns().size(), count - 1);
    QTest::keyClick(page->history()->view(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(allCheckIns().size(), count);
    QTest::keyClick(page->history()->view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(allCheckIns().size(), count - 1);
}
