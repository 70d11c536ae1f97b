// The desktop notifications for real: a private D-Bus session bus (its own
// dbus-daemon), a stand-in notification service registered on it, and the
// reminder service talking to it through DBusReminderNotifier.

#include "JournalUiFixture.h"
#include "ui/reminders/DBusReminderNotifier.h"
#include "ui/reminders/ReminderService.h"
#include "ui/reminders/TrayReminderNotifier.h"
#include "ui/window/DesktopIdentity.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVariantMap>

using namespace carrywell;
using namespace carrywell::test;
using core::ReminderKind;

namespace {

/// Stands in for a notification daemon: records Notify and CloseNotification
/// calls; the test emits ActionInvoked as a user's click would.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout = 0;
    };

    QList<Call> calls;
    QList<uint> closed;

public slots:
    uint Notify(const QString& appName, uint replacesId, const QString& appIcon,
                const QString& summary, const QString& body, const QStringList& actions,
                const QVariantMap& hints, int expireTimeout)
    {
        calls.append({appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout});
        return replacesId != 0 ? replacesId : uint(40 + calls.size());
    }
    void CloseNotification(uint id)
    {
        closed.append(id);
        emit NotificationClosed(id, 3); // 3: closed by a CloseNotification call
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }

signals:
    void ActionInvoked(uint id, const QString& actionKey);
    void NotificationClosed(uint id, uint reason);
};

const QString kClient = QStringLiteral("carrywell-reminder-client");
const QString kServer = QStringLiteral("carrywell-notification-server");

/// A session bus of the test's own, with no services it could start.
class PrivateBus
{
public:
    PrivateBus()
    {
        const QString config = m_dir.filePath(QStringLiteral("session.conf"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return;
        file.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus "
                                  "Configuration 1.0//EN\" "
                                  "\"http://www.freedesktop.org/standards/dbus/1.0/"
                                  "busconfig.dtd\">\n"
                                  "<busconfig><type>session</type>"
                                  "<listen>unix:dir=%1</listen>"
                                  "<policy context=\"default\"><allow send_destination=\"*\"/>"
                                  "<allow receive_sender=\"*\"/><allow own=\"*\"/></policy>"
                                  "</busconfig>\n")
                       .arg(m_dir.path())
                       .toUtf8());
        file.close();
        m_daemon.start(QStringLiteral("dbus-daemon"),
                       {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                        QStringLiteral("--print-address")});
        if (!m_daemon.waitForStarted(5000))
            return;
        while (!m_daemon.canReadLine() && m_daemon.waitForReadyRead(5000)) {
        }
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    }

    ~PrivateBus()
    {
        m_daemon.kill();
        m_daemon.waitForFinished(5000);
    }

    QString address() const { return m_address; }
    QString problem() const
    {
        return m_daemon.errorString() + QString::fromUtf8(m_daemon.readAllStandardError());
    }

private:
    QTemporaryDir m_dir;
    mutable QProcess m_daemon;
    QString m_address;
};

class ReminderDBusTest : public JournalUiTest
{
protected:
    static void SetUpTestSuite() { s_bus = new PrivateBus; }
    static void TearDownTestSuite()
    {
        delete s_bus;
        s_bus = nullptr;
    }

    void SetUp() override
    {
        JournalUiTest::SetUp();
        ASSERT_FALSE(s_bus->address().isEmpty())
            << "dbus-daemon did not start: " << s_bus->problem().toStdString();
        m_client = QDBusConnection::connectToBus(s_bus->address(), kClient);
        m_server = QDBusConnection::connectToBus(s_bus->address(), kServer);
        ASSERT_TRUE(m_client.isConnected()) << m_client.lastError().message().toStdString();
        ASSERT_TRUE(m_server.isConnected());
        m_clock.set(QDateTime(QDate(2026, 1, 14), QTime(20, 0), Qt::UTC));
        core::ReminderSettings settings;
        settings.checkIn = true;
        core::ReminderStore(*m_settings).save(settings);
    }

    void TearDown() override
    {
        m_service.reset();
        m_server.unregisterObject(ui::DBusReminderNotifier::objectPath());
        m_server.unregisterService(ui::DBusReminderNotifier::serviceName());
        QDBusConnection::disconnectFromBus(kClient);
        QDBusConnection::disconnectFromBus(kServer);
        JournalUiTest::TearDown();
    }

    void registerServer()
    {
        ASSERT_TRUE(m_server.registerObject(ui::DBusReminderNotifier::objectPath(), &m_fake,
                                            QDBusConnection::ExportAllSlots |
                                                QDBusConnection::ExportAllSignals));
        ASSERT_TRUE(m_server.registerService(ui::DBusReminderNotifier::serviceName()));
    }

    /// Starts the service at 20:00, when the check-in reminder is due.
    void startService()
    {
        m_service = std::make_unique<ui::ReminderService>(
            *m_settings, m_journal.get(), m_clock,
            ui::ReminderEnvironment{std::make_unique<ui::DBusReminderNotifier>(m_client),
                                    m_dir.filePath(QStringLiteral("autostart"))});
    }

    uint waitForNotification(int count = 1)
    {
        EXPECT_TRUE(QTest::qWaitFor([&] { return m_fake.calls.size() >= count; }, 5000));
        // The id reaches the client in Notify's reply, after the server has returned.
        QTest::qWait(100);
        return m_fake.calls.isEmpty() ? 0 : uint(40 + count);
    }

