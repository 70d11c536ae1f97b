#include "core/figure/LegacyPose.h"

#include "core/figure/Kinematics.h"

#include <cmath>

namespace carrywell::core {
namespace {

using L = LegacyPose;
using A = Angle;
using P = BodyPoint;

constexpr std::array kSegmentIds{"torso",       "head",       "upperArmNear", "forearmNear",
                                 "upperArmFar", "forearmFar", "thighNear",    "shinNear",
                                 "footNear",    "thighFar",   "shinFar",      "footFar"};

constexpr std::array kOldPointIds{"head",     "shoulders", "upperBack", "pelvis",
                                  "handNear", "handFar",   "elbowNear", "elbowFar",
                                  "kneeNear", "kneeFar",   "footNear",  "footFar"};

// Angles folded into (-180, 180], or up to `wrapAbove` for joints whose range
// runs past straight up (a shoulder raised overhead).
double folded(double degrees, double wrapBelow = -180)
{
    double d = std::fmod(degrees, 360.0);
    if (d <= -180.0)
        d += 360.0;
    if (d > 180.0)
        d -= 360.0;
    if (d < wrapBelow)
        d += 360.0;
    return d;
}

LegacyPose make(std::array<double, L::kSegmentCount> angles, QList<BodyPoint> contacts)
{
    LegacyPose pose;
    pose.angles = angles;
    pose.contacts = std::move(contacts);
    return pose;
}

// The rotation about a bone that turns `d` (in the bone's frame) into the
// plane where the next joint bends, and the bend in that plane. `forward` is
// +1 for joints bending forwards (elbow), -1 for backwards (knee).
struct Hinge
{
    double twist; ///< Turn of the bone's frame about its own axis.
    double bend;
};

Hinge hinge(const Vec3& d, double forward)
{
    double twist = 0;
    if (std::hypot(d.x, d.z) > 0.05) {
        twist = degrees(std::atan2(-d.z * forward, d.x * forward));
        if (twist > 90)
            twist -= 180;
        if (twist < -90)
            twist += 180;
    }
    const double c = std::cos(radians(twist));
    const double s = std::sin(radians(twist));
    const double x = d.x * c - d.z * s;
    return {twist, degrees(std::atan2(x * forward, -d.y))};
}

struct Euler
{
    double yaw;
    double tilt;
    double roll;
};

// Pelvis yaw, tilt and roll of a frame built as aboutY(yaw) * aboutX(roll) * aboutZ(-tilt).
Euler pelvisAngles(const Mat3& m)
{
    const double roll = degrees(std::asin(std::clamp(-m.z.y, -1.0, 1.0)));
    double tilt = 0;
    if (std::abs(std::cos(radians(roll))) > 1e-6)
        tilt = degrees(std::atan2(-m.x.y, m.y.y));
    const Mat3 unturned = Mat3::aboutX(roll) * Mat3::aboutZ(-tilt);
    // Yaw turns about the vertical: compare the most horizontal axis.
    Vec3 before = unturned.x;
    Vec3 after = m.x;
    for (const auto& [b, a] : {std::pair{unturned.y, m.y}, std::pair{unturned.z, m.z}}) {
        if (std::hypot(b.x, b.z) > std::hypot(before.x, before.z)) {
            before = b;
            after = a;
        }
    }
    const double yaw =
        degrees(std::atan2(after.x, after.z)) - degrees(std::atan2(before.x, before.z));
    return {folded(yaw), tilt, roll};
}

} // namespace

std::optional<LegacyPose> LegacyPose::base(const QString& name, View view)
{
    // Near limbs are the figure's right: the unmirrored side view looks at her right side.
    //                          torso head  uaN  faN  uaF  faF  thN  shN  ftN  thF  shF  ftF
    if (view == View::Front) {
        LegacyPose pose;
        if (name == QLatin1String("standing"))
            pose = make({180, 180, -10, -6, 10, 6, -3, -1, -90, 3, 1, 90},
                        {P::FootRight, P::FootLeft});
        else if (name == QLatin1String("sitting"))
            pose = make({180, 180, -12, 10, 12, -10, -8, -2, -90, 8, 2, 90},
                        {P::FootRight, P::FootLeft});
        else if (name == QLatin1String("lying-side"))
            pose = make({-90, -90, 100, 130, 100, 60, 120, 80, 90, 100, 80, 90},
                        {P::Pelvis, P::Shoulders});
        else
            return std::nullopt;
        // Feet point at the viewer, so they look short.
        pose.lengths[FootNear] = 0.45;
        pose.lengths[FootFar] = 0.45;
        if (name == QLatin1String("sitting")) {
            pose.lengths[ThighNear] = 0.35;
            pose.lengths[ThighFar] = 0.35;
        }
        return pose;
    }
    if (name == QLatin1String("standing"))
        return make({180, 180, 5, 10, 2, 8, 0, 0, 90, 0, 0, 90}, {P::FootRight, P::FootLeft});
    if (name == QLatin1String("sitting"))
        return make({180, 180, 10, 65, 6, 60, 90, 0, 90, 88, 2, 90}, {P::FootRight, P::FootLeft});
    if (name == QLatin1String("kneeling"))
        return make({180, 180, 5, 10, 2, 8, 0, -90, -75, 0, -90, -75},
                    {P::KneeRight, P::KneeLeft, P::FootRight});
    if (name == QLatin1String("all-fours"))
        return make({110, 80, 0, 0, 0, 0, 0, -90, -75, 0, -90, -75},
                    {P::HandRight, P::KneeRight, P::HandLeft, P::KneeLeft});
    if (name == QLatin1String("lying-back"))
        return make({-90, -90, 95, 95, 95, 95, 135, 30, 90, 135, 30, 90},
                    {P::Pelvis, P::FootRight, P::UpperBack, P::Head});
    if (name == QLatin1String("lying-back-straight"))
        return make({-90, -90, 95, 95, 95, 95, 90, 90, 180, 90, 90, 180},
                    {P::Pelvis, P::UpperBack, P::Head});
    if (name == QLatin1String("lying-front"))
        return make({115, 100, 0, 90, 0, 90, -86, -90, -75, -86, -90, -75},
                    {P::Pelvis, P::ElbowRight});
    return std::nullopt;
}

QStringList LegacyPose::segmentIds()
{
    QStringList ids;
    for (const char* id : kSegmentIds)
        ids.append(QString::fromLatin1(id));
    return ids;
}

Camera LegacyPose::camera(View view, bool mirrored)
{
    if (view == View::Front)
        return *Camera::named(QStringLiteral("front"));
    return *Camera::named(mirrored ? QStringLiteral("side-left") : QStringLiteral("side-right"));
}

BodyPose LegacyPose::toBodyPose(View view, bool mirrored) const
{
    // Each old segment becomes a direction in space: its picture direction,
    // shortened by its length factor, and the rest pointing out of the
    // picture on its own side: at the viewer for the trunk and near limbs,
    // away for far limbs, so both arms of a hug come round the body alike.
    const Camera cam = camera(view, false);
    const auto world = [&](int s) {
        const double a = radians(angles[s]);
        const double l = std::clamp(lengths[s], 0.0, 1.0);
        const bool far =
            s == UpperArmFar || s == ForearmFar || s == ThighFar || s == ShinFar || s == FootFar;
        const Vec3 out = cam.towardViewer() * (far && view == View::Side ? -1.0 : 1.0);
        const Vec3 inPicture = cam.right() * std::sin(a) + cam.up() * -std::cos(a);
        return (inPicture * l + out * std::sqrt(1 - l * l)).normalized();
    };

    BodyPose pose;
    // The pelvis: up along the torso, facing forward (side view) or the viewer
    // (front view); the bow of the back leans it back by alpha, then the
    // thoracic segments lean forward again.
    const Vec3 torso = world(Torso);
    Vec3 forward = view == View::Front
                       ? cam.towardViewer()
                       : cam.right() * torso.dot(cam.up()) - cam.up() * torso.dot(cam.right());
    forward = (forward - torso * forward.dot(torso)).normalized();
    const double alpha =
        degrees(std::asin(std::clamp(spineCurve / BodyDimensions::thoracic, -0.9, 0.9)));
    const double ca = std::cos(radians(alpha));
    const double sa = std::sin(radians(alpha));
    const Vec3 up = torso * ca - forward * sa;
    const Vec3 front = forward * ca + torso * sa;
    const Mat3 pelvis{front, up, front.cross(up)};
    const Euler e = pelvisAngles(pelvis);
    pose[A::PelvisYaw] = e.yaw;
    pose[A::PelvisTilt] = e.tilt;
    pose[A::PelvisRoll] = e.roll;
    pose[A::ThoracicFlexion] = alpha;
    pose[A::UpperThoracicFlexion] = alpha;

    // Joint frames come from the body posed so far.
    const auto frame = [&pose](Joint j) { return Body::pose(pose).frame(j); };
    const Mat3 chest = frame(Joint::Neck);
    const Vec3 head = chest.local(world(Head));
    pose[A::NeckFlexion] = folded(degrees(std::atan2(head.x, head.y)));
    pose[A::NeckSideBend] = degrees(std::asin(std::clamp(head.z, -1.0, 1.0)));

    struct Limb
    {
        Side side;
        int upper;
        int lower;
        int end; ///< The foot, or -1 for an arm.
    };
    for (const Limb limb : {Limb{Side::Right, UpperArmNear, ForearmNear, -1},
                            Limb{Side::Left, UpperArmFar, ForearmFar, -1},
                            Limb{Side::Right, ThighNear, ShinNear, FootNear},
                            Limb{Side::Left, ThighFar, ShinFar, FootFar}}) {
        const bool arm = limb.end < 0;
        const double s = limb.side == Side::Left ? 1 : -1;
        const Mat3 root = arm ? chest : frame(Joint::Pelvis);
        const Vec3 u = root.local(world(limb.upper));
        const double flexion = folded(degrees(std::atan2(u.x, -u.y)), arm ? -100 : -180);
        const double abduction = degrees(std::asin(std::clamp(s * u.z, -1.0, 1.0)));
        const Mat3 bone = root * Mat3::aboutZ(flexion) * Mat3::aboutX(-s * abduction);
        const Hinge h = hinge(bone.local(world(limb.lower)), arm ? 1 : -1);
        const auto set = [&](A leftAngle, double value) {
            pose[sided(leftAngle, limb.side)] = value;
        };
        if (arm) {
            set(A::ShoulderFlexionLeft, flexion);
            set(A::ShoulderAbductionLeft, abduction);
            set(A::ShoulderRotationLeft, -s * h.twist);
            set(A::ElbowLeft, h.bend);
            continue;
        }
        set(A::HipFlexionLeft, flexion);
        set(A::HipAbductionLeft, abduction);
        set(A::HipRotationLeft, -s * h.twist);
        set(A::KneeLeft, h.bend);
        const Vec3 foot = frame(sided(Joint::AnkleLeft, limb.side)).local(world(limb.end));
        set(A::AnkleLeft, degrees(std::atan2(-foot.y, foot.x)));
    }
    pose.contacts = contacts;
    return mirrored ? pose.mirrored() : pose;
}

std::optional<BodyPoint> LegacyPose::bodyPoint(const QString& id, bool mirrored)
{
    for (std::size_t i = 0; i < kOldPointIds.size(); ++i) {
        if (id != QLatin1String(kOldPointIds[i]))
            continue;
        // The list runs in the same order as BodyPoint, near before far;
        // near is the right side unless mirrored.
        const auto point = static_cast<BodyPoint>(i);
        if (point < BodyPoint::HandLeft)
            return point;
        const bool near = (i % 2) == 0;
        const bool right = near != mirrored;
        return static_cast<BodyPoint>(right ? (i % 2 == 0 ? i + 1 : i) : (i % 2 == 0 ? i : i - 1));
    }
    return std::nullopt;
}

QStringList LegacyPose::bodyPointIds()
{
    QStringList ids;
    for (const char* id : kOldPointIds)
        ids.append(QString::fromLatin1(id));
    return ids;
}

} // namespace carrywell::core
