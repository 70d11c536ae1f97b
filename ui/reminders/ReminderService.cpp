#include "ui/reminders/ReminderService.h"

#include "core/journal/Journal.h"
#include "core/reminders/ReminderSchedule.h"
#include "ui/reminders/DBusReminderNotifier.h"
#include "ui/reminders/ReminderTray.h"
#include "ui/reminders/TrayReminderNotifier.h"

#include <QDBusConnection>
#include <QSystemTrayIcon>
#include <algorithm>

namespace carrywell::ui {
namespace {

/// A timer interval fits in an int; a day is the longest wait that matters.
constexpr qint64 kLongestWaitMs = 24LL * 60 * 60 * 1000;

} // namespace

ReminderService::ReminderService(const SettingsStores& settings, core::Journal* journal,
                                 const core::Clock& clock, QObject* parent)
    : ReminderService(settings, journal, clock, ReminderEnvironment{}, parent)
{
}

ReminderService::ReminderService(const SettingsStores& settings, core::Journal* journal,
                                 const core::Clock& clock, ReminderEnvironment environment,
                                 QObject* parent)
    : QObject(parent), m_store(settings.reminders), m_preferences(settings.plan),
      m_journal(journal), m_clock(clock), m_settings(m_store.load()),
      m_autostart(environment.autostartFolder.isEmpty() ? Autostart()
                                                        : Autostart(environment.autostartFolder)),
      m_tray(new ReminderTray(this)), m_trayNotifier(new TrayReminderNotifier(m_tray->icon(), this))
{
    if (environment.notifier) {
        m_notifier = environment.notifier.release();
        m_notifier->setParent(this);
    } else {
        m_notifier = new DBusReminderNotifier(QDBusConnection::sessionBus(), this);
    }
    connect(m_notifier, &ReminderNotifier::answered, this, &ReminderService::answer);
    connect(m_notifier, &ReminderNotifier::unavailable, m_trayNotifier,
            &TrayReminderNotifier::show);
    connect(m_trayNotifier, &ReminderNotifier::answered, this, &ReminderService::answer);
    connect(m_trayNotifier, &TrayReminderNotifier::hintClicked, this,
            &ReminderService::openWindowRequested);

    connect(m_tray, &ReminderTray::openRequested, this, &ReminderService::openWindowRequested);
    connect(m_tray, &ReminderTray::checkInRequested, this, &ReminderService::checkInRequested);
    connect(m_tray, &ReminderTray::startSessionRequested, this,
            &ReminderService::startTodaysSessionRequested);
    connect(m_tray, &ReminderTray::quitRequested, this, &ReminderService::quitRequested);
    connect(m_tray, &ReminderTray::snoozeRequested, this, &ReminderService::snooze);
    connect(m_tray, &ReminderTray::doneRequested, this, &ReminderService::markDone);

    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReminderService::recheck);
    m_sanityTimer.setInterval(kSanityCheckMinutes * 60 * 1000);
    connect(&m_sanityTimer, &QTimer::timeout, this, &ReminderService::recheck);
    if (m_journal)
        connect(m_journal, &core::Journal::changed, this, &ReminderService::recheck);

    // Refreshes the entry's Exec= in case Carrywell moved since it was written.
    syncAutostart();
    apply();
}

ReminderService::~ReminderService() = default;

void ReminderService::setSettings(const core::ReminderSettings& settings)
{
    m_settings = settings;
    m_store.save(m_settings);
    syncAutostart();
    apply();
}

bool ReminderService::active() const
{
    return m_settings.anyOn() && m_journal;
}

bool ReminderService::keepsRunningInTray() const
{
    return active() && QSystemTrayIcon::isSystemTrayAvailable();
}

void ReminderService::noteWindowClosed()
{
    core::ReminderState state = m_store.loadState();
    if (!keepsRunningInTray() || state.trayNoticeShown)
        return;
    m_trayNotifier->showHint(tr("Carrywell is still here"),
                             tr("Your reminders keep coming while the window is closed. To stop "
                                "Carrywell, choose Quit in this icon's menu."));
    state.trayNoticeShown = true;
    m_store.saveState(state);
}

void ReminderService::apply()
{
    m_tray->setVisible(active());
    if (active()) {
        m_sanityTimer.start();
    } else {
        m_sanityTimer.stop();
        for (const core::ReminderKind kind : core::allReminderKinds)
            withdraw(kind);
    }
    recheck();
}

