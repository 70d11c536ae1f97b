#include "ui/reminders/ReminderService.h"

#include "JournalUiFixture.h"
#include "ReminderTestSupport.h"
#include "core/plan/PlanJson.h"
#include "core/plan/PlanPreferences.h"
#include "core/reminders/ReminderFacts.h"
#include "ui/plan/PlanPage.h"
#include "ui/reminders/DBusReminderNotifier.h"
#include "ui/reminders/ReminderTray.h"
#include "ui/reminders/TrayReminderNotifier.h"

#include <QAction>
#include <QDBusConnection>
#include <QFileInfo>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace carrywell;
using namespace carrywell::test;
using core::ReminderKind;

namespace carrywell::test {

core::WeeklyPlan weekWithWednesday()
{
    core::WeeklyPlan plan;
    plan.weekStart = QDate(2026, 1, 12);
    plan.minutesPerDay = 10;
    for (int i = 0; i < 7; ++i) {
        core::PlanDay day;
        day.date = plan.weekStart.addDays(i);
        if (i == 2) {
            day.rest = false;
            core::PlannedExercise exercise;
            exercise.exerciseId = QStringLiteral("cat-cow");
            exercise.dosage.sets = 2;
            exercise.dosage.reps = 10;
            exercise.dosage.tempoOutSeconds = 3;
            exercise.dosage.tempoBackSeconds = 3;
            exercise.dosage.restSeconds = 30;
            day.exercises.append(exercise);
        }
        plan.days.append(day);
    }
    return plan;
}

} // namespace carrywell::test

namespace {

/// The service on Wednesday 14 January 2026 (UTC), with a recording notifier
/// and the start-at-login entry in the test's own folder.
class ReminderServiceTest : public JournalUiTest
{
protected:
    void TearDown() override
    {
        m_service.reset();
        JournalUiTest::TearDown();
    }

    QString autostartFolder() const { return m_dir.filePath(QStringLiteral("autostart")); }

    /// Starts the service at `time` today with `settings` already saved.
    void start(const core::ReminderSettings& settings, const QTime& time = QTime(9, 0))
    {
        core::ReminderStore(*m_settings).save(settings);
        at(time);
        auto notifier = std::make_unique<RecordingNotifier>();
        m_notifier = notifier.get();
        m_service = std::make_unique<ui::ReminderService>(
            *m_settings, m_journal.get(), m_clock,
            ui::ReminderEnvironment{std::move(notifier), autostartFolder()});
    }

    void at(const QTime& time, int day = 14)
    {
        m_clock.set(QDateTime(QDate(2026, 1, day), time, Qt::UTC));
    }

    static core::ReminderSettings checkInAt8pm()
    {
        core::ReminderSettings settings;
        settings.checkIn = true;
        return settings;
    }

    QAction* trayAction(const char* name) const
    {
        QAction* action = m_service->tray()->action(QString::fromLatin1(name));
        EXPECT_NE(action, nullptr) << name;
        return action;
    }

    void savePlan()
    {
        ASSERT_TRUE(
            m_journal->savePlan(core::toSavedPlan(weekWithWednesday(), m_clock.now())).ok());
    }

    std::unique_ptr<ui::ReminderService> m_service;
    RecordingNotifier* m_notifier = nullptr;
};

} // namespace

TEST_F(ReminderServiceTest, OffByDefault)
{
    start(core::ReminderSettings{});
    EXPECT_FALSE(m_service->settings().anyOn());
    EXPECT_FALSE(m_service->nextCheck().isValid());
    EXPECT_FALSE(m_service->tray()->icon()->isVisible());
    EXPECT_FALSE(m_service->keepsRunningInTray());
    at(QTime(21, 0));
    m_service->recheck();
    EXPECT_TRUE(m_notifier->shown.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(m_service->autostart().filePath()));
}

TEST_F(ReminderServiceTest, TheTrayMenuOffersItsEntriesAndEachAsksForItsAction)
{
    savePlan();
    start(checkInAt8pm());
    EXPECT_TRUE(m_service->tray()->icon()->isVisible() ||
                !QSystemTrayIcon::isSystemTrayAvailable());
    EXPECT_EQ(m_service->tray()->icon()->contextMenu(), m_service->tray()->menu());

    QStringList visible;
    for (QAction* action : m_service->tray()->menu()->actions()) {
        if (action->isVisible() && !action->isSeparator())
            visible << action->text();
    }
    EXPECT_EQ(visible, (QStringList{"Open Carrywell", "Check in now…", "Start today's session",
                                    "Quit Carrywell"}));
    EXPECT_TRUE(trayAction("trayStartSessionAction")->isEnabled());

    QSignalSpy open(m_service.get(), &ui::ReminderService::openWindowRequested);
    QSignalSpy checkIn(m_service.get(), &ui::ReminderService::checkInRequested);
    QSignalSpy session(m_service.get(), &ui::ReminderService::startTodaysSessionRequested);
    QSignalSpy quit(m_service.get(), &ui::ReminderService::quitRequested);
    trayAction("trayOpenAction")->trigger();
    trayAction("trayCheckInAction")->trigger();
    trayAction("trayStartSessionAction")->trigger();
    trayAction("trayQuitAction")->trigger();
    EXPECT_EQ(open.count(), 1);
    EXPECT_EQ(checkIn.count(), 1);
    EXPECT_EQ(session.count(), 1);
    EXPECT_EQ(quit.count(), 1);
    // Clicking the icon opens the window too.
    emit m_service->tray()->icon()->activated(QSystemTrayIcon::Trigger);
    EXPECT_EQ(open.count(), 2);

    // Thursday is a rest day: nothing to start.
    at(QTime(9, 0), 15);
    m_service->recheck();
    EXPECT_FALSE(trayAction("trayStartSessionAction")->isEnabled());
}

