#pragma once

#include "core/reminders/ReminderSettings.h"
#include "core/reminders/ReminderState.h"
#include "core/settings/SettingsFile.h"

namespace carrywell::core {

/// The one reader and writer of the [reminders] group of the settings: what
/// the user chose, and what happened to the reminders lately.
class ReminderStore
{
public:
    ReminderStore(QSettings& settings) : m_file(settings) {}

    /// A missing or unreadable value keeps its default; a snooze out of
    /// range is brought into it.
    ReminderSettings load() const;
    void save(const ReminderSettings& settings);

    /// Unreadable values read as "nothing happened".
    ReminderState loadState() const;
    void saveState(const ReminderState& state);

private:
    SettingsFile m_file;
};

} // namespace carrywell::core
