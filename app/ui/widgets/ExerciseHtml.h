#pragma once

#include "content/ContentLibrary.h"

#include <QString>

namespace carrywell::ui {

/// Renders an exercise as rich text for QTextBrowser and printing. Links to
/// other exercises use the scheme "exercise:<id>".
class ExerciseHtml
{
public:
    static QString render(const core::Exercise& exercise, const core::ContentLibrary& library);
    static QString exerciseLinkScheme() { return QStringLiteral("exercise"); }
};

} // namespace carrywell::ui
