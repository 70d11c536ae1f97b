#include "ui/print/PlanPrintStore.h"

#include "core/settings/SettingsKeys.h"

namespace carrywell::ui {

PlanLayout PlanPrintStore::load() const
{
    return planLayoutFromId(m_file.read(core::keys::printLayout)).value_or(PlanLayout::WeekGrid);
}

void PlanPrintStore::save(PlanLayout layout)
{
    m_file.write(core::keys::printLayout, toId(layout));
    m_file.sync();
}

} // namespace carrywell::ui
