#pragma once

#include <QString>

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

    /// Seconds of work in one set on one side.
    int workSecondsPerSet() const;

    /// Whole time the dosage takes, rests between sets and sides included.
    int estimatedSeconds() const;

    /// One line for people: "2 sets × 10 reps · 5 s out, 5 s back · rest 30 s".
    /// What the tempo's two phases are: a movement out and back, or a
    /// breath in and out (breathing exercises time the breath).
    enum class Tempo
    {
        Movement,
        Breath,
    };
    QString describe(Tempo tempo = Tempo::Movement) const;
};

} // namespace carrywell::core
