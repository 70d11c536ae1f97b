#include "ui/window/WindowStateStore.h"

#include "core/settings/SettingsKeys.h"

namespace carrywell::ui {

WindowState WindowStateStore::load() const
{
    WindowState state;
    state.geometry = m_file.read(core::keys::mainWindowGeometry);
    state.layout = m_file.read(core::keys::mainWindowState);
    state.page = m_file.read(core::keys::mainWindowPage);
    state.exercise = m_file.read(core::keys::libraryOpenExercise);
    state.topic = m_file.read(core::keys::learnTopic);
    return state;
}

void WindowStateStore::save(const WindowState& state)
{
    m_file.write(core::keys::mainWindowGeometry, state.geometry);
    m_file.write(core::keys::mainWindowState, state.layout);
    m_file.write(core::keys::mainWindowPage, state.page);
    m_file.write(core::keys::libraryOpenExercise, state.exercise);
    m_file.write(core::keys::learnTopic, state.topic);
    m_file.sync();
}

} // namespace carrywell::ui
