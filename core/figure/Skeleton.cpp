#include "core/figure/Skeleton.h"

#include <array>

namespace carrywell::core {
namespace {

constexpr std::array kBodyPointIds{"head",     "shoulders", "upperBack", "pelvis",
                                   "handLeft", "handRight", "elbowLeft", "elbowRight",
                                   "kneeLeft", "kneeRight", "footLeft",  "footRight"};

} // namespace

Joint sided(Joint leftJoint, Side side)
{
    if (side == Side::Left)
        return leftJoint;
    constexpr int armOffset =
        static_cast<int>(Joint::ShoulderRight) - static_cast<int>(Joint::ShoulderLeft);
    constexpr int legOffset = static_cast<int>(Joint::HipRight) - static_cast<int>(Joint::HipLeft);
    const int index = static_cast<int>(leftJoint);
    const bool arm = index >= static_cast<int>(Joint::ShoulderLeft) &&
                     index <= static_cast<int>(Joint::HandLeft);
    return static_cast<Joint>(index + (arm ? armOffset : legOffset));
}

BodyPoint otherSide(BodyPoint point)
{
    if (point < BodyPoint::HandLeft)
        return point;
    const int index = static_cast<int>(point);
    return static_cast<BodyPoint>(index % 2 == 0 ? index + 1 : index - 1);
}

QString toId(BodyPoint point)
{
    return QString::fromLatin1(kBodyPointIds[static_cast<int>(point)]);
}

std::optional<BodyPoint> bodyPointFromId(const QString& id)
{
    for (std::size_t i = 0; i < kBodyPointIds.size(); ++i) {
        if (id == QLatin1String(kBodyPointIds[i]))
            return static_cast<BodyPoint>(i);
    }
    return std::nullopt;
}

QStringList bodyPointIds()
{
    QStringList ids;
    for (const char* id : kBodyPointIds)
        ids.append(QString::fromLatin1(id));
    return ids;
}

} // namespace carrywell::core
