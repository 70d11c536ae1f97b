#include "core/session/SessionView.h"

#include "core/figure/MovementCycle.h"

#include <algorithm>

namespace carrywell::core {
namespace {

// Moves start and finish gently, as on the exercise pages.
double eased(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3 - 2 * t);
}

double figurePosition(const SessionSegment& segment, const Dosage& dosage, qint64 elapsedMs)
{
    const double t =
        segment.durationMs > 0 ? static_cast<double>(elapsedMs) / segment.durationMs : 1.0;
    switch (segment.kind) {
    case SegmentKind::Out:
    case SegmentKind::BreatheIn:
        return eased(t);
    case SegmentKind::Hold:
        return 1.0;
    case SegmentKind::Back:
    case SegmentKind::BreatheOut:
        return 1.0 - eased(t);
    case SegmentKind::Work:
        // Timed work (rolling, a release) loops the exercise's movement.
        return dosage.movementCycle().positionAt(elapsedMs / 1000.0);
    case SegmentKind::GetReady:
    case SegmentKind::SwitchSides:
    case SegmentKind::Rest:
    case SegmentKind::BetweenExercises:
        break;
    }
    return 0.0;
}

} // namespace

SessionView SessionView::at(const SessionPlan& plan, qint64 positionMs, SessionStatus status)
{
    SessionView view;
    view.status = status;
    view.totalMs = plan.totalMs();
    view.positionMs = std::clamp<qint64>(positionMs, 0, view.totalMs);
    view.exerciseCount = static_cast<int>(plan.items().size());
    if (plan.segments().empty())
        return view;
    view.segmentIndex = plan.segmentIndexAt(view.positionMs);
    view.segment = plan.segments()[static_cast<size_t>(view.segmentIndex)];
    view.segmentElapsedMs =
        std::clamp<qint64>(view.positionMs - view.segment.startMs, 0, view.segment.durationMs);
    view.segmentRemainingMs = view.segment.durationMs - view.segmentElapsedMs;
    view.exerciseIndex = view.segment.exerciseIndex;
    const SessionItem& item = plan.items().at(view.exerciseIndex);
    view.exerciseId = item.exerciseId;
    view.exerciseName = item.name;
    if (view.exerciseIndex + 1 < view.exerciseCount) {
        view.nextExerciseIndex = view.exerciseIndex + 1;
        view.nextExerciseName = plan.items().at(view.nextExerciseIndex).name;
    }
    view.movementPosition = figurePosition(view.segment, item.dosage, view.segmentElapsedMs);
    return view;
}

} // namespace carrywell::core
