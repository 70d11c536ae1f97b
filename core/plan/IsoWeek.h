#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QString>

namespace carrywell::core {

/// ISO 8601 weeks as the command line spells them: "2026-W48". (The Monday of
/// any day's week is core::weekStart in journal/DateRange.h.)
class IsoWeek
{
public:
    /// The Monday of the ISO week `text` names; a readable error otherwise.
    static Result<QDate> parse(const QString& text);
    /// "2026-W48" for any day of that week.
    static QString format(const QDate& day);
};

} // namespace carrywell::core
