#pragma once

#include "core/common/Result.h"
#include "core/content/ContentLibrary.h"
#include "core/content/Routine.h"
#include "core/session/Cue.h"
#include "core/session/SessionItem.h"
#include "core/session/SessionOptions.h"
#include "core/session/SessionSegment.h"

#include <QList>
#include <optional>
#include <vector>

namespace carrywell::core {

/// A session laid out in time: every get-ready, rep phase, hold, rest and
/// side switch as a segment, and every cue at its planned moment. Built once;
/// the same items and options always give the same timeline.
class SessionPlan
{
public:
    /// A routine from the library; an error when it names a missing exercise.
    static Result<SessionPlan> forRoutine(const Routine& routine, const ContentLibrary& library,
                                          const SessionOptions& options = {});
    /// One exercise on its own, with its own dosage unless one is given,
    /// recorded under the exercise's id.
    static SessionPlan forExercise(const Exercise& exercise,
                                   const std::optional<Dosage>& dosage = {},
                                   const SessionOptions& options = {});
    /// Any list of exercises with dosages, such as one day of a weekly plan.
    /// `routineId` names it in the journal; empty, a single exercise's id is used.
    /// An error for an empty list, an impossible dosage or no id.
    static Result<SessionPlan> forItems(const QString& routineId, const QString& name,
                                        const QList<SessionItem>& items,
                                        const SessionOptions& options = {});

    static SessionItem itemFor(const Exercise& exercise, const std::optional<Dosage>& dosage = {});

    const QString& routineId() const { return m_routineId; }
    const QString& name() const { return m_name; }
    const QList<SessionItem>& items() const { return m_items; }
    const SessionOptions& options() const { return m_options; }
    const std::vector<SessionSegment>& segments() const { return m_segments; }
    /// Every cue in the order it is due.
    const QList<Cue>& cues() const { return m_cues; }
    qint64 totalMs() const { return m_segments.empty() ? 0 : m_segments.back().endMs(); }

    /// The segment running at `positionMs`; the last one at or past the end.
    int segmentIndexAt(qint64 positionMs) const;
    /// Where an exercise begins: the start of its get-ready.
    qint64 exerciseStartMs(int exerciseIndex) const;
    /// Where an exercise's work begins, once its get-ready is over.
    qint64 exerciseWorkStartMs(int exerciseIndex) const;

private:
    SessionPlan() = default;
    void build();

    QString m_routineId;
    QString m_name;
    QList<SessionItem> m_items;
    SessionOptions m_options;
    std::vector<SessionSegment> m_segments;
    QList<Cue> m_cues;
    QList<int> m_firstSegment; ///< Per exercise: the index of its get-ready.
};

} // namespace carrywell::core
