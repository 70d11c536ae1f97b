#pragma once

#include "core/settings/SettingsFile.h"
#include "ui/settings/Theme.h"

namespace carrywell::ui {

/// How Carrywell looks and which language it speaks.
struct Appearance
{
    Theme theme = Theme::System;
    /// A language code, "" to follow the system (Translations::install).
    QString language;

    bool operator==(const Appearance&) const = default;
};

/// Reads and writes the [appearance] group of the settings.
class AppearanceStore
{
public:
    AppearanceStore(QSettings& settings) : m_file(settings) {}

    Appearance load() const;
    void save(const Appearance& appearance);

private:
    core::SettingsFile m_file;
};

} // namespace carrywell::ui
