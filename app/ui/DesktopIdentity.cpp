#include "DesktopIdentity.h"

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
    return QIcon::fromTheme(desktopId(), QIcon(builtInIconPath()));
}

} // namespace carrywell::ui
