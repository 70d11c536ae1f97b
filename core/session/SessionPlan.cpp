#include "core/session/SessionPlan.h"

#include "core/common/Translate.h"
#include "core/session/CueSchedule.h"

#include <QCoreApplication>
#include <algorithm>

CARRYWELL_TR_CONTEXT(carrywell::core::SessionPlan);

namespace carrywell::core {
namespace {

constexpr int kShortestGapSeconds = 3;
constexpr int kLongestGapSeconds = 600;

qint64 seconds(int s)
{
    return static_cast<qint64>(s) * 1000;
}

std::optional<QString> dosageProblem(const Dosage& d)
{
    const auto outside = [](int value, int low, int high) { return value < low || value > high; };
    if (outside(d.sets, 1, 10) || outside(d.reps, 0, 50) || outside(d.holdSeconds, 0, 300) ||
        outside(d.holdSecondsMax, 0, 300) || outside(d.tempoOutSeconds, 0, 20) ||
        outside(d.tempoBackSeconds, 0, 20) || outside(d.restSeconds, 0, 300) ||
        outside(d.durationSeconds, 0, 1800)) {
        return tr("has numbers outside the ranges the content format allows");
    }
    if (d.reps == 0 && d.holdSeconds == 0 && d.durationSeconds == 0)
        return tr("says nothing to do");
    return std::nullopt;
}

class TimelineBuilder
{
public:
    TimelineBuilder(const SessionOptions& options, std::vector<SessionSegment>& segments)
        : m_options(options), m_segments(segments)
    {
    }

    void exercise(int index, const SessionItem& item, bool last)
    {
        const Dosage& d = item.dosage;
        const BodySide firstSide = d.perSide ? BodySide::Left : BodySide::None;
        add(SegmentKind::GetReady, index, 0, 0, firstSide, seconds(m_options.getReadySeconds));
        for (int set = 1; set <= d.sets; ++set) {
            block(index, item, set, firstSide);
            if (d.perSide) {
                add(SegmentKind::SwitchSides, index, set, 0, BodySide::Right,
                    seconds(m_options.switchSidesSeconds));
                block(index, item, set, BodySide::Right);
            }
            if (set < d.sets) {
                // Even "no rest" leaves time to reset (and, per side, to switch back).
                add(SegmentKind::Rest, index, set, 0, BodySide::None,
                    std::max(seconds(d.restSeconds), seconds(m_options.switchSidesSeconds)));
            }
        }
        if (!last) {
            add(SegmentKind::BetweenExercises, index, d.sets, 0, BodySide::None,
                seconds(m_options.restBetweenExercisesSeconds));
        }
    }

private:
    void block(int index, const SessionItem& item, int set, BodySide side)
    {
        // The pacing is the dosage's own (Dosage::Pacing), so every estimate
        // of time agrees with the session.
        const Dosage& d = item.dosage;
        const qint64 hold = d.holdMs();
        if (d.durationSeconds > 0) {
            add(SegmentKind::Work, index, set, 0, side, seconds(d.durationSeconds));
            return;
        }
        if (d.reps <= 1 && hold > 0) {
            add(SegmentKind::Hold, index, set, 0, side, hold);
            return;
        }
        const bool breathing = item.category == Category::Breathing;
        const Dosage::Tempo tempo = breathing ? Dosage::Tempo::Breath : Dosage::Tempo::Movement;
        const qint64 out = d.outMs(tempo);
        const qint64 back = d.backMs(tempo);
        for (int rep = 1; rep <= std::max(d.reps, 1); ++rep) {
            add(breathing ? SegmentKind::BreatheIn : SegmentKind::Out, index, set, rep, side, out);
            if (hold > 0)
                add(SegmentKind::Hold, index, set, rep, side, hold);
            add(breathing ? SegmentKind::BreatheOut : SegmentKind::Back, index, set, rep, side,
                back);
        }
    }

    void add(SegmentKind kind, int index, int set, int rep, BodySide side, qint64 durationMs)
    {
        const qint64 start = m_segments.empty() ? 0 : m_segments.back().endMs();
        m_segments.push_back({kind, index, set, rep, side, start, durationMs});
    }