    static PrivateBus* s_bus;
    QDBusConnection m_client{QString()};
    QDBusConnection m_server{QString()};
    FakeNotificationServer m_fake;
    std::unique_ptr<ui::ReminderService> m_service;
};

PrivateBus* ReminderDBusTest::s_bus = nullptr;

} // namespace

TEST_F(ReminderDBusTest, TheNotificationSaysWhatItIsForAndOffersSnoozeAndDone)
{
    registerServer();
    startService();
    waitForNotification();
    ASSERT_EQ(m_fake.calls.size(), 1);
    const FakeNotificationServer::Call& call = m_fake.calls.constFirst();
    EXPECT_EQ(call.appName, QStringLiteral("Carrywell"));
    EXPECT_EQ(call.replacesId, 0u);
    EXPECT_EQ(call.appIcon, ui::DesktopIdentity::desktopId());
    EXPECT_EQ(call.summary, QStringLiteral("Time for your check-in"));
    EXPECT_EQ(call.body, QStringLiteral("How is your back today? It takes ten seconds."));
    EXPECT_EQ(call.actions, (QStringList{"default", "Check in now", "check-in", "Check in now",
                                         "snooze", "Snooze 15 min", "done", "Done"}));
    EXPECT_EQ(call.hints.value(QStringLiteral("desktop-entry")).toString(),
              ui::DesktopIdentity::desktopId());
    EXPECT_EQ(call.hints.value(QStringLiteral("urgency")).toInt(), 1);
    const auto* tray = m_service->findChild<ui::TrayReminderNotifier*>();
    ASSERT_NE(tray, nullptr);
    EXPECT_FALSE(tray->lastShown().has_value()) << "shown in the tray as well";
}

TEST_F(ReminderDBusTest, SnoozeActionBringsTheReminderBackLater)
{
    registerServer();
    startService();
    const uint id = waitForNotification();
    m_clock.set(QDateTime(QDate(2026, 1, 14), QTime(20, 2), Qt::UTC));
    emit m_fake.ActionInvoked(id, QStringLiteral("snooze"));
    const QDateTime later(QDate(2026, 1, 14), QTime(20, 17), Qt::UTC);
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_service->nextCheck() == later; }, 5000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_fake.closed == QList<uint>{id}; }, 5000));
    EXPECT_TRUE(m_settings->contains(QStringLiteral("reminders/checkInSnoozedUntil")));

    m_clock.set(later);
    m_service->recheck();
    waitForNotification(2);
    ASSERT_EQ(m_fake.calls.size(), 2);
    EXPECT_EQ(m_fake.calls[1].summary, QStringLiteral("Time for your check-in"));
}

TEST_F(ReminderDBusTest, DoneActionEndsTheRemindersForTheDay)
{
    registerServer();
    startService();
    const uint id = waitForNotification();
    emit m_fake.ActionInvoked(id, QStringLiteral("done"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_service->pending().isEmpty(); }, 5000));
    EXPECT_EQ(m_settings->value(QStringLiteral("reminders/checkInDoneOn")).toString(),
              QStringLiteral("2026-01-14"));
    EXPECT_EQ(m_service->nextCheck(), QDateTime(QDate(2026, 1, 15), QTime(0, 0), Qt::UTC));
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_fake.closed == QList<uint>{id}; }, 5000));
}

TEST_F(ReminderDBusTest, ClickingTheNotificationOpensTheCheckIn)
{
    registerServer();
    startService();
    const uint id = waitForNotification();
    QSignalSpy checkIn(m_service.get(), &ui::ReminderService::checkInRequested);
    emit m_fake.ActionInvoked(id, QStringLiteral("default"));
    EXPECT_TRUE(checkIn.wait(5000));
    emit m_fake.ActionInvoked(id, QStringLiteral("check-in"));
    EXPECT_TRUE(checkIn.wait(5000));
    EXPECT_EQ(m_service->pending(), QList<ReminderKind>{ReminderKind::CheckIn});
}

TEST_F(ReminderDBusTest, AnswersToOtherProgramsNotificationsAreIgnored)
{
    registerServer();
    startService();
    const uint id = waitForNotification();
    QSignalSpy checkIn(m_service.get(), &ui::ReminderService::checkInRequested);
    emit m_fake.ActionInvoked(id + 100, QStringLiteral("done"));
    emit m_fake.ActionInvoked(id + 100, QStringLiteral("default"));
    QTest::qWait(300);
    EXPECT_EQ(checkIn.count(), 0);
    EXPECT_EQ(m_service->pending(), QList<ReminderKind>{ReminderKind::CheckIn});
}

TEST_F(ReminderDBusTest, WithNoNotificationServiceOnTheBusTheTrayTakesOver)
{
    // Nothing owns org.freedesktop.Notifications on this bus.
    startService();
    const auto* tray = m_service->findChild<ui::TrayReminderNotifier*>();
    ASSERT_NE(tray, nullptr);
    EXPECT_TRUE(QTest::qWaitFor([&] { return tray->lastShown().has_value(); }, 5000));
    EXPECT_EQ(tray->lastShown(), ReminderKind::CheckIn);
    EXPECT_TRUE(m_fake.calls.isEmpty());
}

#include "ReminderDBusTest.moc"
