// The five-second check-in: Ctrl+N, a number key, Enter.
#include "JournalUiFixture.h"
#include "ui/checkin/CheckInDialog.h"
#include "ui/checkin/JournalEditor.h"
#include "ui/checkin/RegionScoresEditor.h"
#include "ui/checkin/ScoredBodyMap.h"
#include "ui/journal/JournalPage.h"
#include "ui/widgets/PainScalePicker.h"
#include "ui/window/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

using namespace carrywell;
using test::checkIn;
using test::utc;

namespace {

class CheckInTest : public test::JournalUiTest
{
protected:
    QHash<core::Region, QString> names() const
    {
        QHash<core::Region, QString> result;
        for (const core::RegionInfo& info : test::shippedContent().library.regions())
            result.insert(info.region, info.name);
        return result;
    }

    /// The keyboard focus inside `dialog` (the dialog itself when none).
    static QWidget* focused(QWidget* dialog)
    {
        QWidget* focus = dialog->focusWidget();
        return focus ? focus : dialog;
    }
};

} // namespace

TEST_F(CheckInTest, CtrlNThenANumberKeyThenEnterSavesTheCheckIn)
{
    ui::MainWindow window(test::shippedContent(), *m_settings, m_clock, m_journal.get());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_NE(window.journal(), nullptr);
    // From another page: Ctrl+N works everywhere.
    window.showPage(ui::MainWindow::libraryPage());

    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QPointer<ui::CheckInDialog> dialog = window.findChild<ui::CheckInDialog*>();
    ASSERT_FALSE(dialog.isNull());
    ASSERT_TRUE(dialog->isVisible());
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    EXPECT_EQ(dialog->focusWidget(), dialog->scale()) << "the score takes the keys at once";
    EXPECT_FALSE(dialog->findChild<QPushButton*>("saveCheckInButton")->isEnabled());

    QTest::keyClick(focused(dialog), Qt::Key_7);
    EXPECT_EQ(dialog->scale()->value(), 7);
    EXPECT_TRUE(dialog->scale()->button(7)->isChecked());
    EXPECT_EQ(dialog->findChild<QLabel*>("painWord")->text(), QStringLiteral("7 — severe"));
    QTest::keyClick(focused(dialog), Qt::Key_Return);

    EXPECT_TRUE(dialog.isNull() || !dialog->isVisible());
    const QList<core::CheckIn> saved = allCheckIns();
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved.first().overall, 7);
    EXPECT_EQ(saved.first().at, m_clock.now());
    EXPECT_TRUE(saved.first().regions.isEmpty());
    EXPECT_TRUE(saved.first().note.isEmpty());
    EXPECT_EQ(window.journal()->editor()->undoStack()->count(), 1) << "adding can be undone";
}

