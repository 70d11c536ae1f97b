#include "core/reminders/ReminderSettings.h"

#include "core/reminders/ReminderState.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTimeZone>
#include <gtest/gtest.h>
#include <memory>

using namespace carrywell::core;

namespace {

class ReminderSettingsTest : public ::testing::Test
{
protected:
    std::unique_ptr<QSettings> settings()
    {
        return std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                           QSettings::IniFormat);
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ReminderSettingsTest, DefaultsWhenNothingIsStored)
{
    const ReminderSettings loaded = ReminderSettings::load(*settings());
    EXPECT_EQ(loaded, ReminderSettings{});
    EXPECT_FALSE(loaded.anyOn());
    EXPECT_EQ(loaded.checkInTime, QTime(20, 0));
    EXPECT_EQ(loaded.snoozeMinutes, 15);
}

TEST_F(ReminderSettingsTest, RoundTripThroughTheFile)
{
    ReminderSettings chosen;
    chosen.checkIn = true;
    chosen.checkInTime = QTime(7, 45);
    chosen.sessions = true;
    chosen.startAtLogin = true;
    chosen.snoozeMinutes = 30;
    chosen.save(*settings());

    const auto reread = settings();
    EXPECT_EQ(ReminderSettings::load(*reread), chosen);
    EXPECT_EQ(reread->value(QStringLiteral("reminders/checkInTime")).toString(),
              QStringLiteral("07:45"));
    EXPECT_TRUE(ReminderSettings::load(*reread).anyOn());
}

TEST_F(ReminderSettingsTest, BadValuesFallBackToDefaultsOrNearestAllowed)
{
    {
        const auto file = settings();
        file->setValue(QStringLiteral("reminders/checkIn"), QStringLiteral("maybe"));
        file->setValue(QStringLiteral("reminders/sessions"), QStringLiteral("yes"));
        file->setValue(QStringLiteral("reminders/checkInTime"), QStringLiteral("25:99"));
        file->setValue(QStringLiteral("reminders/snoozeMinutes"), QStringLiteral("soon"));
    }
    ReminderSettings loaded = ReminderSettings::load(*settings());
    EXPECT_FALSE(loaded.checkIn);
    EXPECT_TRUE(loaded.sessions);
    EXPECT_EQ(loaded.checkInTime, QTime(20, 0));
    EXPECT_EQ(loaded.snoozeMinutes, 15);

    const auto file = settings();
    file->setValue(QStringLiteral("reminders/snoozeMinutes"), 1);
    EXPECT_EQ(ReminderSettings::load(*file).snoozeMinutes, 5);
    file->setValue(QStringLiteral("reminders/snoozeMinutes"), 500);
    EXPECT_EQ(ReminderSettings::load(*file).snoozeMinutes, 120);
    file->setValue(QStringLiteral("reminders/checkInTime"), QStringLiteral("8:5"));
    EXPECT_EQ(ReminderSettings::load(*file).checkInTime, QTime(20, 0));
}

TEST_F(ReminderSettingsTest, SnoozesAndDoneSurviveARestart)
{
    ReminderState state;
    state.checkIn.shownOn = QDate(2026, 1, 14);
    state.checkIn.snoozedUntil =
        QDateTime(QDate(2026, 1, 14), QTime(20, 16, 3, 250), QTimeZone("Europe/Berlin"));
    state.session.doneOn = QDate(2026, 1, 14);
    state.save(*settings());

    const ReminderState reread = ReminderState::load(*settings());
    EXPECT_EQ(reread, state);
    EXPECT_EQ(reread.checkIn.snoozedUntil.toUTC(),
              QDateTime(QDate(2026, 1, 14), QTime(19, 16, 3, 250), Qt::UTC));
    EXPECT_FALSE(reread.session.shownOn.isValid());

    // Clearing removes the keys rather than leaving stale ones.
    ReminderState().save(*settings());
    EXPECT_FALSE(settings()->contains(QStringLiteral("reminders/checkInSnoozedUntil")));
    EXPECT_EQ(ReminderState::load(*settings()), ReminderState{});
}

TEST_F(ReminderSettingsTest, UnreadableStateMeansNothingHappened)
{
    {
        const auto file = settings();
        file->setValue(QStringLiteral("reminders/checkInShownOn"), QStringLiteral("yesterday"));
        file->setValue(QStringLiteral("reminders/sessionSnoozedUntil"), QStringLiteral("later"));
    }
    EXPECT_EQ(ReminderState::load(*settings()), ReminderState{});
}
