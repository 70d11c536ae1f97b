#include "core/common/PathDisplay.h"

#include <QDir>

namespace carrywell::core {

QString shownPath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace carrywell::core
