#include "core/reminders/ReminderState.h"

namespace carrywell::core {

QString toId(ReminderKind kind)
{
    return kind == ReminderKind::CheckIn ? QStringLiteral("checkIn") : QStringLiteral("session");
}

} // namespace carrywell::core
