#include "AccessibilityAudit.h"
#include "ShippedContent.h"
#include "core/content/ContentLoader.h"
#include "core/journal/Journal.h"
#include "core/profile/ProfileStore.h"
#include "ui/checkin/CheckInDialog.h"
#include "ui/checkin/RegionScoresEditor.h"
#include "ui/journal/ImportDialog.h"
#include "ui/journal/JournalPage.h"
#include "ui/journal/JournalText.h"
#include "ui/journal/ReportDialog.h"
#include "ui/plan/ExercisePickerDialog.h"
#include "ui/plan/MakeWeekDialog.h"
#include "ui/session/SessionPage.h"
#include "ui/settings/FirstRunWizard.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/widgets/BodyMapWidget.h"
#include "ui/window/HelpDialog.h"
#include "ui/window/MainWindow.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <gtest/gtest.h>

using namespace carrywell;
using carrywell::test::shipped;

namespace {

QString joined(const QStringList& findings)
{
    return findings.join(QLatin1Char('\n'));
}

/// A data folder whose first run is done, with a journal holding one check-in.
struct WindowFixture
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath("settings.ini"), QSettings::IniFormat};
    core::ManualClock clock;
    core::JournalOpenResult journal = core::Journal::open(dir.filePath("journal.sqlite"), clock);

    WindowFixture()
    {
        core::ProfileStore(settings).setFirstRunDone(true);
        if (journal.ok())
            (void)journal->addCheckIn(
                {0, clock.now(), 8, {}, {}, {}, QStringLiteral("Leaked a little")});
    }
};

} // namespace

TEST(Accessibility, EveryPageIsNamedDescribedAndReachableWithTab)
{
    WindowFixture fixture;
    ASSERT_TRUE(fixture.journal.ok()) << fixture.journal.error().toStdString();
    ui::MainWindow window(shipped(), fixture.settings, fixture.clock, fixture.journal.journal());
    window.show();
    ASSERT_EQ(window.pageIds().size(), 5);
    QStringList findings;
    // Plan, Session and Learn are built the first time they are shown.
    for (const QString& page : window.pageIds()) {
        ASSERT_TRUE(window.showPage(page));
        ASSERT_TRUE(window.isPageBuilt(page));
        findings += test::auditAll(&window, QStringLiteral("page ") + page);
    }
    ASSERT_TRUE(window.showExercise("banded-as"));
    findings += test::auditAll(&window, QStringLiteral("exercise page"));

    window.showPage(ui::MainWindow::journalPage());
    QTabWidget* tabs = window.journal()->tabs();
    ASSERT_GE(tabs->count(), 2);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        findings += test::auditAll(&window, QStringLiteral("journal tab ") + tabs->tabText(tab));
    }

    // A running session takes its keys in one place that Tab reaches.
    window.showPage(ui::MainWindow::sessionPage());
    ASSERT_TRUE(window.session()->startExercise("banded-as"));
    findings += test::auditAll(&window, QStringLiteral("running session"));
    EXPECT_EQ(joined(findings), QString());
}

TEST(Accessibility, CtrlAndANumberOpenEachPage)
{
    WindowFixture fixture;
    ui::MainWindow window(shipped(), fixture.settings, fixture.clock, fixture.journal.journal());
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    const QStringList pages = window.pageIds();
    for (int i = static_cast<int>(pages.size()) - 1; i >= 0; --i) {
        QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
        EXPECT_EQ(window.currentPage(), pages.at(i)) << "Ctrl+" << i + 1;
    }
}

