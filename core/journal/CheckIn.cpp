#include "core/journal/CheckIn.h"

#include "core/common/Translate.h"

#include <QCoreApplication>
#include <algorithm>
#include <functional>

CARRYWELL_TR_CONTEXT(carrywell::core::CheckIn);

namespace carrywell::core {
namespace {

/// Sorts `values` and drops repeats, unless they are in order already.
template <typename T>
void sortedUnique(QList<T>& values)
{
    if (std::adjacent_find(values.cbegin(), values.cend(), std::greater_equal<T>()) ==
        values.cend())
        return;
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
}

bool isScore(int value)
{
    return value >= minPainScore && value <= maxPainScore;
}

} // namespace

std::optional<int> CheckIn::scoreFor(Region region) const
{
    for (const RegionScore& entry : regions) {
        if (entry.region == region)
            return entry.score;
    }
    return std::nullopt;
}

void CheckIn::setScore(Region region, int score)
{
    for (RegionScore& entry : regions) {
        if (entry.region == region) {
            entry.score = score;
            return;
        }
    }
    regions.append({region, score});
}

CheckIn normalized(CheckIn checkIn)
{
    // Entries read from the journal are in order already: checking is cheaper
    // than sorting (stable_sort takes a buffer each time).
    const auto byRegion = [](const RegionScore& a, const RegionScore& b) {
        return a.region < b.region;
    };
    if (!std::is_sorted(checkIn.regions.cbegin(), checkIn.regions.cend(), byRegion))
        std::stable_sort(checkIn.regions.begin(), checkIn.regions.end(), byRegion);
    sortedUnique(checkIn.triggers);
    sortedUnique(checkIn.warningSigns);
    if (checkIn.note.isNull())
        checkIn.note = QStringLiteral("");
    return checkIn;
}

QStringList problemsWith(const CheckIn& checkIn)
{
    QStringList problems;
    if (!checkIn.at.isValid())
        problems.append(tr("it has no valid date and time"));
    if (!isScore(checkIn.overall)) {
        problems.append(
            tr("the overall score is %1, but scores run from 0 to 10").arg(checkIn.overall));
    }
    QList<Region> seen;
    for (const RegionScore& entry : checkIn.regions) {
        if (seen.contains(entry.region)) {
            problems.append(tr("“%1” is scored more than once").arg(toId(entry.region)));
            continue;
        }
        seen.append(entry.region);
        if (!isScore(entry.score)) {
            problems.append(tr("the score for “%1” is %2, but scores run from 0 to 10")
                                .arg(toId(entry.region))
                                .arg(entry.score));
        }
    }
    if (checkIn.note.size() > maxNoteLength) {
        problems.append(tr("the note has %1 characters; at most %2 fit")
                            .arg(checkIn.note.size())
                            .arg(maxNoteLength));
    }
    return problems;
}

bool isDuplicateOf(const CheckIn& a, const CheckIn& b)
{
    const CheckIn x = normalized(a);
    const CheckIn y = normalized(b);
    return x.at.toSecsSinceEpoch() == y.at.toSecsSinceEpoch() && x.overall == y.overall &&
           x.regions == y.regions && x.triggers == y.triggers && x.warningSigns == y.warningSigns &&
           x.note == y.note;
}

} // namespace carrywell::core
