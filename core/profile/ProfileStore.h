#pragma once

#include "core/profile/Profile.h"

class QSettings;

namespace carrywell::core {

/// Reads and writes the profile and first-run state in the user's settings.
class ProfileStore
{
public:
    explicit ProfileStore(QSettings& settings) : m_settings(settings) {}

    Profile load() const;
    void save(const Profile& profile);

    /// The first-run questions were answered or skipped.
    bool firstRunDone() const;
    void setFirstRunDone(bool done);
    /// The "not medical advice" notice was shown and acknowledged.
    bool disclaimerAccepted() const;
    void setDisclaimerAccepted(bool accepted);

private:
    QSettings& m_settings;
};

} // namespace carrywell::core
