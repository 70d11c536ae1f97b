#include "ui/settings/SettingsDialog.h"

#include "ContentFixtures.h"
#include "ModalDialogs.h"
#include "ShippedContent.h"
#include "core/content/ContentLoader.h"
#include "core/journal/Journal.h"
#include "core/plan/PlanPreferences.h"
#include "core/profile/ProfileStore.h"
#include "core/reminders/ReminderSettings.h"
#include "core/settings/SettingsKeys.h"
#include "ui/audio/SoundSettings.h"
#include "ui/settings/AppearanceSection.h"
#include "ui/settings/DataSection.h"
#include "ui/settings/ProfileForm.h"
#include "ui/settings/ReminderSection.h"
#include "ui/settings/SoundSection.h"
#include "ui/settings/Theme.h"
#include "ui/settings/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QUrl>
#include <gtest/gtest.h>

using namespace carrywell;
using carrywell::test::shipped;

namespace {

class SettingsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_clock.set(QDateTime(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC));
    }

    QString journalPath() const { return m_dir.filePath("journal.sqlite"); }

    std::unique_ptr<ui::SettingsDialog> makeDialog(core::Journal* journal = nullptr)
    {
        return std::make_unique<ui::SettingsDialog>(shipped().library, m_settings, journalPath(),
                                                    journal, m_clock);
    }

    QTemporaryDir m_dir;
    QSettings m_settings{m_dir.filePath("settings.ini"), QSettings::IniFormat};
    core::ManualClock m_clock;
};

template <typename T>
T* child(QWidget* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

} // namespace

TEST_F(SettingsDialogTest, ShowsWhatTheSettingsHold)
{
    ui::SoundSettings sound;
    sound.player.tones = false;
    sound.player.volume = 0.35;
    sound.countdownSeconds = 9;
    ui::SoundStore(m_settings).save(sound);
    core::ReminderSettings reminders;
    reminders.checkIn = true;
    reminders.checkInTime = QTime(21, 15);
    reminders.snoozeMinutes = 30;
    core::ReminderStore(m_settings).save(reminders);
    core::PlanPreferences plan;
    plan.sessionTime = QTime(7, 30);
    core::PlanPreferencesStore(m_settings).save(plan);
    ui::AppearanceStore(m_settings).save({ui::Theme::Dark, QStringLiteral("de")});

    auto dialog = makeDialog();
    EXPECT_FALSE(child<QCheckBox>(dialog.get(), "settingsTonesCheck")->isChecked());
    EXPECT_TRUE(child<QCheckBox>(dialog.get(), "settingsVoiceCheck")->isChecked());
    EXPECT_EQ(child<QSlider>(dialog.get(), "settingsVolumeSlider")->value(), 35);
    EXPECT_EQ(child<QSpinBox>(dialog.get(), "settingsCountdownSpin")->value(), 9);
    EXPECT_TRUE(child<QCheckBox>(dialog.get(), "checkInReminderCheck")->isChecked());
    EXPECT_EQ(child<QTimeEdit>(dialog.get(), "checkInTimeEdit")->time(), QTime(21, 15));
    EXPECT_FALSE(child<QCheckBox>(dialog.get(), "sessionReminderCheck")->isChecked());
    EXPECT_EQ(child<QTimeEdit>(dialog.get(), "sessionTimeEdit")->time(), QTime(7, 30));
    EXPECT_EQ(child<QSpinBox>(dialog.get(), "snoozeSpin")->value(), 30);
    EXPECT_TRUE(child<QRadioButton>(dialog.get(), "themeDarkRadio")->isChecked());
    EXPECT_EQ(child<QComboBox>(dialog.get(), "languageCombo")->currentData().toString(),
              QStringLiteral("de"));
    // Nothing changed yet, so there is nothing to apply.
    EXPECT_FALSE(dialog->buttons()->button(QDialogButtonBox::Apply)->isEnabled());
}

