#include "core/figure/Illustration.h"

#include <array>

namespace carrywell::core {
namespace {

constexpr std::array kPropIds{"mat",          "chair", "couch",  "wall",   "doorway", "foam-roller",
                              "release-ball", "band",  "pillow", "weight", "baby",    "car-seat"};

} // namespace

QString toId(PropType type)
{
    return QString::fromLatin1(kPropIds[static_cast<int>(type)]);
}

std::optional<PropType> propTypeFromId(const QString& id)
{
    for (std::size_t i = 0; i < kPropIds.size(); ++i) {
        if (id == QLatin1String(kPropIds[i]))
            return static_cast<PropType>(i);
    }
    return std::nullopt;
}

QStringList propTypeIds()
{
    QStringList ids;
    for (const char* id : kPropIds)
        ids.append(QString::fromLatin1(id));
    return ids;
}

bool PropSpec::followsBody() const
{
    if (fixed)
        return false;
    switch (type) {
    case PropType::FoamRoller:
    case PropType::ReleaseBall:
    case PropType::Band:
    case PropType::Pillow:
    case PropType::Weight:
    case PropType::Baby:
    case PropType::CarSeat:
        return true;
    case PropType::Mat:
    case PropType::Chair:
    case PropType::Couch:
    case PropType::Wall:
    case PropType::Doorway:
        return false;
    }
    return false;
}

BodyPoint PropSpec::anchorPoint() const
{
    if (at)
        return *at;
    switch (type) {
    case PropType::Chair:
        return BodyPoint::Pelvis;
    case PropType::Couch:
        return BodyPoint::ElbowRight;
    case PropType::Wall:
    case PropType::FoamRoller:
    case PropType::ReleaseBall:
        return BodyPoint::UpperBack;
    case PropType::Doorway:
    case PropType::Band:
    case PropType::Weight:
    case PropType::Baby:
    case PropType::CarSeat:
        return BodyPoint::HandRight;
    case PropType::Pillow:
        return BodyPoint::Head;
    case PropType::Mat:
        return BodyPoint::Pelvis;
    }
    return BodyPoint::Pelvis;
}

const BodyPose* Illustration::pose(const QString& name) const
{
    for (const auto& entry : poses) {
        if (entry.first == name)
            return &entry.second;
    }
    return nullptr;
}

} // namespace carrywell::core
