#pragma once

#include <QString>

namespace carrywell::core {

/// A file or folder as a message names it to people: with the system's own
/// separators, so it can be found in the file manager as written.
QString shownPath(const QString& path);

} // namespace carrywell::core
