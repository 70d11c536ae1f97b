#pragma once

#include "core/content/JsonFieldReader.h"
#include "core/figure/Illustration.h"

namespace carrywell::core {

/// Reads one illustration. Files with `"format": 2` pose the 3-D figure in
/// anatomical terms; files without it use the first, flat format ("view",
/// picture angles per segment), which is converted on load.
/// Every problem is recorded through the reader with its JSON path.
class IllustrationReader
{
public:
    static constexpr int kFormat = 2;

    explicit IllustrationReader(JsonFieldReader& reader) : m_r(reader) {}

    /// The illustration, without its exercise id claimed or its origin set.
    Illustration read();

private:
    std::optional<Camera> readCamera(const char* key, JsonFieldReader::Need need);
    std::optional<BodyPose> readPose(JsonFieldReader& r);
    std::optional<BodyPose> readLegacyPose(JsonFieldReader& r);
    std::optional<BodyPoint> readPoint(JsonFieldReader& r, const char* key);
    void readContacts(JsonFieldReader& r, QList<BodyPoint>& contacts);
    PropSpec readProp(JsonFieldReader& p);
    std::optional<IllustrationStep> readStep(JsonFieldReader& r, const Illustration& illustration);

    JsonFieldReader& m_r;
    bool m_legacy = false;
    bool m_legacyFront = false;
    bool m_mirrored = false;
};

} // namespace carrywell::core
