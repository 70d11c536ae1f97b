#include "core/journal/ActivityRating.h"

#include "core/common/Translate.h"

CARRYWELL_TR_CONTEXT(carrywell::core::ActivityRating);

namespace carrywell::core {
namespace {

// As long as a name the profile keeps (MyActivities::maxNameLength) with room
// for names written by hand into an imported file.
constexpr qsizetype maxActivityLength = 200;

} // namespace

QStringList problemsWith(const ActivityRating& rating)
{
    QStringList problems;
    if (!rating.ratedAt.isValid())
        problems.append(tr("it has no valid date and time"));
    if (rating.activity.trimmed().isEmpty())
        problems.append(tr("it does not say which activity it rates"));
    else if (rating.activity.size() > maxActivityLength)
        problems.append(
            tr("the activity's name is longer than %1 characters").arg(maxActivityLength));
    if (rating.score < 0 || rating.score > 10) {
        problems.append(
            tr("the activity score is %1, but scores run from 0 to 10").arg(rating.score));
    }
    return problems;
}

bool isDuplicateOf(const ActivityRating& a, const ActivityRating& b)
{
    return a.score == b.score && a.ratedAt.toSecsSinceEpoch() == b.ratedAt.toSecsSinceEpoch() &&
           a.activity.compare(b.activity, Qt::CaseInsensitive) == 0;
}

} // namespace carrywell::core
