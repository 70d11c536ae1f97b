#pragma once

#include "core/journal/MeaningfulChange.h"

#include <QString>

namespace carrywell::ui {

/// The physio report's words for change: her activities from their first to
/// their last rating of the range, and the pain from its start to its end,
/// each flagged only when it passes the clinical threshold
/// (core::MeaningfulChange), with the sources of those thresholds.
class ReportActivities
{
public:
    /// "My activities": one line per activity, "Lifting the baby from the
    /// crib: 3 → 7, a meaningful improvement", and their mean change. Empty
    /// when she named none and rated none.
    static QString html(const core::FunctionChange& change);
    /// The pain's start and end with its verdict, for the summary table;
    /// empty when there is too little to compare.
    static QString painChange(const core::PainChange& change);
    /// The thresholds and where they come from, for the end of the report.
    static QString sourcesHtml();
};

} // namespace carrywell::ui
