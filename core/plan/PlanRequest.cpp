#include "core/plan/PlanRequest.h"

#include "core/common/Translate.h"
#include "core/content/ContentLibrary.h"

#include <QCoreApplication>
#include <algorithm>

CARRYWELL_TR_CONTEXT(carrywell::core::PlanRequest);

namespace carrywell::core {
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
    if (request.minutesPerDay < PlanRequest::kMinMinutes ||
        request.minutesPerDay > PlanRequest::kMaxMinutes) {
        problems << tr("Choose between %1 and %2 minutes a day.")
                        .arg(PlanRequest::kMinMinutes)
                        .arg(PlanRequest::kMaxMinutes);
    }
    if (request.trainingDays() == 0)
        problems << tr("Choose at least one free day for the plan.");
    if (!request.weekStart.isValid() || request.weekStart.dayOfWeek() != Qt::Monday)
        problems << tr("A plan starts on a Monday.");
    if (request.weeksSinceBirth < 0)
        problems << tr("Weeks since birth cannot be negative.");
    return problems;
}

} // namespace carrywell::core
