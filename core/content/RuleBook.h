#pragma once

#include "core/content/ContentLibrary.h"
#include "core/profile/Profile.h"

#include <optional>

namespace carrywell::core {

/// The symptom whose choice in the profile means pelvic girdle pain.
inline QString pelvicGirdlePainSymptomId()
{
    return QStringLiteral("pelvic-girdle-pain");
}

/// What decides whether an exercise suits her now.
struct SuitabilityProfile
{
    /// Unknown weeks count as the first days after the birth.
    std::optional<int> weeksSinceBirth;
    /// An unknown kind of birth gets a caesarean's extra care.
    BirthType birthType = BirthType::Unknown;
    /// A gap between the belly muscles (diastasis recti).
    bool diastasis = false;
    /// Pain at the front or back of the pelvis (the symptom she chose).
    bool pelvicGirdlePain = false;

    /// What her profile says on `today`.
    static SuitabilityProfile of(const Profile& profile, const QDate& today);
};

/// How an exercise or a routine fits a profile.
struct Suitability
{
    enum class Fit
    {
        Suits,
        SuitsModified, ///< With the change for her condition in `note`.
        TooEarly,      ///< Not before week `fromWeek`.
        Avoid,         ///< Held back for a condition; `note` says why and what instead.
    };
    /// The condition an Avoid is for.
    enum class Condition
    {
        None,
        Diastasis,
        PelvicGirdlePain,
    };
    Fit fit = Fit::Suits;
    Condition avoidedFor = Condition::None;
    int fromWeek = 0; ///< The earliest week for this kind of birth.
    QString note;
    QString exerciseId; ///< For a routine, the exercise that decided a TooEarly or Avoid.

    bool suits() const { return fit == Fit::Suits || fit == Fit::SuitsModified; }
};

/// The earliest weeks after each kind of birth.
struct EarliestWeeks
{
    int vaginal = 0;
    int caesarean = 0;
};

/// The one place that decides suitability from the profile: weeks since the
/// birth, the kind of birth, a diastasis and pelvic girdle pain. The library's "suits me now",
/// the routines, a single exercise's Start and the plan generator all ask it.
class RuleBook
{
public:
    /// The week an exercise suits from after this kind of birth.
    static int earliestWeek(const Exercise& exercise, BirthType birthType);
    static Suitability forExercise(const Exercise& exercise, const SuitabilityProfile& profile);

    /// A routine suits from the latest week of its exercises.
    static EarliestWeeks earliestWeeks(const Routine& routine, const ContentLibrary& library);
    /// A routine suits when every exercise in it does; otherwise the first
    /// exercise that does not says why.
    static Suitability forRoutine(const Routine& routine, const ContentLibrary& library,
                                  const SuitabilityProfile& profile);
    /// The routine that suits now and shares most with `routine` (its
    /// exercises, then its regions), or nullptr when none suits.
    static const Routine* nearestSuitable(const Routine& routine, const ContentLibrary& library,
                                          const SuitabilityProfile& profile);
};

} // namespace carrywell::core
