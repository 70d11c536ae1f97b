#include "core/session/SessionSegment.h"

namespace carrywell::core {

QString toId(SegmentKind kind)
{
    switch (kind) {
    case SegmentKind::GetReady:
        return QStringLiteral("get-ready");
    case SegmentKind::Out:
        return QStringLiteral("out");
    case SegmentKind::Hold:
        return QStringLiteral("hold");
    case SegmentKind::Back:
        return QStringLiteral("back");
    case SegmentKind::BreatheIn:
        return QStringLiteral("breathe-in");
    case SegmentKind::BreatheOut:
        return QStringLiteral("breathe-out");
    case SegmentKind::Work:
        return QStringLiteral("work");
    case SegmentKind::SwitchSides:
        return QStringLiteral("switch-sides");
    case SegmentKind::Rest:
        return QStringLiteral("rest");
    case SegmentKind::BetweenExercises:
        return QStringLiteral("between-exercises");
    }
    return {};
}

QString toId(BodySide side)
{
    switch (side) {
    case BodySide::None:
        return QStringLiteral("none");
    case BodySide::Left:
        return QStringLiteral("left");
    case BodySide::Right:
        return QStringLiteral("right");
    }
    return {};
}

bool isWork(SegmentKind kind)
{
    switch (kind) {
    case SegmentKind::Out:
    case SegmentKind::Hold:
    case SegmentKind::Back:
    case SegmentKind::BreatheIn:
    case SegmentKind::BreatheOut:
    case SegmentKind::Work:
        return true;
    case SegmentKind::GetReady:
    case SegmentKind::SwitchSides:
    case SegmentKind::Rest:
    case SegmentKind::BetweenExercises:
        return false;
    }
    return false;
}

} // namespace carrywell::core
