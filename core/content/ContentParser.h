#pragma once

#include "content/Cause.h"
#include "content/ContentError.h"
#include "content/Exercise.h"
#include "content/Guide.h"
#include "content/RegionInfo.h"
#include "content/Safety.h"
#include "content/Routine.h"
#include "content/Source.h"
#include "content/Symptom.h"
#include "figure/Illustration.h"

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
