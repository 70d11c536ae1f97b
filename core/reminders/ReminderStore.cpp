#include "core/reminders/ReminderStore.h"

#include "core/settings/SettingsKeys.h"

namespace carrywell::core {
namespace {

struct MarkKeys
{
    const DateKey& shownOn;
    const DateKey& doneOn;
    const MomentKey& snoozedUntil;
};

MarkKeys markKeys(ReminderKind kind)
{
    if (kind == ReminderKind::CheckIn) {
        return {keys::remindersCheckInShownOn, keys::remindersCheckInDoneOn,
                keys::remindersCheckInSnoozedUntil};
    }
    return {keys::remindersSessionShownOn, keys::remindersSessionDoneOn,
            keys::remindersSessionSnoozedUntil};
}

} // namespace

ReminderSettings ReminderStore::load() const
{
    ReminderSettings loaded;
    loaded.checkIn = m_file.read(keys::remindersCheckIn);
    loaded.checkInTime = m_file.read(keys::remindersCheckInTime);
    loaded.sessions = m_file.read(keys::remindersSessions);
    loaded.startAtLogin = m_file.read(keys::remindersStartAtLogin);
    loaded.snoozeMinutes = m_file.read(keys::remindersSnoozeMinutes);
    return loaded;
}

void ReminderStore::save(const ReminderSettings& settings)
{
    m_file.write(keys::remindersCheckIn, settings.checkIn);
    m_file.write(keys::remindersCheckInTime, settings.checkInTime);
    m_file.write(keys::remindersSessions, settings.sessions);
    m_file.write(keys::remindersStartAtLogin, settings.startAtLogin);
    m_file.write(keys::remindersSnoozeMinutes, settings.snoozeMinutes);
    m_file.sync();
}

ReminderState ReminderStore::loadState() const
{
    ReminderState state;
    for (const ReminderKind kind : allReminderKinds) {
        const MarkKeys names = markKeys(kind);
        ReminderMark& mark = state[kind];
        mark.shownOn = m_file.read(names.shownOn);
        mark.doneOn = m_file.read(names.doneOn);
        mark.snoozedUntil = m_file.read(names.snoozedUntil);
    }
    state.trayNoticeShown = m_file.read(keys::remindersTrayNoticeShown);
    return state;
}

void ReminderStore::saveState(const ReminderState& state)
{
    for (const ReminderKind kind : allReminderKinds) {
        const MarkKeys names = markKeys(kind);
        const ReminderMark& mark = state[kind];
        m_file.write(names.shownOn, mark.shownOn);
        m_file.write(names.doneOn, mark.doneOn);
        m_file.write(names.snoozedUntil, mark.snoozedUntil);
    }
    m_file.write(keys::remindersTrayNoticeShown, state.trayNoticeShown);
    m_file.sync();
}

} // namespace carrywell::core
