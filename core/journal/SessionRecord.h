#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace carrywell::core {

/// The longest session the journal accepts; anything longer is a clock mistake.
inline constexpr int maxSessionSeconds = 24 * 60 * 60;

enum class ExerciseOutcome
{
    Done,
    Skipped,
};

QString toId(ExerciseOutcome value);
std::optional<ExerciseOutcome> exerciseOutcomeFromId(QStringView id);

/// What happened to one exercise of a session.
struct ExerciseResult
{
    QString exerciseId;
    ExerciseOutcome outcome = ExerciseOutcome::Done;

    friend bool operator==(const ExerciseResult&, const ExerciseResult&) = default;
};

/// A guided session as the session engine reports it when it ends.
struct SessionRecord
{
    qint64 id = 0; ///< 0 until the journal stores it.
    QDateTime startedAt;
    int durationSeconds = 0;
    QString routineId;
    QString routineName; ///< Kept so history reads well even if the routine is later removed.
    QList<ExerciseResult> exercises; ///< In the order the session ran them.
    std::optional<int> painBefore;   ///< 0–10, when asked before the session.
    std::optional<int> painAfter;    ///< 0–10, when asked after it.

    QStringList exercisesDone() const;
    QStringList exercisesSkipped() const;
    /// Adherence counts a session only when at least one exercise was done.
    bool countsForAdherence() const;
    QDate localDate() const { return startedAt.date(); }

    friend bool operator==(const SessionRecord&, const SessionRecord&) = default;
};

/// Why `session` cannot be stored, each reason a short phrase; empty when it can.
QStringList problemsWith(const SessionRecord& session);

/// Two sessions are duplicates when they started in the same second, ran the
/// same routine for the same time, and have the same pain scores.
bool isDuplicateOf(const SessionRecord& a, const SessionRecord& b);

/// Ids of exercises and routines: lower-case words joined by hyphens, as in content files.
bool isContentId(const QString& id);

} // namespace carrywell::core