TEST(Accessibility, EveryDialogIsNamedDescribedAndReachableWithTab)
{
    WindowFixture fixture;
    ASSERT_TRUE(fixture.journal.ok());
    const core::ManualClock& clock = fixture.clock;
    QStringList findings;
    {
        ui::CheckInDialog checkIn(ui::JournalText::regionNames(shipped().library), clock.now());
        checkIn.regions()->toggle(core::Region::LowerBack);
        findings += test::auditAll(&checkIn, QStringLiteral("CheckInDialog"));
    }
    {
        core::ImportBatch batch;
        batch.problems.append(
            {3, QStringLiteral("line 3"), QStringLiteral("the overall score is 11")});
        ui::ImportDialog import(batch, QStringLiteral("notes.csv"), {});
        findings += test::auditAll(&import, QStringLiteral("ImportDialog"));
    }
    {
        ui::ReportDialog report(clock.today(), {clock.today().addDays(-27), clock.today()});
        findings += test::auditAll(&report, QStringLiteral("ReportDialog"));
    }
    {
        ui::HelpDialog help;
        findings += test::auditAll(&help, QStringLiteral("HelpDialog"));
    }
    {
        ui::SettingsDialog settings(shipped().library, fixture.settings, fixture.journal->path(),
                                    fixture.journal.journal(), clock);
        settings.show();
        // Each section in turn, as the list on the left shows them.
        for (const auto section :
             {ui::SettingsDialog::Section::Profile, ui::SettingsDialog::Section::Sessions,
              ui::SettingsDialog::Section::Reminders, ui::SettingsDialog::Section::Appearance,
              ui::SettingsDialog::Section::Data}) {
            settings.showSection(section);
            findings += test::auditAll(
                &settings,
                QStringLiteral("SettingsDialog section %1").arg(static_cast<int>(section)));
        }
    }
    {
        ui::MakeWeekDialog makeWeek(shipped().library, core::Profile{}, core::PlanPreferences{},
                                    QDate(2026, 3, 2));
        findings += test::auditAll(&makeWeek, QStringLiteral("MakeWeekDialog"));
    }
    {
        ui::ExercisePickerDialog picker(shipped().library, std::nullopt, std::nullopt, {},
                                        QStringLiteral("Add an exercise"), QStringLiteral("Add"));
        findings += test::auditAll(&picker, QStringLiteral("ExercisePickerDialog"));
    }
    {
        ui::FirstRunWizard wizard(shipped().library, QDate(2026, 3, 2));
        wizard.show();
        int pages = 0;
        // Every page of the wizard, as the Next button leads through them.
        do {
            findings +=
                test::auditAll(&wizard, QStringLiteral("FirstRunWizard page %1").arg(pages));
            ++pages;
            if (wizard.nextId() < 0)
                break;
            wizard.next();
        } while (pages < 10);
        EXPECT_GE(pages, 2);
    }
    EXPECT_EQ(joined(findings), QString());
}

TEST(Accessibility, TheAuditFindsWhatItLooksFor)
{
    // The audits themselves: an unnamed input without a description, a
    // plain-text box that keeps Tab, and a button Tab can never reach.
    QDialog dialog;
    auto* layout = new QVBoxLayout(&dialog);
    auto* name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("bare"));
    auto* trap = new QPlainTextEdit(&dialog);
    trap->setObjectName(QStringLiteral("trap"));
    trap->setAccessibleName(QStringLiteral("Note"));
    trap->setAccessibleDescription(QStringLiteral("A note"));
    auto* after = new QPushButton(QStringLiteral("After"), &dialog);
    after->setObjectName(QStringLiteral("after"));
    layout->addWidget(name);
    layout->addWidget(trap);
    layout->addWidget(after);
    const QStringList findings = test::auditAll(&dialog, QStringLiteral("probe"));
    EXPECT_TRUE(findings.contains(QStringLiteral("probe: no name: bare (QLineEdit)")))
        << joined(findings).toStdString();
    EXPECT_TRUE(findings.contains(QStringLiteral("probe: no description: bare (QLineEdit)")));
    EXPECT_TRUE(findings.contains(QStringLiteral("probe: focus trap: trap (QPlainTextEdit)")));
    EXPECT_TRUE(findings.contains(QStringLiteral("probe: Tab never reaches after (QPushButton)")));
}

TEST(Accessibility, TheBodyMapExposesEachRegionAsAPressableItem)
{
    ui::BodyMapWidget map;
    QHash<core::Region, QString> names;
    for (const core::RegionInfo& info : shipped().library.regions())
        names.insert(info.region, info.name);
    map.setRegionNames(names);
    map.resize(300, 360);
    map.show();
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(&map);
    ASSERT_NE(iface, nullptr);
    EXPECT_EQ(iface->text(QAccessible::Name), QStringLiteral("Body map"));
    ASSERT_EQ(iface->childCount(), 7);
    QStringList childNames;
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface* child = iface->child(i);
        ASSERT_NE(child, nullptr);
        childNames.append(child->text(QAccessible::Name));
        EXPECT_EQ(iface->indexOfChild(child), i);
        EXPECT_FALSE(child->rect().isEmpty());
    }
    QStringList expected;
    for (const core::Region region : core::allValues<core::Region>())
        expected.append(names.value(region));
    EXPECT_EQ(childNames, expected);

    // Pressing a region through the accessibility API chooses it.
    std::optional<core::Region> clicked;
    QObject::connect(&map, &ui::BodyMapWidget::regionClicked,
                     [&clicked](std::optional<core::Region> r) { clicked = r; });
    QAccessibleInterface* lowerBack = iface->child(static_cast<int>(core::Region::LowerBack));
    ASSERT_NE(lowerBack->actionInterface(), nullptr);
    lowerBack->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    EXPECT_EQ(clicked, core::Region::LowerBack);
    EXPECT_TRUE(lowerBack->state().checked);
}
