#include "core/journal/SessionRecord.h"

#include "core/common/Translate.h"
#include "core/journal/CheckIn.h"

#include <QCoreApplication>
#include <QRegularExpression>

CARRYWELL_TR_CONTEXT(carrywell::core::SessionRecord);

namespace carrywell::core {
namespace {

bool isOptionalScore(const std::optional<int>& score)
{
    return !score || (*score >= minPainScore && *score <= maxPainScore);
}

QStringList idsWith(const QList<ExerciseResult>& exercises, ExerciseOutcome outcome)
{
    QStringList ids;
    for (const ExerciseResult& entry : exercises) {
        if (entry.outcome == outcome)
            ids.append(entry.exerciseId);
    }
    return ids;
}

} // namespace

QString toId(ExerciseOutcome value)
{
    return value == ExerciseOutcome::Done ? QStringLiteral("done") : QStringLiteral("skipped");
}

std::optional<ExerciseOutcome> exerciseOutcomeFromId(QStringView id)
{
    if (id == QLatin1String("done"))
        return ExerciseOutcome::Done;
    if (id == QLatin1String("skipped"))
        return ExerciseOutcome::Skipped;
    return std::nullopt;
}

bool isContentId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(id).hasMatch();
}

QStringList SessionRecord::exercisesDone() const
{
    return idsWith(exercises, ExerciseOutcome::Done);
}

QStringList SessionRecord::exercisesSkipped() const
{
    return idsWith(exercises, ExerciseOutcome::Skipped);
}

bool SessionRecord::countsForAdherence() const
{
    return !exercisesDone().isEmpty();
}

QStringList problemsWith(const SessionRecord& session)
{
    QStringList problems;
    if (!session.startedAt.isValid())
        problems.append(tr("it has no valid start date and time"));
    if (session.durationSeconds < 0 || session.durationSeconds > maxSessionSeconds) {
        problems.append(tr("it lasted %1 seconds; a session lasts from 0 seconds to 24 hours")
                            .arg(session.durationSeconds));
    }
    if (!isContentId(session.routineId)) {
        problems.append(tr("the routine id “%1” is not lower-case words joined by hyphens")
                            .arg(session.routineId));
    }
    for (const ExerciseResult& entry : session.exercises) {
        if (!isContentId(entry.exerciseId)) {
            problems.append(tr("the exercise id “%1” is not lower-case words joined by hyphens")
                                .arg(entry.exerciseId));
        }
    }
    if (!isOptionalScore(session.painBefore)) {
        problems.append(
            tr("the pain before is %1, but scores run from 0 to 10").arg(*session.painBefore));
    }
    if (!isOptionalScore(session.painAfter)) {
        problems.append(
            tr("the pain after is %1, but scores run from 0 to 10").arg(*session.painAfter));
    }
    if (session.routineName.size() > 500)
        problems.append(tr("the routine name is longer than 500 characters"));
    return problems;
}

bool isDuplicateOf(const SessionRecord& a, const SessionRecord& b)
{
    return a.startedAt.toSecsSinceEpoch() == b.startedAt.toSecsSinceEpoch() &&
           a.routineId == b.routineId && a.durationSeconds == b.durationSeconds &&
           a.painBefore == b.painBefore && a.painAfter == b.painAfter;
}

} // namespace carrywell::core
