#pragma once

#include "core/figure/BodyPose.h"

#include <QStringList>

namespace carrywell::core {

/// The usual range of one joint angle, in degrees; nullopt for the pelvis
/// angles, which place the whole body and are free.
struct JointRange
{
    double min;
    double max;
};
std::optional<JointRange> jointRange(Angle angle);

/// Checks that a pose is one a human body can take: every joint angle within
/// its usual range, and the contact points resting on the floor. Returns one
/// message per problem, written for whoever draws the illustration.
QStringList checkBodyPose(const BodyPose& pose);

} // namespace carrywell::core
