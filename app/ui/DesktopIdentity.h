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
    /// The installed theme icon when there is one, else the built-in one.
    static QIcon appIcon();
};

} // namespace carrywell::ui
