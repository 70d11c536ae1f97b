#pragma once

#include "core/settings/SettingsFile.h"

namespace carrywell::ui {

/// Where the user left the main window, to open it the same way next time.
struct WindowState
{
    QByteArray geometry; ///< QWidget::saveGeometry.
    QByteArray layout;   ///< QMainWindow::saveState.
    QString page;        ///< A MainWindow page id.
    QString exercise;    ///< The exercise open in the Library, "" for none.
    QString topic;       ///< The Learn topic shown, "" for none.

    bool operator==(const WindowState&) const = default;
};

/// Reads and writes the window's state ([mainWindow], [library] and [learn]
/// groups of the settings).
class WindowStateStore
{
public:
    WindowStateStore(QSettings& settings) : m_file(settings) {}

    WindowState load() const;
    void save(const WindowState& state);

private:
    core::SettingsFile m_file;
};

} // namespace carrywell::ui
