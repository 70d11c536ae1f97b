#pragma once

#include "core/common/Result.h"
#include "core/journal/ImportReport.h"

namespace carrywell::core {

class Journal;

/// Adds an import batch to a journal: all of it in one transaction after a
/// backup, skipping duplicates (see isDuplicateOf for check-ins and sessions;
/// a plan is a duplicate when its week already has the same plan).
class JournalImporter
{
public:
    static Result<ImportReport> apply(Journal& journal, const ImportBatch& batch, ImportMode mode);
};

} // namespace carrywell::core
