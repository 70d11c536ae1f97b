#include "ui/settings/AppearanceStore.h"

#include "core/settings/SettingsKeys.h"

namespace carrywell::ui {

Appearance AppearanceStore::load() const
{
    return {themeFromId(m_file.read(core::keys::appearanceTheme)),
            m_file.read(core::keys::appearanceLanguage)};
}

void AppearanceStore::save(const Appearance& appearance)
{
    m_file.write(core::keys::appearanceTheme, toId(appearance.theme));
    m_file.write(core::keys::appearanceLanguage, appearance.language);
    m_file.sync();
}

} // namespace carrywell::ui
