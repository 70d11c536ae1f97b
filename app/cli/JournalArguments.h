#pragma once

#include "core/common/Result.h"
#include "core/journal/ActivityRating.h"
#include "core/journal/CheckIn.h"

#include <QDate>
#include <QStringList>

namespace carrywell::ui {

/// Reads the values of the journal's command-line options, each with a
/// message that names the option, the value and what it accepts.
class JournalArguments
{
public:
    /// --log-pain SCORE: a whole number from 0 to 10.
    static core::Result<int> score(const QString& option, const QString& text);
    /// --region ID or --region ID=SCORE; a region without a score gets `overall`.
    static core::Result<core::RegionScore> region(const QString& text, int overall);
    /// --trigger NAME, by trigger id (lifting, poor-sleep, …).
    static core::Result<core::Trigger> trigger(const QString& text);
    /// --sign NAME, by warning sign id (leaking, numbness, night-pain).
    static core::Result<core::WarningSign> sign(const QString& text);
    /// --at: ISO 8601, with or without seconds and UTC offset.
    static core::Result<QDateTime> moment(const QString& text);
    /// --from/--to: a day as YYYY-MM-DD.
    static core::Result<QDate> day(const QString& option, const QString& text);

    /// --rate-activity NAME=SCORE: the name as typed and a whole score from 0
    /// to 10; the last "=" splits, so a name may hold one.
    static core::Result<core::ActivityRating> activityRating(const QString& text);
    /// Every --rate-activity, with --at's time; one activity at most once.
    static core::Result<QList<core::ActivityRating>> activityRatings(const QStringList& texts,
                                                                     const QString& at);

    /// The whole check-in of --log-pain from its options' values.
    static core::Result<core::CheckIn> painLog(const QString& score, const QStringList& regions,
                                               const QStringList& triggers,
                                               const QStringList& signs, const QString& note,
                                               const QString& at);
};

} // namespace carrywell::ui