TEST_F(CheckInTest, EnterWithoutAScoreSavesNothing)
{
    ui::CheckInDialog dialog(names(), m_clock.now());
    int saves = 0;
    dialog.setSaver([&saves](const core::CheckIn&) {
        ++saves;
        return QString();
    });
    dialog.show();
    QTest::keyClick(focused(&dialog), Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(saves, 0);
    QTest::keyClick(focused(&dialog), Qt::Key_0);
    EXPECT_EQ(dialog.scale()->value(), 0) << "0 is a score, not nothing";
    QTest::keyClick(focused(&dialog), Qt::Key_Enter);
    EXPECT_EQ(saves, 1);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST_F(CheckInTest, OneThenZeroIsTenAndArrowsStepTheScore)
{
    ui::CheckInDialog dialog(names(), m_clock.now());
    dialog.show();
    QTest::keyClick(focused(&dialog), Qt::Key_1);
    EXPECT_EQ(dialog.scale()->value(), 1);
    QTest::keyClick(focused(&dialog), Qt::Key_0);
    EXPECT_EQ(dialog.scale()->value(), 10);
    QTest::keyClick(focused(&dialog), Qt::Key_Left);
    EXPECT_EQ(dialog.scale()->value(), 9);
    QTest::keyClick(focused(&dialog), Qt::Key_3);
    EXPECT_EQ(dialog.scale()->value(), 3);
    QTest::keyClick(focused(&dialog), Qt::Key_0);
    EXPECT_EQ(dialog.scale()->value(), 0) << "only 1 then 0 makes 10";
    QTest::mouseClick(dialog.scale()->button(4), Qt::LeftButton);
    EXPECT_EQ(dialog.scale()->value(), 4);
}

TEST_F(CheckInTest, RegionsTriggersSignsAndANoteAreSavedWithTheScore)
{
    ui::CheckInDialog dialog(names(), m_clock.now());
    std::optional<core::CheckIn> saved;
    dialog.setSaver([&saved](const core::CheckIn& entry) {
        saved = entry;
        return QString();
    });
    dialog.show();

    // A region tapped before the score follows the score...
    dialog.regions()->bodyMap()->activate(core::Region::LowerBack);
    QTest::keyClick(focused(&dialog), Qt::Key_6);
    ASSERT_NE(dialog.regions()->scoreBox(core::Region::LowerBack), nullptr);
    EXPECT_EQ(dialog.regions()->scoreBox(core::Region::LowerBack)->value(), 6);
    // ...until it gets its own score.
    dialog.regions()->bodyMap()->activate(core::Region::Neck);
    dialog.regions()->scoreBox(core::Region::Neck)->setValue(3);
    QTest::keyClick(focused(&dialog), Qt::Key_5);
    EXPECT_EQ(dialog.regions()->scoreBox(core::Region::LowerBack)->value(), 5);
    EXPECT_EQ(dialog.regions()->scoreBox(core::Region::Neck)->value(), 3);
    // Tapping a region again takes it away.
    dialog.regions()->bodyMap()->activate(core::Region::Core);
    dialog.regions()->bodyMap()->activate(core::Region::Core);
    EXPECT_EQ(dialog.regions()->scoreBox(core::Region::Core), nullptr);

    dialog.findChild<QCheckBox*>("trigger-lifting")->setChecked(true);
    dialog.findChild<QCheckBox*>("trigger-poor-sleep")->setChecked(true);
    dialog.findChild<QCheckBox*>("sign-leaking")->setChecked(true);
    auto* note = dialog.findChild<QPlainTextEdit*>("noteEdit");
    note->setFocus();
    QTest::keyClicks(note, "Carried the car seat");
    QTest::keyClick(note, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(note, "twice");
    EXPECT_FALSE(saved) << "Shift+Enter starts a new line";
    QTest::keyClick(note, Qt::Key_Return);

    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->overall, 5);
    const QList<core::RegionScore> regions{{core::Region::Neck, 3}, {core::Region::LowerBack, 5}};
    EXPECT_EQ(saved->regions, regions);
    const QList<core::Trigger> triggers{core::Trigger::Lifting, core::Trigger::PoorSleep};
    EXPECT_EQ(saved->triggers, triggers);
    // The sign is data; the note is what she typed, and only that.
    EXPECT_EQ(saved->warningSigns, QList<core::WarningSign>{core::WarningSign::Leaking});
    EXPECT_EQ(saved->note, QStringLiteral("Carried the car seat\ntwice"));
    EXPECT_EQ(saved->at, m_clock.now());
}

TEST_F(CheckInTest, EditingShowsTheEntryAndKeepsItsIdAndTime)
{
    const QDateTime written(QDate(2026, 1, 10), QTime(21, 15), Qt::OffsetFromUTC, 3600);
    core::CheckIn original = checkIn(written, 8, {{core::Region::HipsGlutes, 7}},
                                     {core::Trigger::Carrying}, QStringLiteral("Bad night"),
                                     {core::WarningSign::Numbness, core::WarningSign::NightPain});
    original.id = 42;
    ui::CheckInDialog dialog(names(), m_clock.now());
    dialog.setCheckIn(original);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Edit check-in"));
    EXPECT_EQ(dialog.scale()->value(), 8);
    EXPECT_EQ(dialog.regions()->scoreBox(core::Region::HipsGlutes)->value(), 7);
    EXPECT_TRUE(dialog.findChild<QCheckBox*>("trigger-carrying")->isChecked());
    EXPECT_TRUE(dialog.findChild<QCheckBox*>("sign-numbness")->isChecked());
    EXPECT_TRUE(dialog.findChild<QCheckBox*>("sign-night-pain")->isChecked());
    EXPECT_FALSE(dialog.findChild<QCheckBox*>("sign-leaking")->isChecked());
    EXPECT_EQ(dialog.findChild<QPlainTextEdit*>("noteEdit")->toPlainText(),
              QStringLiteral("Bad night"));

    EXPECT_EQ(dialog.checkIn(), original) << "unchanged fields read back exactly";
    dialog.show();
    QTest::keyClick(focused(&dialog), Qt::Key_4);
    const core::CheckIn changed = dialog.checkIn();
    EXPECT_EQ(changed.id, 42);
    EXPECT_EQ(changed.at, written);
    EXPECT_EQ(changed.at.offsetFromUtc(), 3600);
    EXPECT_EQ(changed.overall, 4);
}

TEST_F(CheckInTest, AFailedSaveKeepsTheDialogOpenWithEverythingTyped)
{
    ui::CheckInDialog dialog(names(), m_clock.now());
    dialog.setSaver([](const core::CheckIn&) {
        return QStringLiteral("The disk is full. Your check-in was not saved.");
    });
    dialog.show();
    QTest::keyClick(focused(&dialog), Qt::Key_9);
    QTest::keyClick(focused(&dialog), Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    auto* problem = dialog.findChild<QLabel*>("checkInProblem");
    EXPECT_TRUE(problem->isVisible());
    EXPECT_EQ(problem->text(), QStringLiteral("The disk is full. Your check-in was not saved."));
    EXPECT_EQ(dialog.scale()->value(), 9);
}

TEST_F(CheckInTest, SignsAreSavedAsDataAndUntickingRemovesThem)
{
    ui::CheckInDialog dialog(names(), m_clock.now());
    dialog.show();
    QTest::keyClick(focused(&dialog), Qt::Key_6);
    for (const char* name : {"sign-numbness", "sign-night-pain"})
        dialog.findChild<QCheckBox*>(name)->setChecked(true);
    EXPECT_EQ(dialog.findChild<QCheckBox*>("sign-night-pain")->text(), "Pain woke me at night");
    core::CheckIn written = dialog.checkIn();
    EXPECT_EQ(written.warningSigns, (QList<core::WarningSign>{core::WarningSign::Numbness,
                                                              core::WarningSign::NightPain}));
    EXPECT_TRUE(written.note.isEmpty()) << "no words about the signs in her note";

    // Edited later: the note she wrote in the old line's words stays hers,
    // and unticking takes the sign away.
    written.id = 7;
    written.note = QStringLiteral("Also noticed: leaking.");
    ui::CheckInDialog edit(names(), m_clock.now());
    edit.setCheckIn(written);
    EXPECT_EQ(edit.findChild<QPlainTextEdit*>("noteEdit")->toPlainText(), written.note);
    EXPECT_FALSE(edit.findChild<QCheckBox*>("sign-leaking")->isChecked());
    edit.findChild<QCheckBox*>("sign-numbness")->setChecked(false);
    const core::CheckIn changed = edit.checkIn();
    EXPECT_EQ(changed.warningSigns, QList<core::WarningSign>{core::WarningSign::NightPain});
    EXPECT_EQ(changed.note, written.note);
}
