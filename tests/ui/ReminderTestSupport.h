#pragma once

// Shared by the reminder tests: a notifier that records what it was asked to
// show, and a plan week with exercises on Wednesday 14 January 2026.

#include "core/plan/WeeklyPlan.h"
#include "ui/reminders/ReminderNotifier.h"

#include <QList>

namespace carrywell::test {

class RecordingNotifier final : public ui::ReminderNotifier
{
    Q_OBJECT

public:
    using ui::ReminderNotifier::ReminderNotifier;

    void show(const ui::ReminderNotice& notice) override { shown.append(notice); }
    void withdraw(core::ReminderKind kind) override { withdrawn.append(kind); }

    QList<ui::ReminderNotice> shown;
    QList<core::ReminderKind> withdrawn;
};

/// The week of 12 January 2026 with a routine on Wednesday the 14th only.
core::WeeklyPlan weekWithWednesday();

} // namespace carrywell::test
