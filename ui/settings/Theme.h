#pragma once

#include <QString>

class QApplication;

namespace carrywell::ui {

/// Light, dark, or whatever the desktop uses.
enum class Theme
{
    System,
    Light,
    Dark,
};

/// "system", "light" or "dark", as the settings keep it; anything else is System.
Theme themeFromId(const QString& id);
QString toId(Theme theme);

/// Applies the theme to the whole application (Fusion style with a calm
/// palette for light and dark; the desktop's own style and palette for
/// System). Can be called again while the window is open: widgets get a
/// palette change event and redraw.
void applyTheme(QApplication& app, Theme theme);

} // namespace carrywell::ui
