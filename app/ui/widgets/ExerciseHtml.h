#pragma once

#include "content/ContentLibrary.h"

#include <QSize>
#include <QString>
#include <QUrl>

namespace carrywell::ui {

/// Renders an exercise as rich text for QTextBrowser and printing. Links to
/// other exercises use the scheme "exercise:<id>".
class ExerciseHtml
{
public:
    /// With a non-empty `stepImageSize`, each step is shown beside the image
    /// resource stepImageUrl(i), which the caller provides.
    static QString render(const core::Exercise& exercise, const core::ContentLibrary& library,
                          QSize stepImageSize = {});
    static QString exerciseLinkScheme() { return QStringLiteral("exercise"); }
    static QUrl stepImageUrl(int step);
};

} // namespace carrywell::ui
