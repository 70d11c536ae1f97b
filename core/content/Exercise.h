#pragma once

#include "core/content/Dosage.h"
#include "core/vocabulary/ContentOrigin.h"
#include "core/vocabulary/Vocabulary.h"

#include <QList>
#include <QStringList>

namespace carrywell::core {

/// When after birth an exercise is usually appropriate.
struct Phase
{
    int earliestWeek = 0;
    int caesareanEarliestWeek = 0;
    QString caesareanNote;
};

/// An easier or harder version, optionally another exercise in the library.
struct Variation
{
    QString text;
    QString exerciseId;
};

/// What someone with a condition (a gap between her belly muscles, pelvic
/// girdle pain) should do with an exercise.
enum class ConditionRule
{
    Ok,     ///< Suits as written.
    Modify, ///< Suits with the change in the note.
    Avoid,  ///< Held back for now; the note says why and what instead.
};

struct ConditionAdvice
{
    ConditionRule rule = ConditionRule::Ok;
    QString note; ///< Required for Modify and Avoid.
};

struct SourceRef
{
    QString id;
    QString note;
};

/// One exercise or drill with everything needed to teach and dose it.
struct Exercise
{
    QString id;
    QString name;
    QString summary;
    QList<Region> regions;
    QStringList symptomIds;
    QStringList causeIds;
    Category category = Category::Mobility;
    QList<Equipment> equipment;
    Position position = Position::Standing;
    Phase phase;
    QStringList steps;
    QStringList cues;
    Dosage dosage;
    QStringList cautions;
    QStringList stopIf;
    ConditionAdvice diastasis;        ///< With a gap between the belly muscles (diastasis recti).
    ConditionAdvice pelvicGirdlePain; ///< With pain at the front or back of the pelvis.
    QString feel;                     ///< What you should feel, and where.
    QString frequency;                ///< How often, per day or week.
    QString progressWhen;             ///< When to move on to the harder version.
    QStringList commonMistakes;
    QList<Variation> easier;
    QList<Variation> harder;
    SourceRef source;
    ContentOrigin origin;

    bool works(Region region) const { return regions.contains(region); }
    /// How its tempo reads: a breath in and out, or a movement out and back.
    Dosage::Tempo tempo() const
    {
        return category == Category::Breathing ? Dosage::Tempo::Breath : Dosage::Tempo::Movement;
    }
};

} // namespace carrywell::core