TEST_F(SettingsDialogTest, ApplySavesEachSectionAndSignalsOnlyWhatChanged)
{
    auto dialog = makeDialog();
    QSignalSpy profile(dialog.get(), &ui::SettingsDialog::profileChanged);
    QSignalSpy sound(dialog.get(), &ui::SettingsDialog::soundChanged);
    QSignalSpy reminders(dialog.get(), &ui::SettingsDialog::remindersChanged);
    QSignalSpy theme(dialog.get(), &ui::SettingsDialog::themeChanged);
    QSignalSpy language(dialog.get(), &ui::SettingsDialog::languageChanged);

    child<QCheckBox>(dialog.get(), "settingsVoiceCheck")->setChecked(false);
    child<QCheckBox>(dialog.get(), "sessionReminderCheck")->setChecked(true);
    child<QTimeEdit>(dialog.get(), "sessionTimeEdit")->setTime(QTime(13, 45));
    child<QRadioButton>(dialog.get(), "themeLightRadio")->setChecked(true);
    QPushButton* apply = dialog->buttons()->button(QDialogButtonBox::Apply);
    EXPECT_TRUE(apply->isEnabled());
    apply->click();

    EXPECT_EQ(profile.count(), 0);
    EXPECT_EQ(sound.count(), 1);
    EXPECT_EQ(language.count(), 0);
    ASSERT_EQ(theme.count(), 1);
    EXPECT_EQ(theme.at(0).at(0).value<ui::Theme>(), ui::Theme::Light);
    ASSERT_EQ(reminders.count(), 1);
    EXPECT_TRUE(reminders.at(0).at(0).value<core::ReminderSettings>().sessions);
    EXPECT_FALSE(apply->isEnabled());

    // Saved where the rest of Carrywell reads them.
    QSettings reread(m_settings.fileName(), QSettings::IniFormat);
    EXPECT_FALSE(ui::SoundStore(reread).load().player.voice);
    EXPECT_TRUE(core::ReminderStore(reread).load().sessions);
    EXPECT_EQ(core::PlanPreferencesStore(reread).load().sessionTime, QTime(13, 45));
    EXPECT_EQ(ui::AppearanceStore(reread).load().theme, ui::Theme::Light);

    // Applying again with nothing new signals nothing.
    dialog->apply();
    EXPECT_EQ(sound.count(), 1);
    EXPECT_EQ(theme.count(), 1);
    EXPECT_EQ(reminders.count(), 1);
}

TEST_F(SettingsDialogTest, TheProfileIsSavedFromItsSection)
{
    auto dialog = makeDialog();
    QSignalSpy profile(dialog.get(), &ui::SettingsDialog::profileChanged);
    auto* weeksKnown = dialog->profileForm()->findChildren<QCheckBox*>().value(0);
    ASSERT_NE(weeksKnown, nullptr);
    weeksKnown->setChecked(true);
    auto* weeks = dialog->profileForm()->findChild<QSpinBox*>();
    ASSERT_NE(weeks, nullptr);
    weeks->setValue(6);
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_EQ(profile.count(), 1);
    EXPECT_EQ(core::ProfileStore(m_settings).load().weeksSinceBirth(m_clock.today()), 6);
}

TEST_F(SettingsDialogTest, HerActivitiesAreEditedInTheProfileAndReplaceTheOldNames)
{
    core::Profile before;
    before.activities = {"Lifting the baby", "Pushing the pram"};
    core::ProfileStore(m_settings).save(before);
    auto dialog = makeDialog();
    auto* first = child<QComboBox>(dialog->profileForm(), "activityField-0");
    auto* second = child<QComboBox>(dialog->profileForm(), "activityField-1");
    auto* third = child<QComboBox>(dialog->profileForm(), "activityField-2");
    EXPECT_EQ(first->currentText(), "Lifting the baby");
    EXPECT_EQ(second->currentText(), "Pushing the pram");
    EXPECT_EQ(third->currentText(), "");
    EXPECT_GE(third->count(), 6) << "suggestions are offered";

    QSignalSpy profile(dialog.get(), &ui::SettingsDialog::profileChanged);
    first->setEditText("Lifting the baby from the crib");
    second->setEditText("");
    third->setCurrentIndex(third->findText("Carrying shopping up the stairs"));
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    EXPECT_EQ(profile.count(), 1);
    EXPECT_EQ(core::ProfileStore(m_settings).load().activities,
              QStringList({"Lifting the baby from the crib", "Carrying shopping up the stairs"}));
}

