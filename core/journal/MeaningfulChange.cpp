#include "core/journal/MeaningfulChange.h"

#include "core/common/Translate.h"

#include <cmath>

CARRYWELL_TR_CONTEXT(carrywell::core::MeaningfulChange);

namespace carrywell::core {
namespace {

// Averages of whole scores land exactly on a threshold more often than not
// (7 → 5, a mean of 2.0): compare with a little room for rounding.
constexpr double tolerance = 1e-9;

bool reaches(double change, double threshold)
{
    return change + tolerance >= threshold;
}

ChangeKind improvedWhen(double gain, bool meaningful)
{
    if (!meaningful || gain == 0)
        return ChangeKind::NoClearChange;
    return gain > 0 ? ChangeKind::MeaningfulImprovement : ChangeKind::MeaningfulWorsening;
}

double meanOf(const QList<DailyAverage>& days)
{
    double sum = 0;
    for (const DailyAverage& day : days)
        sum += day.average;
    return sum / double(days.size());
}

} // namespace

ChangeKind MeaningfulChange::ofActivity(int before, int after)
{
    const int gain = after - before;
    return improvedWhen(gain, std::abs(gain) >= psfsActivityPoints);
}

ChangeKind MeaningfulChange::ofMean(double meanChange)
{
    return improvedWhen(meanChange, reaches(std::abs(meanChange), psfsMeanPoints));
}

ChangeKind MeaningfulChange::ofPain(double before, double after)
{
    const double drop = before - after;
    const double size = std::abs(drop);
    const bool byPoints = reaches(size, painPoints);
    // 30 % of nothing is nothing: from 0, only the points count.
    const bool byShare = before > 0 && reaches(size, painFraction * before);
    return improvedWhen(drop, byPoints || byShare);
}

FunctionChange MeaningfulChange::ofRatings(const QList<ActivityRating>& ratings,
                                           const QStringList& activities)
{
    FunctionChange result;
    auto changeFor = [&result](const QString& name) -> ActivityChange& {
        for (ActivityChange& change : result.activities) {
            if (change.activity.compare(name, Qt::CaseInsensitive) == 0)
                return change;
        }
        result.activities.append(ActivityChange{name, {}, {}, ChangeKind::TooFewRatings});
        return result.activities.last();
    };
    for (const QString& name : activities)
        changeFor(name);

    QList<ActivityRating> ordered = ratings;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto& a, const auto& b) { return a.ratedAt < b.ratedAt; });
    for (const ActivityRating& rating : ordered) {
        ActivityChange& change = changeFor(rating.activity);
        if (!change.first)
            change.first = rating;
        else
            change.last = rating;
    }

    int compared = 0;
    int sum = 0;
    for (ActivityChange& change : result.activities) {
        if (!change.first || !change.last)
            continue;
        change.kind = ofActivity(change.first->score, change.last->score);
        sum += change.difference();
        ++compared;
    }
    if (compared > 0) {
        result.meanChange = double(sum) / compared;
        result.kind = ofMean(*result.meanChange);
    }
    return result;
}

PainChange MeaningfulChange::ofDailyPain(const QList<DailyAverage>& days)
{
    PainChange result;
    if (days.size() < 2)
        return result;
    const QDate firstDay = days.first().day;
    const QDate lastDay = days.last().day;
    QList<DailyAverage> opening;
    QList<DailyAverage> closing;
    if (firstDay.daysTo(lastDay) >= 2 * painWindowDays - 1) {
        for (const DailyAverage& day : days) {
            if (firstDay.daysTo(day.day) < painWindowDays)
                opening.append(day);
            if (day.day.daysTo(lastDay) < painWindowDays)
                closing.append(day);
        }
    } else {
        opening = {days.first()};
        closing = {days.last()};
    }
    result.start = meanOf(opening);
    result.end = meanOf(closing);
    result.kind = ofPain(*result.start, *result.end);
    return result;
}

QString MeaningfulChange::phrase(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::MeaningfulImprovement:
        return tr("a meaningful improvement");
    case ChangeKind::MeaningfulWorsening:
        return tr("a meaningful worsening");
    case ChangeKind::NoClearChange:
        return tr("no clear change");
    case ChangeKind::TooFewRatings:
        break;
    }
    return tr("too few ratings to compare");
}

} // namespace carrywell::core
