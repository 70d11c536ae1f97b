#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace carrywell::core {

/// The everyday activities she names for the Patient-Specific Functional
/// Scale (PSFS; Stratford et al. 1995): up to five things that are hard now,
/// in her own words, each rated 0–10 once a week.
class MyActivities
{
public:
    static constexpr int maxCount = 5;
    static constexpr int maxNameLength = 80;

    /// Trimmed, inner spaces evened out, empty and repeated names (ignoring
    /// case) dropped, names cut to maxNameLength, at most maxCount kept.
    static QStringList cleaned(const QStringList& names);

    /// The activity of `activities` that `name` means, ignoring case and
    /// extra spaces; nullopt when none.
    static std::optional<QString> find(const QStringList& activities, const QString& name);

    /// Everyday tasks that often hurt after a birth, offered as suggestions
    /// in the interface's language.
    static QStringList suggestions();
};

} // namespace carrywell::core