TEST_F(ReminderServiceTest, TheCheckInReminderComesAtItsTimeUntilTheDayHasACheckIn)
{
    start(checkInAt8pm());
    EXPECT_EQ(m_service->nextCheck(), QDateTime(QDate(2026, 1, 14), QTime(20, 0), Qt::UTC));
    EXPECT_TRUE(m_notifier->shown.isEmpty());
    EXPECT_FALSE(trayAction("traySnoozeCheckInAction")->isVisible());

    QSignalSpy shown(m_service.get(), &ui::ReminderService::reminderShown);
    at(QTime(20, 0));
    m_service->recheck();
    ASSERT_EQ(m_notifier->shown.size(), 1);
    EXPECT_EQ(shown.count(), 1);
    const ui::ReminderNotice& notice = m_notifier->shown.constFirst();
    EXPECT_EQ(notice.kind, ReminderKind::CheckIn);
    EXPECT_EQ(notice.summary, QStringLiteral("Time for your check-in"));
    EXPECT_EQ(notice.body, QStringLiteral("How is your back today? It takes ten seconds."));
    EXPECT_EQ(notice.snoozeLabel, QStringLiteral("Snooze 15 min"));
    EXPECT_EQ(m_service->pending(), QList<ReminderKind>{ReminderKind::CheckIn});
    EXPECT_TRUE(trayAction("traySnoozeCheckInAction")->isVisible());
    EXPECT_EQ(trayAction("traySnoozeCheckInAction")->text(),
              QStringLiteral("Check-in reminder: again in 15 minutes"));
    EXPECT_TRUE(trayAction("trayDoneCheckInAction")->isVisible());
    EXPECT_FALSE(trayAction("traySnoozeSessionAction")->isVisible());
    // Shown once: another look the same evening shows nothing new.
    m_service->recheck();
    EXPECT_EQ(m_notifier->shown.size(), 1);

    // The check-in answers the reminder: the journal's change takes it away.
    add({checkIn(m_clock.now(), 3)});
    EXPECT_EQ(m_notifier->withdrawn, QList<ReminderKind>{ReminderKind::CheckIn});
    EXPECT_TRUE(m_service->pending().isEmpty());
    EXPECT_FALSE(trayAction("trayDoneCheckInAction")->isVisible());
    EXPECT_EQ(m_service->nextCheck(), QDateTime(QDate(2026, 1, 15), QTime(0, 0), Qt::UTC));
}

TEST_F(ReminderServiceTest, NoCheckInReminderOnADayThatHasOne)
{
    add({checkIn(QDateTime(QDate(2026, 1, 14), QTime(8, 0), Qt::UTC), 2)});
    start(checkInAt8pm());
    at(QTime(20, 0));
    m_service->recheck();
    EXPECT_TRUE(m_notifier->shown.isEmpty());
    at(QTime(20, 0), 15);
    m_service->recheck();
    EXPECT_EQ(m_notifier->shown.size(), 1);
}