TEST_F(SettingsDialogTest, OpeningAndClosingTheProfileWithActivitiesChangesNothing)
{
    core::Profile before;
    before.activities = {"Pushing the pram"};
    core::ProfileStore(m_settings).save(before);
    auto dialog = makeDialog();
    QSignalSpy profile(dialog.get(), &ui::SettingsDialog::profileChanged);
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    EXPECT_EQ(profile.count(), 0);
}

TEST_F(SettingsDialogTest, HerNameForAClinicIsOptionalAndSavedTrimmed)
{
    auto dialog = makeDialog();
    auto* name = child<QLineEdit>(dialog->profileForm(), "profileNameEdit");
    EXPECT_EQ(name->text(), "");
    EXPECT_TRUE(child<QLabel>(dialog->profileForm(), "profileNameHint")
                    ->text()
                    .contains("Leave empty to stay anonymous"));
    QSignalSpy profile(dialog.get(), &ui::SettingsDialog::profileChanged);
    name->setText("  Ana  Ruiz ");
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    EXPECT_EQ(profile.count(), 1);
    EXPECT_EQ(core::ProfileStore(m_settings).load().name, "Ana Ruiz");
}

TEST_F(SettingsDialogTest, ClearingHerNameLeavesNoNameInTheSettings)
{
    core::Profile before;
    before.name = "Ana Ruiz";
    core::ProfileStore(m_settings).save(before);
    auto dialog = makeDialog();
    auto* name = child<QLineEdit>(dialog->profileForm(), "profileNameEdit");
    EXPECT_EQ(name->text(), "Ana Ruiz");
    name->clear();
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    m_settings.sync();
    EXPECT_FALSE(m_settings.contains(core::keys::profileName.name));
    EXPECT_EQ(core::ProfileStore(m_settings).load().name, "");
}

TEST_F(SettingsDialogTest, CancelLeavesEverythingAsItWas)
{
    auto dialog = makeDialog();
    child<QCheckBox>(dialog.get(), "settingsTonesCheck")->setChecked(false);
    child<QCheckBox>(dialog.get(), "checkInReminderCheck")->setChecked(true);
    child<QComboBox>(dialog.get(), "languageCombo")->setCurrentIndex(2);
    dialog->buttons()->button(QDialogButtonBox::Cancel)->click();
    EXPECT_EQ(dialog->result(), QDialog::Rejected);
    m_settings.sync();
    EXPECT_TRUE(ui::SoundStore(m_settings).load().player.tones);
    EXPECT_FALSE(core::ReminderStore(m_settings).load().checkIn);
    EXPECT_FALSE(m_settings.contains(core::keys::appearanceLanguage.name));
}

TEST_F(SettingsDialogTest, LanguagesOfferTheSystemAndEveryTranslation)
{
    auto dialog = makeDialog();
    auto* combo = child<QComboBox>(dialog.get(), "languageCombo");
    QStringList codes;
    for (int i = 0; i < combo->count(); ++i)
        codes.append(combo->itemData(i).toString());
    EXPECT_EQ(codes, (QStringList{QString(), "en", "es", "de"}));
    EXPECT_EQ(combo->itemText(2), QStringLiteral("Español"));
    EXPECT_EQ(combo->itemText(3), QStringLiteral("Deutsch"));
    QSignalSpy language(dialog.get(), &ui::SettingsDialog::languageChanged);
    combo->setCurrentIndex(2);
    dialog->apply();
    ASSERT_EQ(language.count(), 1);
    EXPECT_EQ(language.at(0).at(0).toString(), QStringLiteral("es"));
}

TEST_F(SettingsDialogTest, ReminderTimesAreEnabledOnlyWithTheirReminder)
{
    auto dialog = makeDialog();
    auto* checkIn = child<QCheckBox>(dialog.get(), "checkInReminderCheck");
    auto* time = child<QTimeEdit>(dialog.get(), "checkInTimeEdit");
    auto* snooze = child<QSpinBox>(dialog.get(), "snoozeSpin");
    EXPECT_FALSE(time->isEnabled());
    EXPECT_FALSE(snooze->isEnabled());
    checkIn->setChecked(true);
    EXPECT_TRUE(time->isEnabled());
    EXPECT_TRUE(snooze->isEnabled());
}

