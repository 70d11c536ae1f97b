#include "core/session/Cue.h"

namespace carrywell::core {

QString toId(CueKind kind)
{
    switch (kind) {
    case CueKind::GetReady:
        return QStringLiteral("get-ready");
    case CueKind::Countdown:
        return QStringLiteral("countdown");
    case CueKind::Go:
        return QStringLiteral("go");
    case CueKind::Out:
        return QStringLiteral("out");
    case CueKind::Back:
        return QStringLiteral("back");
    case CueKind::Hold:
        return QStringLiteral("hold");
    case CueKind::BreatheIn:
        return QStringLiteral("breathe-in");
    case CueKind::BreatheOut:
        return QStringLiteral("breathe-out");
    case CueKind::RepCount:
        return QStringLiteral("rep-count");
    case CueKind::Halfway:
        return QStringLiteral("halfway");
    case CueKind::HoldCountdown:
        return QStringLiteral("hold-countdown");
    case CueKind::SwitchSides:
        return QStringLiteral("switch-sides");
    case CueKind::Rest:
        return QStringLiteral("rest");
    case CueKind::NextUp:
        return QStringLiteral("next-up");
    case CueKind::ExerciseDone:
        return QStringLiteral("exercise-done");
    case CueKind::SessionDone:
        return QStringLiteral("session-done");
    }
    return {};
}

} // namespace carrywell::core
