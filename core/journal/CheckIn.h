#pragma once

#include "core/journal/Trigger.h"
#include "core/journal/WarningSign.h"
#include "core/vocabulary/Vocabulary.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace carrywell::core {

/// Pain scores run from 0 (none) to 10 (worst imaginable).
inline constexpr int minPainScore = 0;
inline constexpr int maxPainScore = 10;
/// Long enough for a diary page, short enough that a stray paste cannot bloat the journal.
inline constexpr qsizetype maxNoteLength = 50000;

/// How much one body region hurt.
struct RegionScore
{
    Region region = Region::Neck;
    int score = 0;

    friend bool operator==(const RegionScore&, const RegionScore&) = default;
};

/// One pain check-in: how much it hurts overall and where, what set it off,
/// the warning signs she noticed, and a note.
struct CheckIn
{
    qint64 id = 0;                   ///< 0 until the journal stores it.
    QDateTime at;                    ///< When; its UTC offset decides the local day it belongs to.
    int overall = 0;                 ///< 0–10.
    QList<RegionScore> regions;      ///< At most one per region, in Region order once normalized.
    QList<Trigger> triggers;         ///< No repeats, in Trigger order once normalized.
    QList<WarningSign> warningSigns; ///< No repeats, in WarningSign order once normalized.
    QString note;

    std::optional<int> scoreFor(Region region) const;
    /// Sets or replaces the score of `region`.
    void setScore(Region region, int score);
    /// The calendar day where and when it was written.
    QDate localDate() const { return at.date(); }

    friend bool operator==(const CheckIn&, const CheckIn&) = default;
};

/// Sorts regions, triggers and warning signs and drops repeats, so the same check-in
/// always reads back the same way.
CheckIn normalized(CheckIn checkIn);

/// Why `checkIn` cannot be stored, each reason a short phrase; empty when it can.
QStringList problemsWith(const CheckIn& checkIn);

/// Two check-ins are duplicates when they were written in the same second and
/// have the same overall score, region scores, triggers, warning signs and note. Imports skip
/// duplicates, so importing the same file twice adds nothing.
bool isDuplicateOf(const CheckIn& a, const CheckIn& b);

} // namespace carrywell::core