void ReminderService::syncAutostart()
{
    const bool wanted = m_settings.startAtLogin && m_settings.anyOn();
    if (!wanted && !m_autostart.isEnabled())
        return;
    const core::Result<core::Done> done = wanted ? m_autostart.enable() : m_autostart.disable();
    if (!done)
        report(done.error());
}

core::ReminderFacts ReminderService::readFacts(const QDate& day)
{
    const core::Result<core::ReminderFacts> facts = core::ReminderFacts::read(*m_journal, day);
    if (facts)
        return facts.value();
    // Better one reminder too many than a silent day.
    report(facts.error());
    core::ReminderFacts unknown;
    unknown.day = day;
    return unknown;
}

void ReminderService::recheck()
{
    if (!active()) {
        m_timer.stop();
        m_nextCheck = QDateTime();
        m_pending.clear();
        m_tray->setPending({}, m_settings.snoozeMinutes);
        return;
    }
    const QDateTime now = m_clock.now();
    const core::ReminderFacts facts = readFacts(now.date());
    const core::ReminderSchedule schedule(m_settings, m_preferences.load().sessionTime);
    core::ReminderState state = m_store.loadState();

    const QList<core::ReminderKind> due = schedule.due(now, facts, state);
    for (const core::ReminderKind kind : due)
        core::ReminderSchedule::markShown(state, kind, now);
    if (!due.isEmpty())
        m_store.saveState(state);
    for (const core::ReminderKind kind : due) {
        m_notifier->show(noticeFor(kind, facts));
        m_shown.insert(kind);
        emit reminderShown(kind);
    }

    m_pending = schedule.pending(now, facts, state);
    // A check-in written, a session done or a new day answers a reminder too.
    for (const core::ReminderKind kind : core::allReminderKinds) {
        if (!m_pending.contains(kind))
            withdraw(kind);
    }
    m_tray->setPending(m_pending, m_settings.snoozeMinutes);
    m_tray->setCanCheckIn(true);
    m_tray->setCanStartSession(facts.sessionPlanned);

    m_nextCheck = schedule.nextCheck(now, facts, state);
    m_timer.start(int(std::clamp(now.msecsTo(m_nextCheck), qint64(0), kLongestWaitMs)));
}

void ReminderService::snooze(core::ReminderKind kind)
{
    if (!active())
        return;
    const core::ReminderSchedule schedule(m_settings, QTime());
    core::ReminderState state = m_store.loadState();
    schedule.snooze(state, kind, m_clock.now());
    m_store.saveState(state);
    withdraw(kind);
    recheck();
}

void ReminderService::markDone(core::ReminderKind kind)
{
    core::ReminderState state = m_store.loadState();
    core::ReminderSchedule::markDone(state, kind, m_clock.now());
    m_store.saveState(state);
    withdraw(kind);
    recheck();
}

void ReminderService::answer(core::ReminderKind kind, ReminderNotifier::Answer answer)
{
    switch (answer) {
    case ReminderNotifier::Answer::Open:
        if (kind == core::ReminderKind::CheckIn)
            emit checkInRequested();
        else
            emit startTodaysSessionRequested();
        break;
    case ReminderNotifier::Answer::Snooze:
        snooze(kind);
        break;
    case ReminderNotifier::Answer::Done:
        markDone(kind);
        break;
    }
}

void ReminderService::withdraw(core::ReminderKind kind)
{
    if (m_shown.remove(kind))
        m_notifier->withdraw(kind);
}

void ReminderService::report(const QString& message)
{
    if (message == m_lastError)
        return; // the sanity check would repeat it every few minutes
    m_lastError = message;
    emit problem(message);
}

ReminderNotice ReminderService::noticeFor(core::ReminderKind kind,
                                          const core::ReminderFacts& facts) const
{
    ReminderNotice notice;
    notice.kind = kind;
    notice.snoozeLabel = tr("Snooze %1 min").arg(m_settings.snoozeMinutes);
    notice.doneLabel = tr("Done");
    if (kind == core::ReminderKind::CheckIn) {
        notice.summary = tr("Time for your check-in");
        notice.body = tr("How is your back today? It takes ten seconds.");
        notice.openLabel = tr("Check in now");
    } else {
        notice.summary = tr("Time for today's exercises");
        notice.body =
            facts.plannedMinutes > 0
                ? tr("Your %1-minute routine is ready when you are.").arg(facts.plannedMinutes)
                : tr("Your routine for today is ready when you are.");
        notice.openLabel = tr("Start now");
    }
    return notice;
}

} // namespace carrywell::ui
