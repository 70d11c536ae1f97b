#pragma once

#include "core/plan/PlanPreferences.h"
#include "core/profile/ProfileStore.h"
#include "core/reminders/ReminderStore.h"
#include "ui/audio/SoundStore.h"
#include "ui/journal/JournalViewStore.h"
#include "ui/print/PlanPrintStore.h"
#include "ui/settings/AppearanceStore.h"
#include "ui/window/WindowStateStore.h"

namespace carrywell::ui {

/// One store for each group of the user's settings.ini, for the window to
/// hand each page the stores it needs. The keys are listed in
/// core/settings/SettingsKeys.h.
struct SettingsStores
{
    SettingsStores(QSettings& settings)
        : profile(settings), plan(settings), reminders(settings), sound(settings),
          appearance(settings), window(settings), journal(settings), print(settings),
          folder(core::SettingsFile(settings).folder())
    {
    }

    core::ProfileStore profile;
    core::PlanPreferencesStore plan;
    core::ReminderStore reminders;
    SoundStore sound;
    AppearanceStore appearance;
    WindowStateStore window;
    JournalViewStore journal;
    PlanPrintStore print;
    /// The folder holding settings.ini, which is also the data folder.
    QString folder;
};

} // namespace carrywell::ui