    const SessionOptions& m_options;
    std::vector<SessionSegment>& m_segments;
};

} // namespace

SessionOptions SessionOptions::clamped() const
{
    const auto clamp = [](int s) { return std::clamp(s, kShortestGapSeconds, kLongestGapSeconds); };
    return {clamp(getReadySeconds), clamp(restBetweenExercisesSeconds), clamp(switchSidesSeconds)};
}

SessionItem SessionPlan::itemFor(const Exercise& exercise, const std::optional<Dosage>& dosage)
{
    return {exercise.id, exercise.name, exercise.category, dosage.value_or(exercise.dosage)};
}

Result<SessionPlan> SessionPlan::forRoutine(const Routine& routine, const ContentLibrary& library,
                                            const SessionOptions& options)
{
    QList<SessionItem> items;
    for (const RoutineItem& entry : routine.items) {
        const Exercise* exercise = library.exercise(entry.exerciseId);
        if (!exercise) {
            return Error{QStringLiteral("The routine “%1” uses the exercise “%2”, which is not in "
                                        "the library, so it cannot start. Check the content "
                                        "folder it came from.")
                             .arg(routine.name, entry.exerciseId)};
        }
        items.append(itemFor(*exercise, entry.dosage));
    }
    return forItems(routine.id, routine.name, items, options);
}

SessionPlan SessionPlan::forExercise(const Exercise& exercise, const std::optional<Dosage>& dosage,
                                     const SessionOptions& options)
{
    SessionPlan plan;
    // A session of one exercise is recorded under that exercise's id.
    plan.m_routineId = exercise.id;
    plan.m_name = exercise.name;
    plan.m_items = {itemFor(exercise, dosage)};
    plan.m_options = options.clamped();
    plan.build();
    return plan;
}

Result<SessionPlan> SessionPlan::forItems(const QString& routineId, const QString& name,
                                          const QList<SessionItem>& items,
                                          const SessionOptions& options)
{
    if (items.isEmpty())
        return Error{tr("“%1” has no exercises, so there is no session to run.").arg(name)};
    for (const SessionItem& item : items) {
        if (const std::optional<QString> problem = dosageProblem(item.dosage)) {
            return Error{
                tr("The dosage of “%1” %2, so the session cannot start.").arg(item.name, *problem)};
        }
    }
    SessionPlan plan;
    // Every session is recorded under an id. Sessions of one exercise saved
    // before they had one resume under that exercise's id.
    plan.m_routineId =
        routineId.isEmpty() && items.size() == 1 ? items.first().exerciseId : routineId;
    if (plan.m_routineId.isEmpty())
        return Error{
            tr("“%1” has no id to record it under, so the session cannot start.").arg(name)};
    plan.m_name = name;
    plan.m_items = items;
    plan.m_options = options.clamped();
    plan.build();
    return plan;
}

void SessionPlan::build()
{
    TimelineBuilder builder(m_options, m_segments);
    for (int i = 0; i < m_items.size(); ++i) {
        m_firstSegment.append(static_cast<int>(m_segments.size()));
        builder.exercise(i, m_items[i], i + 1 == m_items.size());
    }
    m_cues = scheduleCues(m_items, m_segments);
}

int SessionPlan::segmentIndexAt(qint64 positionMs) const
{
    // The first segment that ends after the position.
    const auto it = std::upper_bound(
        m_segments.begin(), m_segments.end(), positionMs,
        [](qint64 position, const SessionSegment& segment) { return position < segment.endMs(); });
    if (it == m_segments.end())
        return static_cast<int>(m_segments.size()) - 1;
    return static_cast<int>(it - m_segments.begin());
}

qint64 SessionPlan::exerciseStartMs(int exerciseIndex) const
{
    return m_segments[static_cast<size_t>(m_firstSegment.at(exerciseIndex))].startMs;
}

qint64 SessionPlan::exerciseWorkStartMs(int exerciseIndex) const
{
    return m_segments[static_cast<size_t>(m_firstSegment.at(exerciseIndex))].endMs();
}

} // namespace carrywell::core
