#pragma once

#include "core/content/ContentLibrary.h"

#include <QSize>
#include <QString>
#include <QUrl>
#include <optional>

namespace carrywell::ui {

/// Renders an exercise as rich text for QTextBrowser and printing. Links to
/// other exercises use the scheme "exercise:<id>".
class ExerciseHtml
{
public:
    /// With a non-empty `stepImageSize`, each step is shown beside the image
    /// resource stepImageUrl(i), which the caller provides. The postnatal
    /// stop list is shown until the list's weeks have passed since the birth
    /// (always, when the weeks are not known).
    static QString render(const core::Exercise& exercise, const core::ContentLibrary& library,
                          QSize stepImageSize = {},
                          std::optional<int> weeksSinceBirth = std::nullopt);
    static QString exerciseLinkScheme() { return QStringLiteral("exercise"); }
    /// Links to a Learn page: "guide:<id>".
    static QString guideLinkScheme() { return QStringLiteral("guide"); }
    /// Exercises done on the floor link to the Learn page on getting up from it.
    static bool isOnTheFloor(const core::Exercise& exercise);
    static QString gettingUpGuideId() { return QStringLiteral("getting-up-from-the-floor"); }
    static QUrl stepImageUrl(int step);
    /// The postnatal stop list as rich text: its introduction, then each
    /// sign with what to do.
    /// The pain-monitoring ("traffic light") rule as rich text.
    static QString painRuleHtml(const core::PainMonitoring& rule);
    static QString stopListHtml(const core::PostnatalStopList& list);
};

} // namespace carrywell::ui
