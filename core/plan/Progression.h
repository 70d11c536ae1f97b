#pragma once

#include "core/content/Dosage.h"

#include <QString>
#include <optional>

namespace carrywell::core {

struct SessionEffect;
struct WeekAdherence;
struct WeeklyAverage;

/// Last week as the journal saw it, reduced to what progression needs.
struct ProgressionInput
{
    int plannedSessions = 0;
    int doneSessions = 0;
    /// Weekly pain average this week and the week before (0–10), when known.
    std::optional<double> painThisWeek;
    std::optional<double> painLastWeek;
    /// Mean of (after − before) over sessions with both scores; negative helps.
    std::optional<double> sessionChange;
    int sessionsWithScores = 0;

    /// Builds the input from the journal's week summaries.
    static ProgressionInput fromJournal(int plannedSessions, const WeekAdherence& week,
                                        const std::optional<WeeklyAverage>& painThisWeek,
                                        const std::optional<WeeklyAverage>& painLastWeek,
                                        const SessionEffect& effect);
};

enum class ProgressionStep
{
    Progress,
    Hold,
    StepBack,
};

QString toId(ProgressionStep step);
std::optional<ProgressionStep> progressionStepFromId(const QString& id);

/// What to do with last week's strength work, and why in one sentence.
struct ProgressionDecision
{
    ProgressionStep step = ProgressionStep::Hold;
    QString reason;
};

/// Pain first: pain that rose, or sessions that leave it worse, step back;
/// too few sessions hold; steady or easing pain with most sessions done
/// progresses.
class Progression
{
public:
    static ProgressionDecision decide(const ProgressionInput& input);
    /// The dosage one step on (or back); Hold returns it unchanged. Stays
    /// within the content format's ranges.
    static Dosage apply(const Dosage& dosage, ProgressionStep step);

    /// Pain that rose by this much week on week is a reason to step back.
    static constexpr double kPainRise = 1.0;
    /// Sessions that leave pain this much higher on average are too much.
    static constexpr double kSessionWorse = 0.5;
    /// Share of planned sessions done before the work gets harder.
    static constexpr double kAdherenceToProgress = 0.75;
};

} // namespace carrywell::core
