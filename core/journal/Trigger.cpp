#include "core/journal/Trigger.h"

#include "core/common/Translate.h"

#include <QCoreApplication>
#include <array>
#include <utility>

CARRYWELL_TR_CONTEXT(carrywell::core::Trigger);

namespace carrywell::core {
namespace {

constexpr std::array triggerIds{
    std::pair{Trigger::Lifting, "lifting"},   std::pair{Trigger::Carrying, "carrying"},
    std::pair{Trigger::Feeding, "feeding"},   std::pair{Trigger::Sitting, "sitting"},
    std::pair{Trigger::Standing, "standing"}, std::pair{Trigger::PoorSleep, "poor-sleep"},
    std::pair{Trigger::Bending, "bending"},   std::pair{Trigger::Other, "other"},
};

} // namespace

QString toId(Trigger value)
{
    for (const auto& [trigger, id] : triggerIds) {
        if (trigger == value)
            return QString::fromLatin1(id);
    }
    return {};
}

template <>
std::optional<Trigger> fromId<Trigger>(QStringView id)
{
    for (const auto& [trigger, name] : triggerIds) {
        if (id == QLatin1String(name))
            return trigger;
    }
    return std::nullopt;
}

template <>
QList<Trigger> allValues<Trigger>()
{
    QList<Trigger> values;
    for (const auto& entry : triggerIds)
        values.append(entry.first);
    return values;
}

template <>
QString idList<Trigger>()
{
    QStringList ids;
    for (const auto& entry : triggerIds)
        ids.append(QString::fromLatin1(entry.second));
    return ids.join(QStringLiteral(", "));
}

QString displayName(Trigger value)
{
    switch (value) {
    case Trigger::Lifting:
        return tr("Lifting");
    case Trigger::Carrying:
        return tr("Carrying");
    case Trigger::Feeding:
        return tr("Feeding");
    case Trigger::Sitting:
        return tr("Sitting");
    case Trigger::Standing:
        return tr("Standing");
    case Trigger::PoorSleep:
        return tr("Poor sleep");
    case Trigger::Bending:
        return tr("Bending");
    case Trigger::Other:
        return tr("Other");
    }
    return {};
}

} // namespace carrywell::core
