#pragma once

#include <QIcon>
#include <QString>

namespace carrywell::ui {

/// How desktops know Carrywell: one id names its .desktop file, its AppStream
/// metainfo and its icon (see packaging/), and the running app reports it so
/// that windows are matched to the menu entry.
class DesktopIdentity
{
public:
    /// "org.carrywell.carrywell".
    static QString desktopId();
    /// The icon drawn for Carrywell, compiled into the program (SVG).
    static QString builtInIconPath();
    /// The window icon, drawn from the built-in SVG (the same picture the
    /// package installs in the icon theme).
    static QIcon appIcon();
};

} // namespace carrywell::ui
