#pragma once

#include "core/plan/Progression.h"
#include "core/profile/Profile.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <array>
#include <optional>

namespace carrywell::core {

class ContentLibrary;

/// Everything "Make my week" asks for. Days are indexed Monday (0) to Sunday (6).
struct PlanRequest
{
    Profile profile; ///< Birth type, equipment at hand and what hurts.
    int weeksSinceBirth = 0;
    /// A gap between the belly muscles: leaves out core and strength work
    /// whose cautions warn about doming.
    bool diastasis = false;
    int minutesPerDay = 10; ///< 5 to 30.
    std::array<bool, 7> freeDays{true, true, true, true, true, true, true};
    QDate weekStart; ///< A Monday.
    quint32 seed = 0;
    /// Regions to work besides those of the symptoms in the profile.
    QList<Region> extraRegions;
    /// How to move on from last week, and what last week held.
    std::optional<ProgressionDecision> progression;
    QStringList previousExerciseIds;

    /// Regions of the logged symptoms plus the extra regions, in Region order.
    QList<Region> targetRegions(const ContentLibrary& library) const;
    int trainingDays() const;

    static constexpr int kMinMinutes = 5;
    static constexpr int kMaxMinutes = 30;
};

/// Why a plan cannot be made from `request`, each a sentence for the user;
/// empty when it can.
QStringList problemsWith(const PlanRequest& request);

} // namespace carrywell::core
