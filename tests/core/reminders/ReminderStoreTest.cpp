#include "core/reminders/ReminderStore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTimeZone>
#include <gtest/gtest.h>
#include <memory>

using namespace carrywell::core;

namespace {

class ReminderStoreTest : public ::testing::Test
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

TEST_F(ReminderStoreTest, DefaultsWhenNothingIsStored)
{
    const ReminderSettings loaded = ReminderStore(*settings()).load();
    EXPECT_EQ(loaded, ReminderSettings{});
    EXPECT_FALSE(loaded.anyOn());
    EXPECT_EQ(loaded.checkInTime, QTime(20, 0));
    EXPECT_EQ(loaded.snoozeMinutes, 15);
}

TEST_F(ReminderStoreTest, RoundTripThroughTheFile)
{
    ReminderSettings chosen;
    chosen.checkIn = true;
    chosen.checkInTime = QTime(7, 45);
    chosen.sessions = true;
    chosen.startAtLogin = true;
    chosen.snoozeMinutes = 30;
    ReminderStore(*settings()).save(chosen);

    const auto reread = settings();
    EXPECT_EQ(ReminderStore(*reread).load(), chosen);
    EXPECT_EQ(reread->value(QStringLiteral("reminders/checkInTime")).toString(),
              QStringLiteral("07:45"));
    EXPECT_TRUE(ReminderStore(*reread).load().anyOn());
}

TEST_F(ReminderStoreTest, BadValuesFallBackToDefaultsOrNearestAllowed)
{
    {
        const auto file = settings();
        file->setValue(QStringLiteral("reminders/checkIn"), QStringLiteral("maybe"));
        file->setValue(QStringLiteral("reminders/sessions"), QStringLiteral("yes"));
        file->setValue(QStringLiteral("reminders/checkInTime"), QStringLiteral("25:99"));
        file->setValue(QStringLiteral("reminders/snoozeMinutes"), QStringLiteral("soon"));
    }
    ReminderSettings loaded = ReminderStore(*settings()).load();
    EXPECT_FALSE(loaded.checkIn);
    EXPECT_TRUE(loaded.sessions);
    EXPECT_EQ(loaded.checkInTime, QTime(20, 0));
    EXPECT_EQ(loaded.snoozeMinutes, 15);

    const auto file = settings();
    file->setValue(QStringLiteral("reminders/snoozeMinutes"), 1);
    EXPECT_EQ(ReminderStore(*file).load().snoozeMinutes, 5);
    file->setValue(QStringLiteral("reminders/snoozeMinutes"), 500);
    EXPECT_EQ(ReminderStore(*file).load().snoozeMinutes, 120);
    file->setValue(QStringLiteral("reminders/checkInTime"), QStringLiteral("8:5"));
    EXPECT_EQ(ReminderStore(*file).load().checkInTime, QTime(20, 0));
}

TEST_F(ReminderStoreTest, SnoozesAndDoneSurviveARestart)
{
    ReminderState state;
    state.checkIn.shownOn = QDate(2026, 1, 14);
    state.checkIn.snoozedUntil =
        QDateTime(QDate(2026, 1, 14), QTime(20, 16, 3, 250), QTimeZone("Europe/Berlin"));
    state.session.doneOn = QDate(2026, 1, 14);
    ReminderStore(*settings()).saveState(state);

    const ReminderState reread = ReminderStore(*settings()).loadState();
    EXPECT_EQ(reread, state);
    EXPECT_EQ(reread.checkIn.snoozedUntil.toUTC(),
              QDateTime(QDate(2026, 1, 14), QTime(19, 16, 3, 250), Qt::UTC));
    EXPECT_FALSE(reread.session.shownOn.isValid());

    // Clearing removes the keys rather than leaving stale ones.
    ReminderStore(*settings()).saveState(ReminderState{});
    EXPECT_FALSE(settings()->contains(QStringLiteral("reminders/checkInSnoozedUntil")));
    EXPECT_EQ(ReminderStore(*settings()).loadState(), ReminderState{});
}

TEST_F(ReminderStoreTest, TheTrayNoticeIsShownOnceAndKeptWithTheState)
{
    ReminderState state;
    state.trayNoticeShown = true;
    ReminderStore(*settings()).saveState(state);
    EXPECT_TRUE(settings()->value(QStringLiteral("reminders/trayNoticeShown")).toBool());
    EXPECT_TRUE(ReminderStore(*settings()).loadState().trayNoticeShown);

    // Snoozing later keeps it.
    ReminderState snoozed = ReminderStore(*settings()).loadState();
    snoozed.checkIn.shownOn = QDate(2026, 1, 14);
    ReminderStore(*settings()).saveState(snoozed);
    EXPECT_TRUE(ReminderStore(*settings()).loadState().trayNoticeShown);
}

TEST_F(ReminderStoreTest, UnreadableStateMeansNothingHappened)
{
    {
        const auto file = settings();
        file->setValue(QStringLiteral("reminders/checkInShownOn"), QStringLiteral("yesterday"));
        file->setValue(QStringLiteral("reminders/sessionSnoozedUntil"), QStringLiteral("later"));
    }
    EXPECT_EQ(ReminderStore(*settings()).loadState(), ReminderState{});
}
