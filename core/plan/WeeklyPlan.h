#pragma once

#include "core/content/Dosage.h"
#include "core/vocabulary/Vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>

namespace carrywell::core {

/// Where an exercise sits in a day's routine; a day always runs in this order.
enum class PlanStage
{
    Breathing,
    Mobility,
    Strength, ///< Strength and core work.
    Release,
};

QString toId(PlanStage stage);

/// One exercise on one day, with its dose and the line that explains it.
struct PlannedExercise
{
    QString exerciseId;
    PlanStage stage = PlanStage::Mobility;
    Dosage dosage;
    QString reason; ///< "Thread the needle — for the mid or upper back pain you logged".

    /// Compares the dose field by field (Dosage itself has no ==; a plan's
    /// dosage never carries a label, note or alternatives).
    friend bool operator==(const PlannedExercise& a, const PlannedExercise& b)
    {
        return a.exerciseId == b.exerciseId && a.stage == b.stage && a.reason == b.reason &&
               a.dosage.sets == b.dosage.sets && a.dosage.reps == b.dosage.reps &&
               a.dosage.holdSeconds == b.dosage.holdSeconds &&
               a.dosage.holdSecondsMax == b.dosage.holdSecondsMax &&
               a.dosage.tempoOutSeconds == b.dosage.tempoOutSeconds &&
               a.dosage.tempoBackSeconds == b.dosage.tempoBackSeconds &&
               a.dosage.perSide == b.dosage.perSide &&
               a.dosage.restSeconds == b.dosage.restSeconds &&
               a.dosage.durationSeconds == b.dosage.durationSeconds;
    }
};

/// One day of the week: a short routine, or a rest day (no exercises).
struct PlanDay
{
    QDate date;
    bool rest = true;
    QList<PlannedExercise> exercises;

    /// Seconds the day's routine takes, from the exercises' dosages.
    int estimatedSeconds() const;
    /// The same in whole minutes, as the sheet, the calendar and the
    /// reminders all say it: to the nearest minute, at least one, and never
    /// more than the `chosen` minutes a day (when given): a day may run into
    /// the plan's minute of leeway, which is not a longer day.
    int minutes(int chosen = 0) const;

    friend bool operator==(const PlanDay&, const PlanDay&) = default;
};

/// Seven days from a Monday, made by PlanGenerator for one ISO week.
struct WeeklyPlan
{
    QDate weekStart; ///< Monday.
    quint32 seed = 0;
    int minutesPerDay = 0;
    QList<PlanDay> days; ///< Monday to Sunday.
    QStringList notes;   ///< Plan-wide remarks, such as how this week progresses.
    /// Target regions the week's free time could not reach (a note says so).
    QList<Region> unreached;

    friend bool operator==(const WeeklyPlan&, const WeeklyPlan&) = default;
};

} // namespace carrywell::core
