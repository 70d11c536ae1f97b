#pragma once

#include "core/common/Result.h"
#include "core/journal/SessionRecord.h"
#include "core/session/SessionSummary.h"

#include <optional>

namespace carrywell::core {

class Journal;

/// A finished guided session as the journal keeps it.
class SessionRecording
{
public:
    /// The journal's record of `summary`: its time, the exercises done and
    /// skipped in session order, and the pain scores asked before and after.
    static SessionRecord recordOf(const SessionSummary& summary, std::optional<int> painBefore,
                                  std::optional<int> painAfter);

    /// Adds the record of `summary` to `journal`; the stored session's id.
    static Result<qint64> save(Journal& journal, const SessionSummary& summary,
                               std::optional<int> painBefore, std::optional<int> painAfter);
};

} // namespace carrywell::core
