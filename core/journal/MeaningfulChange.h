#pragma once

#include "core/journal/ActivityRating.h"
#include "core/journal/PainTrends.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace carrywell::core {

/// Whether a change is big enough to matter to her, or may just be a
/// different day. Below the threshold is always "no clear change", never
/// progress.
enum class ChangeKind
{
    MeaningfulImprovement,
    MeaningfulWorsening,
    NoClearChange,
    TooFewRatings, ///< Nothing to compare: one rating, or none, in the range.
};

/// One activity from its first to its last rating in a range.
struct ActivityChange
{
    QString activity;
    std::optional<ActivityRating> first;
    std::optional<ActivityRating> last; ///< Set only when later than `first`.
    ChangeKind kind = ChangeKind::TooFewRatings;

    /// Points gained (positive is better); 0 without two ratings.
    int difference() const { return first && last ? last->score - first->score : 0; }
};

/// All her activities over a range: each one, and their mean change.
struct FunctionChange
{
    QList<ActivityChange> activities;
    /// Mean of the differences of the activities rated at least twice.
    std::optional<double> meanChange;
    ChangeKind kind = ChangeKind::TooFewRatings; ///< Judged on the mean.
};

/// Overall pain from the start of a range to its end: the mean of the daily
/// averages of its first week with check-ins against its last week.
struct PainChange
{
    std::optional<double> start;
    std::optional<double> end;
    ChangeKind kind = ChangeKind::TooFewRatings;
};

/// The minimal clinically important differences, and the verdicts they give:
/// - PSFS: a mean change of 2 points over the activities, or 3 points on one
///   activity (Stratford et al. 1995, Physiotherapy Canada 47:258–263; Horn
///   et al. 2012, J Orthop Sports Phys Ther 42:30–42);
/// - 0–10 pain: 2 points or 30 % of where it started (Farrar et al. 2001,
///   Pain 94:149–158).
/// Getting better and getting worse are judged alike.
class MeaningfulChange
{
public:
    static constexpr double psfsMeanPoints = 2.0;
    static constexpr int psfsActivityPoints = 3;
    static constexpr double painPoints = 2.0;
    static constexpr double painFraction = 0.30;
    /// Days averaged at each end of a range for the pain change.
    static constexpr int painWindowDays = 7;

    /// One activity, rated `before` then `after` (higher is better).
    static ChangeKind ofActivity(int before, int after);
    /// The mean change over her activities (higher is better).
    static ChangeKind ofMean(double meanChange);
    /// Pain from `before` to `after` (lower is better).
    static ChangeKind ofPain(double before, double after);

    /// Each activity's first and last rating among `ratings`; activities are
    /// matched ignoring case, listed in the order of `activities` first and
    /// then as they first appear.
    static FunctionChange ofRatings(const QList<ActivityRating>& ratings,
                                    const QStringList& activities = {});
    /// The first painWindowDays days with check-ins against the last ones;
    /// when the days are fewer than two windows, the first day against the last.
    static PainChange ofDailyPain(const QList<DailyAverage>& days);

    /// "a meaningful improvement", "no clear change"…, in the interface's language.
    static QString phrase(ChangeKind kind);
};

} // namespace carrywell::core
