#pragma once

#include "core/content/RuleBook.h"

class QWidget;

namespace carrywell::ui {

/// Asks before a session starts what does not suit her yet (RuleBook): it
/// says why, offers the nearest routine that does, and starts the one she
/// chose only after an explicit "My clinician cleared me".
class SuitabilityGate
{
public:
    /// The routine to start: `routine`, the nearest one that suits, or
    /// nullptr to start nothing. Suitable routines pass without a question.
    static const core::Routine* routine(QWidget* parent, const core::Routine& routine,
                                        const core::ContentLibrary& library,
                                        const core::SuitabilityProfile& profile);
    /// Whether to start a single exercise.
    static bool exercise(QWidget* parent, const core::Exercise& exercise,
                         const core::SuitabilityProfile& profile);
};

} // namespace carrywell::ui
