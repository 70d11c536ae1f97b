#include "core/figure/Kinematics.h"

#include <algorithm>
#include <limits>

namespace carrywell::core {
namespace {

using D = BodyDimensions;
using A = Angle;

// +1 on the left, -1 on the right: mirrors sideways movements.
double sign(Side side)
{
    return side == Side::Left ? 1.0 : -1.0;
}

Vec3 down(double length)
{
    return {0, -length, 0};
}

} // namespace

const std::array<Capsule, 17>& bodyCapsules()
{
    static const std::array<Capsule, 17> capsules{
        Capsule{Part::Torso, Joint::Pelvis, Joint::Lumbar, D::torsoRadius},
        Capsule{Part::Torso, Joint::Lumbar, Joint::Thoracic, D::torsoRadius},
        Capsule{Part::Torso, Joint::Thoracic, Joint::Neck, D::torsoRadius},
        Capsule{Part::Neck, Joint::Neck, Joint::Skull, D::neckRadius},
        Capsule{Part::Head, Joint::HeadCentre, Joint::HeadCentre, D::headRadius},
        Capsule{Part::UpperArmLeft, Joint::ShoulderLeft, Joint::ElbowLeft, D::upperArmRadius},
        Capsule{Part::ForearmLeft, Joint::ElbowLeft, Joint::WristLeft, D::forearmRadius},
        Capsule{Part::HandLeft, Joint::WristLeft, Joint::HandLeft, D::handRadius},
        Capsule{Part::UpperArmRight, Joint::ShoulderRight, Joint::ElbowRight, D::upperArmRadius},
        Capsule{Part::ForearmRight, Joint::ElbowRight, Joint::WristRight, D::forearmRadius},
        Capsule{Part::HandRight, Joint::WristRight, Joint::HandRight, D::handRadius},
        Capsule{Part::ThighLeft, Joint::HipLeft, Joint::KneeLeft, D::thighRadius},
        Capsule{Part::ShinLeft, Joint::KneeLeft, Joint::AnkleLeft, D::shinRadius},
        Capsule{Part::FootLeft, Joint::AnkleLeft, Joint::ToeLeft, D::footRadius},
        Capsule{Part::ThighRight, Joint::HipRight, Joint::KneeRight, D::thighRadius},
        Capsule{Part::ShinRight, Joint::KneeRight, Joint::AnkleRight, D::shinRadius},
        Capsule{Part::FootRight, Joint::AnkleRight, Joint::ToeRight, D::footRadius},
    };
    return capsules;
}

Body Body::pose(const BodyPose& pose, double anchorX, double anchorZ)
{
    Body b;
    b.m_pose = pose;
    const auto set = [&b](Joint j, const Vec3& at, const Mat3& frame) {
        b.m_joints[static_cast<int>(j)] = at;
        b.m_frames[static_cast<int>(j)] = frame;
    };
    const auto at = [&b](Joint j) { return b.joint(j); };

    const Mat3 pelvis = Mat3::aboutY(pose[A::PelvisYaw]) * Mat3::aboutX(pose[A::PelvisRoll]) *
                        Mat3::aboutZ(-pose[A::PelvisTilt]);
    set(Joint::Pelvis, {}, pelvis);

    // The spine: each segment bends on the one below it.
    const auto bend = [&pose](const Mat3& below, A flexion) {
        const int i = static_cast<int>(flexion);
        return below * Mat3::aboutZ(-pose.angles[i]) * Mat3::aboutX(pose.angles[i + 1]) *
               Mat3::aboutY(-pose.angles[i + 2]);
    };
    const Mat3 lumbar = bend(pelvis, A::LumbarFlexion);
    set(Joint::Lumbar, lumbar * Vec3{0, D::lumbar, 0}, lumbar);
    const Mat3 thoracic = bend(lumbar, A::ThoracicFlexion);
    set(Joint::Thoracic, at(Joint::Lumbar) + thoracic * Vec3{0, D::thoracic, 0}, thoracic);
    const Mat3 chest = bend(thoracic, A::UpperThoracicFlexion);
    set(Joint::Neck, at(Joint::Thoracic) + chest * Vec3{0, D::upperThoracic, 0}, chest);
    const Mat3 neck = bend(chest, A::NeckFlexion);
    set(Joint::Skull, at(Joint::Neck) + neck * Vec3{0, D::neck, 0}, neck);
    const Mat3 head = neck * Mat3::aboutZ(-pose[A::HeadNod]);
    set(Joint::HeadCentre, at(Joint::Skull) + head * Vec3{1.5, D::headLift, 0}, head);

    for (const Side side : {Side::Left, Side::Right}) {
        const double s = sign(side);
        const auto angle = [&pose, side](A leftAngle) { return pose[sided(leftAngle, side)]; };
        const auto joint = [side](Joint leftJoint) { return sided(leftJoint, side); };

        // Arm: the shoulder blade swings the shoulder back round the spine.
        const Mat3 blade = chest * Mat3::aboutY(-s * angle(A::ShoulderBladeLeft));
        set(joint(Joint::ShoulderLeft),
            at(Joint::Neck) + blade * Vec3{0, -D::shoulderDrop, s * D::shoulderHalfWidth}, chest);
        const Mat3 upperArm = chest * Mat3::aboutZ(angle(A::ShoulderFlexionLeft)) *
                              Mat3::aboutX(-s * angle(A::ShoulderAbductionLeft)) *
                              Mat3::aboutY(-s * angle(A::ShoulderRotationLeft));
        set(joint(Joint::ElbowLeft), at(joint(Joint::ShoulderLeft)) + upperArm * down(D::upperArm),
            upperArm);
        const Mat3 forearm = upperArm * Mat3::aboutZ(angle(A::ElbowLeft));
        set(joint(Joint::WristLeft), at(joint(Joint::ElbowLeft)) + forearm * down(D::forearm),
            forearm);
        const Mat3 hand = forearm * Mat3::aboutZ(angle(A::WristLeft));
        set(joint(Joint::HandLeft), at(joint(Joint::WristLeft)) + hand * down(D::hand), hand);

        // Leg.
        set(joint(Joint::HipLeft), pelvis * Vec3{0, 0, s * D::hipHalfWidth}, pelvis);
        const Mat3 thigh = pelvis * Mat3::aboutZ(angle(A::HipFlexionLeft)) *
                           Mat3::aboutX(-s * angle(A::HipAbductionLeft)) *
                           Mat3::aboutY(-s * angle(A::HipRotationLeft));
        set(joint(Joint::KneeLeft), at(joint(Joint::HipLeft)) + thigh * down(D::thigh), thigh);
        const Mat3 shin = thigh * Mat3::aboutZ(-angle(A::KneeLeft));
        set(joint(Joint::AnkleLeft), at(joint(Joint::KneeLeft)) + shin * down(D::shin), shin);
        const Mat3 foot = shin * Mat3::aboutZ(-angle(A::AnkleLeft));
        set(joint(Joint::ToeLeft), at(joint(Joint::AnkleLeft)) + foot * Vec3{D::foot, 0, 0}, foot);
    }

    // Rest the lowest part of the body on the floor, then put the first
    // contact at the anchor.
    b.translate({0, -b.minimum().y, 0});
    const Vec3 first = b.point(pose.contacts.isEmpty() ? BodyPoint::Pelvis : pose.contacts.first());
    b.translate({anchorX - first.x, 0, anchorZ - first.z});
    return b;
}

void Body::translate(const Vec3& offset)
{
    for (Vec3& p : m_joints)
        p += offset;
}

Vec3 Body::minimum() const
{
    constexpr double big = std::numeric_limits<double>::max();
    Vec3 low{big, big, big};
    for (const Capsule& c : bodyCapsules()) {
        for (const Joint end : {c.a, c.b}) {
            const Vec3 p = joint(end);
            low = {std::min(low.x, p.x - c.radius), std::min(low.y, p.y - c.radius),
                   std::min(low.z, p.z - c.radius)};
        }
    }
    return low;
}

Vec3 Body::maximum() const
{
    constexpr double small = std::numeric_limits<double>::lowest();
    Vec3 high{small, small, small};
    for (const Capsule& c : bodyCapsules()) {
        for (const Joint end : {c.a, c.b}) {
            const Vec3 p = joint(end);
            high = {std::max(high.x, p.x + c.radius), std::max(high.y, p.y + c.radius),
                    std::max(high.z, p.z + c.radius)};
        }
    }
    return high;
}

Vec3 Body::lowestOf(BodyPoint p, std::initializer_list<std::pair<Vec3, double>> parts)
{
    // The part whose underside is lowest, given as a point whose underside
    // (y - radius(p)) is at that same height.
    auto best = *parts.begin();
    for (const auto& part : parts) {
        if (part.first.y - part.second < best.first.y - best.second)
            best = part;
    }
    return {best.first.x, best.first.y - best.second + radius(p), best.first.z};
}

Vec3 Body::point(BodyPoint p) const
{
    const auto toward = [this](Joint a, Joint b, double t) { return lerp(joint(a), joint(b), t); };
    switch (p) {
    case BodyPoint::Head:
        return joint(Joint::HeadCentre);
    case BodyPoint::Shoulders: {
        return lowestOf(p, {{toward(Joint::Thoracic, Joint::Neck, 0.7), D::torsoRadius},
                            {joint(Joint::ShoulderLeft), D::upperArmRadius},
                            {joint(Joint::ShoulderRight), D::upperArmRadius}});
    }
    case BodyPoint::UpperBack:
        return toward(Joint::Lumbar, Joint::Thoracic, 0.9);
    case BodyPoint::Pelvis:
        // Lying on one side, a hip sits lower than the centre of the pelvis.
        return lowestOf(p, {{joint(Joint::Pelvis), D::torsoRadius},
                            {joint(Joint::HipLeft), D::thighRadius},
                            {joint(Joint::HipRight), D::thighRadius}});
    case BodyPoint::HandLeft:
    case BodyPoint::HandRight: {
        const Side side = p == BodyPoint::HandLeft ? Side::Left : Side::Right;
        const Vec3 wrist = joint(sided(Joint::WristLeft, side));
        const Vec3 fingers = joint(sided(Joint::HandLeft, side));
        return wrist.y < fingers.y ? wrist : fingers;
    }
    case BodyPoint::ElbowLeft:
        return joint(Joint::ElbowLeft);
    case BodyPoint::ElbowRight:
        return joint(Joint::ElbowRight);
    case BodyPoint::KneeLeft:
        return joint(Joint::KneeLeft);
    case BodyPoint::KneeRight:
        return joint(Joint::KneeRight);
    case BodyPoint::FootLeft:
        return lowestOf(
            p, {{joint(Joint::AnkleLeft), D::shinRadius}, {joint(Joint::ToeLeft), D::footRadius}});
    case BodyPoint::FootRight:
        return lowestOf(p, {{joint(Joint::AnkleRight), D::shinRadius},
                            {joint(Joint::ToeRight), D::footRadius}});
    }
    return {};
}

double Body::radius(BodyPoint p)
{
    switch (p) {
    case BodyPoint::Head:
        return D::headRadius;
    case BodyPoint::Shoulders:
    case BodyPoint::UpperBack:
    case BodyPoint::Pelvis:
        return D::torsoRadius;
    case BodyPoint::HandLeft:
    case BodyPoint::HandRight:
        return D::forearmRadius;
    case BodyPoint::ElbowLeft:
    case BodyPoint::ElbowRight:
        return D::upperArmRadius;
    case BodyPoint::KneeLeft:
    case BodyPoint::KneeRight:
        return D::thighRadius; // the thigh is the wider end at the knee
    case BodyPoint::FootLeft:
    case BodyPoint::FootRight:
        return D::footRadius;
    }
    return 0;
}

double Body::floorGap(BodyPoint p) const
{
    return point(p).y - radius(p);
}

} // namespace carrywell::core
