#pragma once

#include "core/profile/Profile.h"
#include "core/settings/SettingsFile.h"

namespace carrywell::core {

/// Reads and writes the profile and first-run state ([profile] and
/// [firstRun] groups of the settings).
class ProfileStore
{
public:
    ProfileStore(QSettings& settings) : m_file(settings) {}

    /// Unknown ids (from a newer version, or hand edits) are dropped quietly.
    Profile load() const;
    void save(const Profile& profile);

    /// The day she last put off rating her activities; invalid when never.
    QDate activityPromptDismissedOn() const;
    void setActivityPromptDismissedOn(QDate day);

    /// The first-run questions were answered or skipped.
    bool firstRunDone() const;
    void setFirstRunDone(bool done);
    /// The "not medical advice" notice was shown and acknowledged.
    bool disclaimerAccepted() const;
    void setDisclaimerAccepted(bool accepted);

private:
    SettingsFile m_file;
};

} // namespace carrywell::core
