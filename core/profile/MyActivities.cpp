#include "core/profile/MyActivities.h"

#include "core/common/Translate.h"

CARRYWELL_TR_CONTEXT(carrywell::core::MyActivities);

namespace carrywell::core {
namespace {

QString tidy(const QString& name)
{
    return name.simplified().left(MyActivities::maxNameLength).trimmed();
}

} // namespace

QStringList MyActivities::cleaned(const QStringList& names)
{
    QStringList result;
    for (const QString& name : names) {
        const QString clean = tidy(name);
        if (clean.isEmpty() || find(result, clean))
            continue;
        result.append(clean);
        if (result.size() == maxCount)
            break;
    }
    return result;
}

std::optional<QString> MyActivities::find(const QStringList& activities, const QString& name)
{
    const QString wanted = name.simplified();
    for (const QString& activity : activities) {
        if (activity.simplified().compare(wanted, Qt::CaseInsensitive) == 0)
            return activity;
    }
    return std::nullopt;
}

QStringList MyActivities::suggestions()
{
    return {
        tr("Lifting the baby from the crib"),  tr("Fastening the car seat"),
        tr("Carrying shopping up the stairs"), tr("Feeding the baby sitting up"),
        tr("Getting up from the floor"),       tr("Pushing the pram"),
        tr("Carrying the baby on one hip"),    tr("Bending over the changing table"),
        tr("Sleeping through the night"),      tr("Walking for half an hour"),
    };
}

} // namespace carrywell::core
