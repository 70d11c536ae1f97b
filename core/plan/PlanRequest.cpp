#include "core/plan/PlanRequest.h"

#include "core/content/ContentLibrary.h"

#include <QCoreApplication>

#include <algorithm>

namespace carrywell::core {
namespace {

// A class context lupdate can see, so the .ts file and the lookup at run time agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(carrywell::core::PlanRequest)
};

} // namespace

QList<Region> PlanRequest::targetRegions(const ContentLibrary& library) const
{
    QList<Region> wanted = extraRegions;
    for (const QString& id : profile.symptomIds) {
        if (const Symptom* symptom = library.symptom(id))
            wanted += symptom->regions;
    }
    QList<Region> result;
    for (const Region region : allValues<Region>()) {
        if (wanted.contains(region))
            result.append(region);
    }
    return result;
}

int PlanRequest::trainingDays() const
{
    return static_cast<int>(std::count(freeDays.begin(), freeDays.end(), true));
}

QStringList problemsWith(const PlanRequest& request)
{
    QStringList problems;
    if (request.minutesPerDay < PlanRequest::kMinMinutes
        || request.minutesPerDay > PlanRequest::kMaxMinutes) {
        problems << Tr::tr("Choose between %1 and %2 minutes a day.")
                            .arg(PlanRequest::kMinMinutes)
                            .arg(PlanRequest::kMaxMinutes);
    }
    if (request.trainingDays() == 0)
        problems << Tr::tr("Choose at least one free day for the plan.");
    if (!request.weekStart.isValid() || request.weekStart.dayOfWeek() != Qt::Monday)
        problems << Tr::tr("A plan starts on a Monday.");
    if (request.weeksSinceBirth < 0)
        problems << Tr::tr("Weeks since birth cannot be negative.");
    return problems;
}

} // namespace carrywell::core
