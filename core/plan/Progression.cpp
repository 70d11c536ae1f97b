#include "core/plan/Progression.h"

#include "core/common/LocaleFormat.h"
#include "core/common/Translate.h"
#include "core/journal/Adherence.h"
#include "core/journal/PainTrends.h"
#include "core/journal/SessionEffects.h"

#include <QCoreApplication>
#include <algorithm>

CARRYWELL_TR_CONTEXT(carrywell::core::Progression);

namespace carrywell::core {
namespace {

QString number(double value)
{
    return LocaleFormat::decimal(value);
}

} // namespace

ProgressionInput ProgressionInput::fromJournal(int plannedSessions, const WeekAdherence& week,
                                               const std::optional<WeeklyAverage>& painThisWeek,
                                               const std::optional<WeeklyAverage>& painLastWeek,
                                               const SessionEffect& effect)
{
    ProgressionInput input;
    input.plannedSessions = plannedSessions;
    input.doneSessions = week.sessions;
    if (painThisWeek)
        input.painThisWeek = painThisWeek->average;
    if (painLastWeek)
        input.painLastWeek = painLastWeek->average;
    input.sessionChange = effect.averageChange();
    input.sessionsWithScores = effect.sessions;
    return input;
}

QString toId(ProgressionStep step)
{
    switch (step) {
    case ProgressionStep::Progress:
        return QStringLiteral("progress");
    case ProgressionStep::Hold:
        return QStringLiteral("hold");
    case ProgressionStep::StepBack:
        return QStringLiteral("step-back");
    }
    return {};
}

std::optional<ProgressionStep> progressionStepFromId(const QString& id)
{
    for (const ProgressionStep step :
         {ProgressionStep::Progress, ProgressionStep::Hold, ProgressionStep::StepBack}) {
        if (toId(step) == id)
            return step;
    }
    return std::nullopt;
}

ProgressionDecision Progression::decide(const ProgressionInput& input)
{
    if (input.painThisWeek && input.painLastWeek &&
        *input.painThisWeek - *input.painLastWeek >= kPainRise) {
        return {ProgressionStep::StepBack,
                tr("Stepping back: your pain rose from %1 to %2 this week.")
                    .arg(number(*input.painLastWeek), number(*input.painThisWeek))};
    }
    if (input.sessionChange && input.sessionsWithScores > 0 &&
        *input.sessionChange >= kSessionWorse) {
        return {ProgressionStep::StepBack,
                tr("Stepping back: after your sessions pain was %1 points higher on average.")
                    .arg(number(*input.sessionChange))};
    }
    if (input.plannedSessions <= 0 || input.doneSessions == 0) {
        return {ProgressionStep::Hold,
                tr("Holding last week's amounts: there are no sessions from last week to go on.")};
    }
    const double share = double(input.doneSessions) / input.plannedSessions;
    if (share < kAdherenceToProgress) {
        return {ProgressionStep::Hold,
                tr("Holding last week's amounts: %1 of %2 planned sessions were done, so the "
                   "same week again is the next step.")
                    .arg(input.doneSessions)
                    .arg(input.plannedSessions)};
    }
    if (input.sessionChange && *input.sessionChange > 0) {
        return {ProgressionStep::Hold,
                tr("Holding last week's amounts: sessions left your pain a little higher.")};
    }
    return {ProgressionStep::Progress,
            tr("A little more this week: you did %1 of %2 sessions and your pain held steady "
               "or eased.")
                .arg(input.doneSessions)
                .arg(input.plannedSessions)};
}

Dosage Progression::apply(const Dosage& dosage, ProgressionStep step)
{
    Dosage result = dosage;
    result.alternatives.clear();
    if (step == ProgressionStep::Hold)
        return result;
    const bool up = step == ProgressionStep::Progress;
    const bool holdOnly = dosage.holdSeconds > 0 && dosage.reps <= 1;
    if (holdOnly) {
        const int change = std::max(5, dosage.holdSeconds / 4);
        const int span = std::max(0, dosage.holdSecondsMax - dosage.holdSeconds);
        result.holdSeconds = std::clamp(dosage.holdSeconds + (up ? change : -change), 5, 300);
        result.holdSecondsMax = span > 0 ? std::min(300, result.holdSeconds + span) : 0;
    } else if (dosage.reps > 0) {
        const int change = std::max(1, dosage.reps / 5);
        result.reps = std::clamp(dosage.reps + (up ? change : -change), 1, 50);
    } else if (dosage.durationSeconds > 0) {
        const int change = std::max(15, dosage.durationSeconds / 5);
        result.durationSeconds =
            std::clamp(dosage.durationSeconds + (up ? change : -change), 15, 1800);
    }
    if (!up && dosage.sets > 1 && result.estimatedSeconds() == dosage.estimatedSeconds())
        result.sets = dosage.sets - 1;
    return result;
}

} // namespace carrywell::core