TEST_F(ReminderServiceTest, SnoozeAndDoneFromTheTrayAndSurviveARestart)
{
    start(checkInAt8pm(), QTime(20, 0));
    ASSERT_EQ(m_notifier->shown.size(), 1);

    at(QTime(20, 1));
    trayAction("traySnoozeCheckInAction")->trigger();
    EXPECT_EQ(m_notifier->withdrawn, QList<ReminderKind>{ReminderKind::CheckIn});
    EXPECT_EQ(m_service->nextCheck(), QDateTime(QDate(2026, 1, 14), QTime(20, 16), Qt::UTC));
    EXPECT_TRUE(m_settings->contains(QStringLiteral("reminders/checkInSnoozedUntil")));
    // Still answerable from the tray while snoozed.
    EXPECT_TRUE(trayAction("trayDoneCheckInAction")->isVisible());

    // Carrywell restarts during the snooze: the snooze holds.
    start(checkInAt8pm(), QTime(20, 10));
    EXPECT_TRUE(m_notifier->shown.isEmpty());
    EXPECT_EQ(m_service->nextCheck(), QDateTime(QDate(2026, 1, 14), QTime(20, 16), Qt::UTC));
    at(QTime(20, 16));
    m_service->recheck();
    ASSERT_EQ(m_notifier->shown.size(), 1);

    trayAction("trayDoneCheckInAction")->trigger();
    EXPECT_TRUE(m_service->pending().isEmpty());
    EXPECT_EQ(m_settings->value(QStringLiteral("reminders/checkInDoneOn")).toString(),
              QStringLiteral("2026-01-14"));
    start(checkInAt8pm(), QTime(22, 0));
    EXPECT_TRUE(m_notifier->shown.isEmpty());
    EXPECT_EQ(m_service->nextCheck(), QDateTime(QDate(2026, 1, 15), QTime(0, 0), Qt::UTC));

    // The next day starts afresh.
    at(QTime(20, 0), 15);
    m_service->recheck();
    EXPECT_EQ(m_notifier->shown.size(), 1);
}

TEST_F(ReminderServiceTest, AnswersFromTheNotification)
{
    savePlan();
    core::ReminderSettings settings = checkInAt8pm();
    settings.sessions = true;
    settings.snoozeMinutes = 30;
    start(settings, QTime(20, 0));
    ASSERT_EQ(m_notifier->shown.size(), 2);
    QSignalSpy checkIn(m_service.get(), &ui::ReminderService::checkInRequested);
    QSignalSpy session(m_service.get(), &ui::ReminderService::startTodaysSessionRequested);
    using Answer = ui::ReminderNotifier::Answer;
    emit m_notifier->answered(ReminderKind::CheckIn, Answer::Open);
    emit m_notifier->answered(ReminderKind::Session, Answer::Open);
    EXPECT_EQ(checkIn.count(), 1);
    EXPECT_EQ(session.count(), 1);

    emit m_notifier->answered(ReminderKind::Session, Answer::Snooze);
    EXPECT_EQ(m_service->nextCheck(), QDateTime(QDate(2026, 1, 14), QTime(20, 30), Qt::UTC));
    emit m_notifier->answered(ReminderKind::CheckIn, Answer::Done);
    EXPECT_EQ(m_service->pending(), QList<ReminderKind>{ReminderKind::Session});
    EXPECT_EQ(m_notifier->withdrawn,
              (QList<ReminderKind>{ReminderKind::Session, ReminderKind::CheckIn}));
}

TEST_F(ReminderServiceTest, TheSessionReminderComesOnPlannedDaysUntilTheSessionIsDone)
{
    savePlan();
    core::PlanPreferences preferences;
    preferences.sessionTime = QTime(10, 30);
    core::PlanPreferencesStore(*m_settings).save(preferences);
    core::ReminderSettings settings;
    settings.sessions = true;
    start(settings);
    EXPECT_EQ(m_service->nextCheck(), QDateTime(QDate(2026, 1, 14), QTime(10, 30), Qt::UTC));

    at(QTime(10, 30));
    m_service->recheck();
    ASSERT_EQ(m_notifier->shown.size(), 1);
    const ui::ReminderNotice& notice = m_notifier->shown.constFirst();
    EXPECT_EQ(notice.kind, ReminderKind::Session);
    EXPECT_EQ(notice.summary, QStringLiteral("Time for today's exercises"));
    EXPECT_EQ(notice.body, QStringLiteral("Your 3-minute routine is ready when you are."));
    EXPECT_EQ(notice.openLabel, QStringLiteral("Start now"));

    // A session from the plan answers it; another routine does not.
    add(session(QDateTime(QDate(2026, 1, 14), QTime(10, 40), Qt::UTC),
                QStringLiteral("evening-release"), 5));
    EXPECT_EQ(m_service->pending(), QList<ReminderKind>{ReminderKind::Session});
    add(session(QDateTime(QDate(2026, 1, 14), QTime(10, 50), Qt::UTC), ui::PlanPage::routineId(),
                5));
    EXPECT_TRUE(m_service->pending().isEmpty());
    EXPECT_EQ(m_notifier->withdrawn, QList<ReminderKind>{ReminderKind::Session});

    // Thursday is a rest day and the week after has no plan.
    at(QTime(12, 0), 15);
    m_service->recheck();
    at(QTime(12, 0), 21);
    m_service->recheck();
    EXPECT_EQ(m_notifier->shown.size(), 1);
}

TEST_F(ReminderServiceTest, TheRemindersFollowThePlanPagesIdeaOfADoneDay)
{
    EXPECT_EQ(core::ReminderFacts::planRoutineId(), ui::PlanPage::routineId());
}

