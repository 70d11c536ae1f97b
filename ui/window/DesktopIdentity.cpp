#include "ui/window/DesktopIdentity.h"

namespace carrywell::ui {

QString DesktopIdentity::desktopId()
{
    return QStringLiteral(CARRYWELL_APP_ID);
}

QString DesktopIdentity::builtInIconPath()
{
    return QStringLiteral(":/icons/%1.svg").arg(desktopId());
}

QIcon DesktopIdentity::appIcon()
{
    // The built-in SVG is the picture the package installs; looking it up in
    // the icon themes instead cost about 9 ms before the first frame.
    return QIcon(builtInIconPath());
}

} // namespace carrywell::ui
