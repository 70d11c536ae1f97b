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

Theme themeFromId(const QString& id);
QString toId(Theme theme);

/// Applies the theme to the whole application (Fusion style with a calm
/// palette for light and dark; the desktop's own look for System).
void applyTheme(QApplication& app, Theme theme);

} // namespace carrywell::ui
