#pragma once

#include "core/content/Cause.h"
#include "core/content/ContentError.h"
#include "core/content/Exercise.h"
#include "core/content/Guide.h"
#include "core/content/RegionInfo.h"
#include "core/content/Routine.h"
#include "core/content/Safety.h"
#include "core/content/Source.h"
#include "core/content/Symptom.h"
#include "core/figure/Illustration.h"

#include <QByteArray>
#include <optional>
#include <vector>

namespace carrywell::core {

/// The entries read from one content file.
struct ContentFragment
{
    std::vector<RegionInfo> regions;
    std::vector<Source> sources;
    std::vector<Cause> causes;
    std::vector<Guide> guides;
    std::vector<Symptom> symptoms;
    std::vector<Exercise> exercises;
    std::vector<Routine> routines;
    std::vector<Illustration> illustrations;
    std::optional<PostnatalStopList> stopList;
    std::optional<PainMonitoring> painMonitoring;
};

/// Turns one JSON content file into entries, checking its structure, types,
/// ranges and ids. References to other entries are checked later, once the
/// whole library is known (see ContentValidator).
class ContentParser
{
public:
    static ContentFragment parse(const QByteArray& json, const QString& fileName, bool builtIn,
                                 QList<ContentError>& errors);
};

} // namespace carrywell::core
