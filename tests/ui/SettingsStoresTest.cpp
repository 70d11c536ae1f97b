#include "ui/settings/SettingsStores.h"

#include "TestPaths.h"
#include "core/settings/SettingsKeys.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carrywell;

namespace {

/// settings.ini as users have it today, with every key set.
const QString kToday = QStringLiteral(CARRYWELL_TEST_DATA_DIR "/settings/settings-2026-12.ini");

class SettingsStoresTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(QFile::copy(kToday, path()));
        QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner);
    }

    QString path() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    /// The file's lines but its comments.
    static QStringList iniLines(const QString& file)
    {
        QFile ini(file);
        EXPECT_TRUE(ini.open(QIODevice::ReadOnly | QIODevice::Text)) << file.toStdString();
        QStringList lines;
        for (const QString& line : QString::fromUtf8(ini.readAll()).split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1Char(';')))
                lines.append(line);
        }
        return lines;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(SettingsStoresTest, AFileWrittenTodayLoadsIntoEveryStore)
{
    QSettings settings(path(), QSettings::IniFormat);
    const ui::SettingsStores stores(settings);

    const core::Profile profile = stores.profile.load();
    EXPECT_EQ(profile.birthDate, QDate(2025, 11, 2));
    EXPECT_EQ(profile.birthType, core::BirthType::Caesarean);
    EXPECT_EQ(profile.equipment,
              (QList<core::Equipment>{core::Equipment::Band, core::Equipment::FoamRoller}));
    EXPECT_EQ(profile.symptomIds, QStringList{QStringLiteral("lower-back-pain")});
    EXPECT_EQ(profile.activities,
              (QStringList{QStringLiteral("Lifting the baby from the crib"),
                           QStringLiteral("Carrying shopping, then the baby")}));
    EXPECT_EQ(stores.profile.activityPromptDismissedOn(), QDate(2026, 1, 12));
    EXPECT_TRUE(profile.diastasis);
    EXPECT_TRUE(stores.profile.firstRunDone());
    EXPECT_TRUE(stores.profile.disclaimerAccepted());

    const core::PlanPreferences plan = stores.plan.load();
    EXPECT_EQ(plan.minutesPerDay, 15);
    EXPECT_EQ(plan.freeDays, (std::array<bool, 7>{true, false, true, false, true, false, false}));
    EXPECT_TRUE(plan.diastasis);
    EXPECT_EQ(plan.extraRegions,
              (QList<core::Region>{core::Region::PelvicFloor, core::Region::Neck}));
    EXPECT_EQ(plan.sessionTime, QTime(7, 30));

    const core::ReminderSettings reminders = stores.reminders.load();
    EXPECT_TRUE(reminders.checkIn);
    EXPECT_EQ(reminders.checkInTime, QTime(21, 15));
    EXPECT_TRUE(reminders.sessions);
    EXPECT_FALSE(reminders.startAtLogin);
    EXPECT_EQ(reminders.snoozeMinutes, 30);
    const core::ReminderState state = stores.reminders.loadState();
    EXPECT_EQ(state.checkIn.shownOn, QDate(2026, 1, 14));
    EXPECT_EQ(state.checkIn.doneOn, QDate(2026, 1, 13));
    EXPECT_EQ(state.checkIn.snoozedUntil,
              QDateTime(QDate(2026, 1, 14), QTime(19, 16, 3, 250), Qt::UTC));
    EXPECT_EQ(state.session.doneOn, QDate(2026, 1, 14));
    EXPECT_EQ(state.session.snoozedUntil, QDateTime(QDate(2026, 1, 14), QTime(9, 40), Qt::UTC));
    EXPECT_TRUE(state.trayNoticeShown);

    const ui::SoundSettings sound = stores.sound.load();
    EXPECT_FALSE(sound.player.tones);
    EXPECT_TRUE(sound.player.voice);
    EXPECT_DOUBLE_EQ(sound.player.volume, 0.35);
    EXPECT_EQ(sound.countdownSeconds, 9);

    EXPECT_EQ(stores.appearance.load(), (ui::Appearance{ui::Theme::Dark, QStringLiteral("de")}));

    const ui::WindowState window = stores.window.load();
    EXPECT_EQ(window.geometry, QByteArray("\x01\xd9\xd0\xcb\x00\x03\x00\x00geometry", 16));
    EXPECT_EQ(window.layout, QByteArray("\x00\x00\x00\xff\x00\x00\x00\x00state", 13));
    EXPECT_EQ(window.page, QStringLiteral("journal"));
    EXPECT_EQ(window.exercise, QStringLiteral("cat-cow"));
    EXPECT_EQ(window.topic, QStringLiteral("diastasis"));

    const ui::JournalView journal = stores.journal.load();
    EXPECT_EQ(journal.tab, 1);
    EXPECT_EQ(journal.span, ui::JournalRangeBar::Span::Custom);
    EXPECT_EQ(journal.customDays, (core::DateRange{QDate(2026, 1, 1), QDate(2026, 1, 31)}));
    EXPECT_EQ(journal.hiddenPrompts,
              (QStringList{QStringLiteral("leaking"), QStringLiteral("numbness")}));

    EXPECT_EQ(stores.print.load(), ui::PlanLayout::DayByDay);
    EXPECT_EQ(stores.folder, m_dir.path());
}

TEST_F(SettingsStoresTest, SavingWhatWasLoadedWritesTheFileAsItWas)
{
    {
        QSettings settings(path(), QSettings::IniFormat);
        ui::SettingsStores stores(settings);
        stores.profile.save(stores.profile.load());
        stores.profile.setFirstRunDone(stores.profile.firstRunDone());
        stores.profile.setDisclaimerAccepted(stores.profile.disclaimerAccepted());
        stores.profile.setActivityPromptDismissedOn(stores.profile.activityPromptDismissedOn());
        stores.plan.save(stores.plan.load());
        stores.reminders.save(stores.reminders.load());
        stores.reminders.saveState(stores.reminders.loadState());
        stores.sound.save(stores.sound.load());
        stores.appearance.save(stores.appearance.load());
        stores.window.save(stores.window.load());
        stores.journal.save(stores.journal.load());
        stores.print.save(stores.print.load());
    }
    // Compared as text: QSettings in one process keeps values as they were set,
    // so only the file shows what another start of Carrywell would read.
    EXPECT_EQ(iniLines(path()), iniLines(kToday));
    const QSettings sample(kToday, QSettings::IniFormat);
    for (const core::SettingKey& key : core::keys::all()) {
        EXPECT_TRUE(sample.contains(core::nameOf(key)))
            << core::nameOf(key).toStdString() << " is missing from the sample";
    }
}

TEST(SettingsKeyChoices, AreTheIdsThePagesUse)
{
    for (const ui::Theme theme : {ui::Theme::System, ui::Theme::Light, ui::Theme::Dark})
        EXPECT_TRUE(core::keys::appearanceTheme.choices.contains(ui::toId(theme)));
    for (const ui::PlanLayout layout : {ui::PlanLayout::WeekGrid, ui::PlanLayout::DayByDay})
        EXPECT_TRUE(core::keys::printLayout.choices.contains(ui::toId(layout)));
    for (const QString& id : core::keys::journalRange.choices)
        EXPECT_TRUE(ui::JournalRangeBar::spanFromId(id).has_value()) << id.toStdString();
    EXPECT_EQ(core::keys::journalRange.choices.size(), 6);
    EXPECT_EQ(ui::JournalView{}.span,
              ui::JournalRangeBar::spanFromId(core::keys::journalRange.fallback));
}
