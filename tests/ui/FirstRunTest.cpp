#include "ShippedContent.h"
#include "core/content/ContentLoader.h"
#include "core/profile/ProfileStore.h"
#include "ui/settings/FirstRunWizard.h"
#include "ui/window/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <gtest/gtest.h>

using namespace carrywell;
using carrywell::test::shipped;

namespace {

/// Runs `act` on the first-run wizard as soon as it is open.
void whenWizardOpens(const std::function<void(ui::FirstRunWizard&)>& act)
{
    QTimer::singleShot(0, [act] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* wizard = qobject_cast<ui::FirstRunWizard*>(w);
                wizard && wizard->isVisible()) {
                act(*wizard);
                return;
            }
        }
        ADD_FAILURE() << "the first-run wizard did not open";
    });
}

} // namespace

TEST(FirstRun, SkippingShowsTheNoticeOnceAndStoresNothingElse)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath("settings.ini"), QSettings::IniFormat);
    core::ManualClock clock;
    ui::MainWindow window(shipped(), settings, clock);
    whenWizardOpens([](ui::FirstRunWizard& wizard) {
        EXPECT_NE(wizard.findChild<QWidget*>("disclaimerText"), nullptr);
        wizard.button(QWizard::CustomButton1)->click(); // Skip for now
    });
    window.runFirstRunIfNeeded();
    core::ProfileStore store(settings);
    EXPECT_TRUE(store.firstRunDone());
    EXPECT_TRUE(store.disclaimerAccepted());
    EXPECT_EQ(store.load(), core::Profile{});

    // Never again.
    bool opened = false;
    QTimer::singleShot(0, [&opened] {
        for (QWidget* w : QApplication::topLevelWidgets())
            opened = opened || (qobject_cast<ui::FirstRunWizard*>(w) && w->isVisible());
    });
    window.runFirstRunIfNeeded();
    QCoreApplication::processEvents();
    EXPECT_FALSE(opened);
}

TEST(FirstRun, AnsweredQuestionsBecomeTheProfile)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath("settings.ini"), QSettings::IniFormat);
    core::ManualClock clock;
    ui::MainWindow window(shipped(), settings, clock);
    whenWizardOpens([](ui::FirstRunWizard& wizard) {
        wizard.next(); // "I understand"
        wizard.findChild<QCheckBox*>("weeksKnownCheck")->setChecked(true);
        wizard.findChild<QSpinBox*>("weeksSpin")->setValue(8);
        wizard.findChild<QRadioButton*>("birthType-caesarean")->setChecked(true);
        wizard.findChild<QCheckBox*>("profileEquipment-band")->setChecked(true);
        wizard.findChild<QCheckBox*>("profileSymptom-low-back-pain")->setChecked(true);
        wizard.button(QWizard::FinishButton)->click();
    });
    window.runFirstRunIfNeeded();
    const core::Profile profile = core::ProfileStore(settings).load();
    EXPECT_EQ(profile.weeksSinceBirth(clock.today()), 8);
    EXPECT_EQ(profile.birthType, core::BirthType::Caesarean);
    EXPECT_EQ(profile.equipment, QList<core::Equipment>{core::Equipment::Band});
    EXPECT_EQ(profile.symptomIds, QStringList{"low-back-pain"});
}

TEST(FirstRun, ActivitiesNamedOnTheirOwnPageBecomePartOfTheProfile)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath("settings.ini"), QSettings::IniFormat);
    core::ManualClock clock;
    ui::MainWindow window(shipped(), settings, clock);
    whenWizardOpens([](ui::FirstRunWizard& wizard) {
        wizard.next(); // "I understand"
        wizard.next(); // the profile questions, left as they are
        ASSERT_EQ(wizard.currentId(), ui::FirstRunWizard::ActivitiesPage);
        auto* first = wizard.currentPage()->findChild<QComboBox*>("activityField-0");
        auto* second = wizard.currentPage()->findChild<QComboBox*>("activityField-1");
        ASSERT_TRUE(first && second);
        first->setCurrentIndex(first->findText("Fastening the car seat"));
        second->setEditText("  Getting in and out of the bath ");
        wizard.button(QWizard::FinishButton)->click();
    });
    window.runFirstRunIfNeeded();
    EXPECT_EQ(core::ProfileStore(settings).load().activities,
              QStringList({"Fastening the car seat", "Getting in and out of the bath"}));
}
