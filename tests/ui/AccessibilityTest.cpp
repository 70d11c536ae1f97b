#include "MainWindow.h"
#include "content/ContentLoader.h"
#include "dialogs/FirstRunWizard.h"
#include "dialogs/HelpDialog.h"
#include "dialogs/ProfileDialog.h"
#include "journal/CheckInDialog.h"
#include "journal/ImportDialog.h"
#include "journal/Journal.h"
#include "journal/JournalPage.h"
#include "journal/JournalText.h"
#include "journal/RegionScoresEditor.h"
#include "journal/ReportDialog.h"
#include "profile/ProfileStore.h"
#include "widgets/BodyMapWidget.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextEdit>

#include <gtest/gtest.h>

using namespace carrywell;

namespace {

const core::ContentLoadReport& shipped()
{
    static const core::ContentLoadReport report =
        core::ContentLoader::load(core::ContentLoader::builtInDirectory());
    return report;
}

bool isControl(const QWidget* w)
{
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QComboBox*>(w) ||
           qobject_cast<const QLineEdit*>(w) || qobject_cast<const QAbstractItemView*>(w) ||
           qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QAbstractSlider*>(w) ||
           qobject_cast<const QTextEdit*>(w) || qobject_cast<const QGroupBox*>(w) ||
           qobject_cast<const ui::BodyMapWidget*>(w);
}

/// Every control reachable in `root` that a screen reader would announce
/// without a name.
QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (!isControl(w) || (w->focusPolicy() == Qt::NoFocus && !qobject_cast<QGroupBox*>(w)))
            continue;
        // Scroll bars of views and line edits inside spin boxes/combos speak through their owner.
        if (qobject_cast<QAbstractSlider*>(w) && w->parentWidget() &&
            w->parentWidget()->inherits("QAbstractScrollArea"))
            continue;
        if (qobject_cast<QLineEdit*>(w) && (qobject_cast<QAbstractSpinBox*>(w->parentWidget()) ||
                                           qobject_cast<QComboBox*>(w->parentWidget())))
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QStringLiteral("%1 (%2)").arg(w->objectName(), w->metaObject()->className()));
    }
    return unnamed;
}

} // namespace

TEST(Accessibility, EveryControlOnEveryPageHasAName)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath("settings.ini"), QSettings::IniFormat);
    core::ProfileStore(settings).setFirstRunDone(true);
    // With a journal, so the journal page is walked too.
    core::ManualClock clock;
    core::JournalOpenResult journal = core::Journal::open(dir.filePath("journal.sqlite"), clock);
    ASSERT_TRUE(journal.ok()) << journal.error().toStdString();
    ASSERT_TRUE(journal->addCheckIn({0, clock.now(), 8, {}, {}, QStringLiteral("Leaked a little")}).ok());
    ui::MainWindow window(shipped(), settings, clock, journal.journal());
    window.show();
    ASSERT_TRUE(window.pageIds().contains(ui::MainWindow::journalPage()));
    for (const QString& page : window.pageIds()) {
        window.showPage(page);
        EXPECT_EQ(unnamedControls(&window), QStringList{}) << "page " << page.toStdString();
    }
    ASSERT_TRUE(window.showExercise("banded-as"));
    EXPECT_EQ(unnamedControls(&window), QStringList{}) << "exercise page";

    ui::JournalPage* journalPage = window.journal();
    window.showPage(ui::MainWindow::journalPage());
    journalPage->tabs()->setCurrentIndex(1);
    EXPECT_EQ(unnamedControls(&window), QStringList{}) << "journal history";
    ui::CheckInDialog checkIn(ui::JournalText::regionNames(shipped().library), clock.now(), &window);
    checkIn.regions()->toggle(core::Region::LowerBack);
    EXPECT_EQ(unnamedControls(&checkIn), QStringList{});
    core::ImportBatch batch;
    batch.problems.append({3, QStringLiteral("line 3"), QStringLiteral("the overall score is 11")});
    ui::ImportDialog import(batch, QStringLiteral("notes.csv"), {}, &window);
    EXPECT_EQ(unnamedControls(&import), QStringList{});
    ui::ReportDialog report(clock.today(), {clock.today().addDays(-27), clock.today()}, &window);
    EXPECT_EQ(unnamedControls(&report), QStringList{});

    ui::HelpDialog help(&window);
    EXPECT_EQ(unnamedControls(&help), QStringList{});
    ui::ProfileDialog profile(shipped().library, core::Profile{}, QDate(2026, 3, 2), &window);
    EXPECT_EQ(unnamedControls(&profile), QStringList{});
    ui::FirstRunWizard wizard(shipped().library, QDate(2026, 3, 2), &window);
    EXPECT_EQ(unnamedControls(&wizard), QStringList{});
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