TEST_F(SettingsDialogTest, OpenFolderOpensTheDataFolder)
{
    auto dialog = makeDialog();
    QList<QUrl> opened;
    dialog->dataSection()->setFolderOpener([&opened](const QUrl& url) {
        opened.append(url);
        return true;
    });
    EXPECT_EQ(child<QLineEdit>(dialog.get(), "dataFolderEdit")->text(),
              QDir::toNativeSeparators(m_dir.path()));
    child<QPushButton>(dialog.get(), "openDataFolderButton")->click();
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first(), QUrl::fromLocalFile(m_dir.path()));
}

TEST_F(SettingsDialogTest, BackUpNowAddsABackupAndRestoreAsksFirst)
{
    core::JournalOpenResult journal = core::Journal::open(journalPath(), m_clock);
    ASSERT_TRUE(journal.ok()) << journal.error().toStdString();
    ASSERT_TRUE(journal->addCheckIn({0, m_clock.now(), 4, {}, {}, {}, {}}).ok());
    auto dialog = makeDialog(journal.journal());
    QTreeWidget* list = dialog->dataSection()->backupList();
    auto* restore = child<QPushButton>(dialog.get(), "restoreBackupButton");
    const int before = int(journal->backups().list().size());

    m_clock.advance(5 * 60 * 1000);
    child<QPushButton>(dialog.get(), "backUpNowButton")->click();
    const QList<core::BackupInfo> backups = journal->backups().list();
    ASSERT_EQ(backups.size(), before + 1);
    EXPECT_EQ(backups.first().reason, QStringLiteral("manual"));
    ASSERT_GE(list->topLevelItemCount(), 1);
    EXPECT_EQ(list->topLevelItem(0)->text(1), QStringLiteral("Made by you"));
    EXPECT_EQ(list->currentItem(), list->topLevelItem(0));
    EXPECT_TRUE(restore->isEnabled());

    QSignalSpy requested(dialog.get(), &ui::SettingsDialog::restoreRequested);
    // Cancelling the question restores nothing.
    test::answerNextDialog(
        [](QWidget* box) { static_cast<QMessageBox*>(box)->button(QMessageBox::Cancel)->click(); });
    restore->click();
    EXPECT_EQ(requested.count(), 0);
    test::answerNextDialog([](QWidget* box) {
        auto* question = static_cast<QMessageBox*>(box);
        EXPECT_EQ(question->objectName(), QStringLiteral("confirmRestoreBox"));
        for (QAbstractButton* button : question->buttons()) {
            if (question->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    });
    restore->click();
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.at(0).at(0).value<core::BackupInfo>(), backups.first());
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
}

TEST_F(SettingsDialogTest, WithoutAJournalBackupsCanStillBeRestored)
{
    {
        core::JournalOpenResult journal = core::Journal::open(journalPath(), m_clock);
        ASSERT_TRUE(journal.ok());
        ASSERT_TRUE(journal->addCheckIn({0, m_clock.now(), 4, {}, {}, {}, {}}).ok());
        ASSERT_TRUE(journal->backUpNow(QStringLiteral("manual")).ok());
    }
    auto dialog = makeDialog(nullptr);
    EXPECT_FALSE(child<QPushButton>(dialog.get(), "backUpNowButton")->isEnabled());
    QTreeWidget* list = dialog->dataSection()->backupList();
    ASSERT_GE(list->topLevelItemCount(), 1);
    list->setCurrentItem(list->topLevelItem(0));
    EXPECT_TRUE(child<QPushButton>(dialog.get(), "restoreBackupButton")->isEnabled());
}

TEST_F(SettingsDialogTest, TheThemeSwitchesWhileTheWindowIsOpen)
{
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    ASSERT_NE(app, nullptr);
    const QColor systemWindow = app->palette().color(QPalette::Window);
    ui::applyTheme(*app, ui::Theme::Dark);
    EXPECT_LT(app->palette().color(QPalette::Window).lightness(), 100);
    ui::applyTheme(*app, ui::Theme::Light);
    EXPECT_GT(app->palette().color(QPalette::Window).lightness(), 200);
    ui::applyTheme(*app, ui::Theme::System);
    EXPECT_EQ(app->palette().color(QPalette::Window), systemWindow);
}
