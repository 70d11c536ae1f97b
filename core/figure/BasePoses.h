#pragma once

#include "core/figure/BodyPose.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace carrywell::core {

/// Named starting postures ("standing", "all-fours", "half-kneeling", …) or nullopt.
std::optional<BodyPose> basePose(const QString& name);
QStringList basePoseNames();

} // namespace carrywell::core
