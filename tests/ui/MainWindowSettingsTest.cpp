#include "ModalDialogs.h"
#include "ShippedContent.h"
#include "core/content/ContentLoader.h"
#include "core/journal/Journal.h"
#include "core/profile/ProfileStore.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/Theme.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carrywell;
using carrywell::test::shipped;

namespace {

class MainWindowSettingsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        core::ProfileStore(m_settings).setFirstRunDone(true);
    }
    void TearDown() override
    {
        ui::applyTheme(*qobject_cast<QApplication*>(QCoreApplication::instance()),
                       ui::Theme::System);
    }

    QTemporaryDir m_dir;
    QSettings m_settings{m_dir.filePath("settings.ini"), QSettings::IniFormat};
    core::ManualClock m_clock;
};

} // namespace

TEST_F(MainWindowSettingsTest, TheSettingsActionOpensSettingsAndADarkThemeAppliesAtOnce)
{
    ui::MainWindow window(shipped(), m_settings, m_clock);
    window.show();
    auto* action = window.findChild<QAction*>(QStringLiteral("settingsAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QString opened;
    test::answerNextDialog([&opened](QWidget* modal) {
        opened = modal->objectName();
        modal->findChild<QRadioButton*>(QStringLiteral("themeDarkRadio"))->setChecked(true);
        modal->findChild<QDialogButtonBox*>(QStringLiteral("settingsButtons"))
            ->button(QDialogButtonBox::Ok)
            ->click();
    });
    action->trigger();
    EXPECT_EQ(opened, QStringLiteral("settingsDialog"));
    // Already dark, with the window still open; and remembered for next time.
    QApplication::processEvents();
    EXPECT_LT(window.palette().color(QPalette::Window).lightness(), 100);
    EXPECT_EQ(ui::AppearanceStore(m_settings).load().theme, ui::Theme::Dark);
}

TEST_F(MainWindowSettingsTest, ChangingTheLanguageOffersToReopenTheWindow)
{
    ui::MainWindow window(shipped(), m_settings, m_clock);
    window.show();
    QString asked;
    test::answerNextDialog([&asked](QWidget* modal) {
        auto* settings = static_cast<ui::SettingsDialog*>(modal);
        settings->showSection(ui::SettingsDialog::Section::Appearance);
        test::answerNextDialog([&asked](QWidget* question) {
            asked = question->objectName();
            auto* box = static_cast<QMessageBox*>(question);
            for (QAbstractButton* button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
            }
        });
        auto* combo = settings->findChild<QComboBox*>(QStringLiteral("languageCombo"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
        settings->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    window.showSettings();
    EXPECT_EQ(asked, QStringLiteral("languageRestartBox"));
    EXPECT_TRUE(window.restartRequest().requested);
    EXPECT_FALSE(window.restartRequest().restore.has_value());
    EXPECT_EQ(m_settings.value(QStringLiteral("appearance/language")).toString(),
              QStringLiteral("de"));
}

TEST_F(MainWindowSettingsTest, AboutShowsVersionLicenceAndTheMedicalNote)
{
    ui::MainWindow window(shipped(), m_settings, m_clock);
    QString text;
    test::answerNextDialog([&text](QWidget* modal) {
        text = static_cast<QMessageBox*>(modal)->text();
        static_cast<QMessageBox*>(modal)->accept();
    });
    window.showAbout();
    EXPECT_TRUE(text.contains(QApplication::applicationVersion())) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("GNU General Public License"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Not medical advice"))) << text.toStdString();
}
