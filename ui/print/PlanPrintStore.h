#pragma once

#include "core/settings/SettingsFile.h"
#include "ui/print/PlanLayout.h"

namespace carrywell::ui {

/// Reads and writes the layout last chosen for a printed plan ([print]
/// group of the settings).
class PlanPrintStore
{
public:
    PlanPrintStore(QSettings& settings) : m_file(settings) {}

    PlanLayout load() const;
    void save(PlanLayout layout);

private:
    core::SettingsFile m_file;
};

} // namespace carrywell::ui