TEST_F(ReminderServiceTest, TheTimerIsArmedForTheDueMoment)
{
    start(checkInAt8pm(), QTime(19, 59, 59, 800));
    QSignalSpy shown(m_service.get(), &ui::ReminderService::reminderShown);
    // The clock reaches 20:00 without anyone asking the service to look.
    at(QTime(20, 0));
    EXPECT_TRUE(shown.wait(3000));
    EXPECT_EQ(m_notifier->shown.size(), 1);
}

TEST_F(ReminderServiceTest, SettingsAreSavedAndStartAtLoginFollowsThem)
{
    start(core::ReminderSettings{});
    core::ReminderSettings settings = checkInAt8pm();
    settings.checkInTime = QTime(21, 15);
    settings.startAtLogin = true;
    m_service->setSettings(settings);
    EXPECT_EQ(core::ReminderStore(*m_settings).load(), settings);
    EXPECT_EQ(m_service->nextCheck(), QDateTime(QDate(2026, 1, 14), QTime(21, 15), Qt::UTC));
    EXPECT_TRUE(m_service->autostart().isEnabled());
    EXPECT_EQ(QFileInfo(m_service->autostart().filePath()).dir().path(), autostartFolder());

    settings.startAtLogin = false;
    m_service->setSettings(settings);
    EXPECT_FALSE(m_service->autostart().isEnabled());

    // Starting at login with no reminder on would start a Carrywell with nothing to do.
    settings.startAtLogin = true;
    settings.checkIn = false;
    m_service->setSettings(settings);
    EXPECT_FALSE(m_service->autostart().isEnabled());
    EXPECT_FALSE(m_service->nextCheck().isValid());
    EXPECT_FALSE(m_service->tray()->icon()->isVisible());
    EXPECT_FALSE(m_service->keepsRunningInTray());
}

TEST_F(ReminderServiceTest, TurningRemindersOffTakesAShownOneAway)
{
    start(checkInAt8pm(), QTime(20, 0));
    ASSERT_EQ(m_notifier->shown.size(), 1);
    m_service->setSettings(core::ReminderSettings{});
    EXPECT_EQ(m_notifier->withdrawn, QList<ReminderKind>{ReminderKind::CheckIn});
    EXPECT_TRUE(m_service->pending().isEmpty());
}

TEST_F(ReminderServiceTest, KeepsRunningInTheTrayOnlyWithRemindersOnAndATray)
{
    start(checkInAt8pm());
    EXPECT_EQ(m_service->keepsRunningInTray(), QSystemTrayIcon::isSystemTrayAvailable());
    m_service->noteWindowClosed();
    EXPECT_EQ(m_settings->value(QStringLiteral("reminders/trayNoticeShown")).toBool(),
              QSystemTrayIcon::isSystemTrayAvailable());
}

TEST_F(ReminderServiceTest, WithoutAJournalNoRemindersCome)
{
    core::ReminderStore(*m_settings).save(checkInAt8pm());
    at(QTime(20, 0));
    auto notifier = std::make_unique<RecordingNotifier>();
    RecordingNotifier* recording = notifier.get();
    ui::ReminderService service(*m_settings, nullptr, m_clock,
                                ui::ReminderEnvironment{std::move(notifier), autostartFolder()});
    EXPECT_TRUE(recording->shown.isEmpty());
    EXPECT_FALSE(service.keepsRunningInTray());
}

TEST_F(ReminderServiceTest, WithoutANotificationServiceTheTrayShowsTheReminder)
{
    core::ReminderStore(*m_settings).save(checkInAt8pm());
    at(QTime(20, 0));
    // A bus that cannot be reached, like a desktop with no notification service.
    QDBusConnection nowhere = QDBusConnection::connectToBus(
        m_dir.filePath(QStringLiteral("no-bus")).prepend(QStringLiteral("unix:path=")),
        QStringLiteral("carrywell-no-bus"));
    ASSERT_FALSE(nowhere.isConnected());
    ui::ReminderService service(
        *m_settings, m_journal.get(), m_clock,
        ui::ReminderEnvironment{std::make_unique<ui::DBusReminderNotifier>(nowhere),
                                autostartFolder()});
    const auto* tray = service.findChild<ui::TrayReminderNotifier*>();
    ASSERT_NE(tray, nullptr);
    EXPECT_EQ(tray->lastShown(), ReminderKind::CheckIn);
    // Snooze and Done are reachable from the tray icon's menu instead.
    EXPECT_TRUE(service.tray()->action(QStringLiteral("traySnoozeCheckInAction"))->isVisible());
    QSignalSpy checkIn(&service, &ui::ReminderService::checkInRequested);
    emit service.tray()->icon()->messageClicked();
    EXPECT_EQ(checkIn.count(), 1);
    QDBusConnection::disconnectFromBus(QStringLiteral("carrywell-no-bus"));
}
