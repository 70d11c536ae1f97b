#include "core/figure/Pose.h"

#include <cmath>

namespace carrywell::core {
namespace {

constexpr std::array kSegmentIds{"torso",       "head",       "upperArmNear", "forearmNear",
                                 "upperArmFar", "forearmFar", "thighNear",    "shinNear",
                                 "footNear",    "thighFar",   "shinFar",      "footFar"};

constexpr std::array kBodyPointIds{"head",     "shoulders", "upperBack", "pelvis",
                                   "handNear", "handFar",   "elbowNear", "elbowFar",
                                   "kneeNear", "kneeFar",   "footNear",  "footFar"};

double lerpAngle(double a, double b, double t)
{
    double delta = std::fmod(b - a, 360.0);
    if (delta > 180.0)
        delta -= 360.0;
    if (delta < -180.0)
        delta += 360.0;
    return a + delta * t;
}

using S = Segment;
using P = BodyPoint;

// Segment directions in the order of Segment. Side view faces right.
Pose make(std::array<double, kSegmentCount> angles, QList<BodyPoint> contacts)
{
    Pose pose;
    pose.angles = angles;
    pose.contacts = std::move(contacts);
    return pose;
}

} // namespace

Pose Pose::interpolate(const Pose& from, const Pose& to, double t)
{
    Pose result;
    for (int i = 0; i < kSegmentCount; ++i) {
        result.angles[i] = lerpAngle(from.angles[i], to.angles[i], t);
        result.lengths[i] = from.lengths[i] + (to.lengths[i] - from.lengths[i]) * t;
    }
    result.contacts = t < 0.5 ? from.contacts : to.contacts;
    result.spineCurve = from.spineCurve + (to.spineCurve - from.spineCurve) * t;
    return result;
}

std::optional<Pose> Pose::base(const QString& name, FigureView view)
{
    // Angles are picture directions: 0 down, 90 right (forward), 180 up, -90 left.
    //                          torso head  uaN  faN  uaF  faF  thN  shN  ftN  thF  shF  ftF
    if (view == FigureView::Front) {
        Pose pose;
        if (name == QLatin1String("standing"))
            pose =
                make({180, 180, -10, -6, 10, 6, -3, -1, -90, 3, 1, 90}, {P::FootNear, P::FootFar});
        else if (name == QLatin1String("sitting"))
            pose = make({180, 180, -12, 10, 12, -10, -8, -2, -90, 8, 2, 90},
                        {P::FootNear, P::FootFar});
        else if (name == QLatin1String("lying-side"))
            pose = make({-90, -90, 100, 130, 100, 60, 120, 80, 90, 100, 80, 90},
                        {P::Pelvis, P::Shoulders});
        else
            return std::nullopt;
        // Feet point at the viewer, so they look short.
        pose.lengths[static_cast<int>(S::FootNear)] = 0.45;
        pose.lengths[static_cast<int>(S::FootFar)] = 0.45;
        if (name == QLatin1String("sitting")) {
            pose.lengths[static_cast<int>(S::ThighNear)] = 0.35;
            pose.lengths[static_cast<int>(S::ThighFar)] = 0.35;
        }
        return pose;
    }
    if (name == QLatin1String("standing"))
        return make({180, 180, 5, 10, 2, 8, 0, 0, 90, 0, 0, 90}, {P::FootNear, P::FootFar});
    if (name == QLatin1String("sitting"))
        return make({180, 180, 10, 65, 6, 60, 90, 0, 90, 88, 2, 90}, {P::FootNear, P::FootFar});
    if (name == QLatin1String("kneeling"))
        return make({180, 180, 5, 10, 2, 8, 0, -90, -75, 0, -90, -75},
                    {P::KneeNear, P::KneeFar, P::FootNear});
    if (name == QLatin1String("all-fours"))
        return make({110, 80, 0, 0, 0, 0, 0, -90, -75, 0, -90, -75},
                    {P::HandNear, P::KneeNear, P::HandFar, P::KneeFar});
    if (name == QLatin1String("lying-back"))
        return make({-90, -90, 95, 95, 95, 95, 135, 30, 90, 135, 30, 90},
                    {P::Pelvis, P::FootNear, P::UpperBack, P::Head});
    if (name == QLatin1String("lying-back-straight"))
        return make({-90, -90, 95, 95, 95, 95, 90, 90, 180, 90, 90, 180},
                    {P::Pelvis, P::UpperBack, P::Head});
    if (name == QLatin1String("lying-front"))
        return make({115, 100, 0, 90, 0, 90, -86, -90, -75, -86, -90, -75},
                    {P::Pelvis, P::ElbowNear});
    return std::nullopt;
}

QStringList Pose::baseNames()
{
    return {QStringLiteral("standing"),    QStringLiteral("sitting"),
            QStringLiteral("kneeling"),    QStringLiteral("all-fours"),
            QStringLiteral("lying-back"),  QStringLiteral("lying-back-straight"),
            QStringLiteral("lying-front"), QStringLiteral("lying-side")};
}

QString toId(Segment segment)
{
    return QString::fromLatin1(kSegmentIds[static_cast<int>(segment)]);
}

QString toId(BodyPoint point)
{
    return QString::fromLatin1(kBodyPointIds[static_cast<int>(point)]);
}

std::optional<Segment> segmentFromId(const QString& id)
{
    for (int i = 0; i < kSegmentCount; ++i) {
        if (id == QLatin1String(kSegmentIds[i]))
            return static_cast<Segment>(i);
    }
    return std::nullopt;
}

std::optional<BodyPoint> bodyPointFromId(const QString& id)
{
    for (std::size_t i = 0; i < kBodyPointIds.size(); ++i) {
        if (id == QLatin1String(kBodyPointIds[i]))
            return static_cast<BodyPoint>(i);
    }
    return std::nullopt;
}

QStringList segmentIds()
{
    QStringList ids;
    for (const char* id : kSegmentIds)
        ids.append(QString::fromLatin1(id));
    return ids;
}

QStringList bodyPointIds()
{
    QStringList ids;
    for (const char* id : kBodyPointIds)
        ids.append(QString::fromLatin1(id));
    return ids;
}

} // namespace carrywell::core
