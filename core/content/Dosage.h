#pragma once

#include "core/figure/MovementCycle.h"

#include <QString>
#include <QtGlobal>
#include <vector>

namespace carrywell::core {

/// How much of an exercise to do. Numbers are per set and, for per-side
/// exercises, per side; zero means "not part of this dosage".
struct Dosage
{
    QString label; ///< Only for alternatives: "One long hold".
    int sets = 1;
    int reps = 0;
    int holdSeconds = 0;
    int holdSecondsMax = 0; ///< Upper end of a hold range (1–2 s), 0 when fixed.
    int tempoOutSeconds = 0;
    int tempoBackSeconds = 0;
    bool perSide = false;
    int restSeconds = 0;
    int durationSeconds = 0; ///< Timed work per set (and side), e.g. a release.
    QString note;
    std::vector<Dosage> alternatives;

    int sides() const { return perSide ? 2 : 1; }

    /// One repetition's timing, for animating the figure: the tempo and hold,
    /// or a calm two seconds each way where the dosage gives no tempo.
    MovementCycle movementCycle() const
    {
        return MovementCycle::forTempo(tempoOutSeconds, tempoBackSeconds, holdSeconds,
                                       holdSecondsMax);
    }

    /// What the tempo's two phases are: a movement out and back, or a
    /// breath in and out (breathing exercises time the breath).
    enum class Tempo
    {
        Movement,
        Breath,
    };

    /// How a session paces what a dosage leaves open. The session's timeline
    /// (SessionPlan) and every estimate of time read these, so a page, a plan
    /// and the session agree.
    struct Pacing
    {
        /// A rep with no tempo: a calm two seconds each way.
        static constexpr int moveMs = 2000;
        /// A breath with no tempo: slow, longer out than in.
        static constexpr int breathInMs = 4000;
        static constexpr int breathOutMs = 6000;
        /// Time to change sides; also the shortest rest between sets.
        static constexpr int switchSidesSeconds = 5;
    };

    /// The middle of a hold range (a 1–2 s hold lasts 1.5 s), in ms.
    qint64 holdMs() const;
    /// One rep's way out (or breath in) and back (or breath out), in ms.
    qint64 outMs(Tempo tempo = Tempo::Movement) const;
    qint64 backMs(Tempo tempo = Tempo::Movement) const;

    /// Work in one set on one side, in ms, as the session times it.
    qint64 workMsPerSet(Tempo tempo = Tempo::Movement) const;
    /// Seconds of work in one set on one side, rounded up.
    int workSecondsPerSet(Tempo tempo = Tempo::Movement) const;

    /// Whole time the dosage takes in a session, in ms: every set and side,
    /// side switches and rests between sets, not the get-ready before it.
    qint64 estimatedMs(Tempo tempo = Tempo::Movement,
                       int switchSidesSeconds = Pacing::switchSidesSeconds) const;
    /// The same, rounded up to whole seconds.
    int estimatedSeconds(Tempo tempo = Tempo::Movement) const;

    /// One line for people: "2 sets × 10 reps · 5 s out, 5 s back · rest 30 s".
    QString describe(Tempo tempo = Tempo::Movement) const;
};

} // namespace carrywell::core
