#pragma once

#include "core/common/Result.h"

#include <QString>

namespace carrywell::core {

/// The folder that holds the user's journal and settings. It comes from
/// QStandardPaths unless the user (or a test) names another one.
class DataDirectory
{
public:
    /// Opens `path` (or the standard location when empty), creating it if
    /// needed and checking that Carrywell can write there.
    static Result<DataDirectory> open(const QString& path = {});

    /// The platform's default location, e.g. ~/.local/share/Carrywell.
    static QString defaultPath();

    QString path() const { return m_path; }
    QString settingsFile() const;
    QString journalFile() const;

private:
    explicit DataDirectory(QString path) : m_path(std::move(path)) {}

    QString m_path;
};

} // namespace carrywell::core
